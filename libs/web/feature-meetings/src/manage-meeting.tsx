import { Accordion, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AttendanceForm } from './attendance-form';
import { CancelForm } from './cancel-form';
import { RequestExcusalForm } from './excusal-form';
import type { MeetingActionProps } from './meeting-action';
import { NotesForm } from './notes-form';
import { RescheduleForm } from './reschedule-form';

/**
 * What the case manager or district representative does with one meeting. One action is open at a time:
 * five forms stacked under the card read as one long form nobody could take in on a phone.
 */
export function ManageMeeting({ meeting, headingId, onChanged }: MeetingActionProps) {
  const { t } = useTranslation();
  const open = meeting.status === 'SCHEDULED' || meeting.status === 'RESCHEDULE_REQUESTED';
  const actions: Array<{ key: string; title: string; form: ReactNode }> = [];
  if (open) actions.push({ key: 'reschedule', title: t('meetings.rescheduleHeading'), form: <RescheduleForm meeting={meeting} headingId={headingId} onChanged={onChanged} /> });
  if (open) actions.push({ key: 'excusal', title: t('meetings.requestExcusalHeading'), form: <RequestExcusalForm meeting={meeting} headingId={headingId} onChanged={onChanged} /> });
  if (meeting.status !== 'CANCELLED' && meeting.status !== 'RESCHEDULE_REQUESTED')
    actions.push({ key: 'attendance', title: t('meetings.attendanceHeading'), form: <AttendanceForm meeting={meeting} headingId={headingId} onChanged={onChanged} /> });
  if (meeting.status !== 'CANCELLED') actions.push({ key: 'notes', title: t('meetings.notesHeading'), form: <NotesForm meeting={meeting} headingId={headingId} onChanged={onChanged} /> });
  if (open) actions.push({ key: 'cancel', title: t('meetings.cancelHeading'), form: <CancelForm meeting={meeting} headingId={headingId} onChanged={onChanged} /> });
  if (actions.length === 0) return null;
  return (
    <Stack gap="xs" mt="md">
      <Text component="h4" fw={700} id={`${headingId}-manage`}>
        {t('meetings.manageHeading')}
      </Text>
      <Accordion variant="separated" order={5} aria-labelledby={`${headingId}-manage`}>
        {actions.map((action) => (
          <Accordion.Item key={action.key} value={action.key}>
            <Accordion.Control>{action.title}</Accordion.Control>
            <Accordion.Panel>{action.form}</Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
