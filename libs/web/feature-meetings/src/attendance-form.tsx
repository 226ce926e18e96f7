import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { graphql, type AttendanceStatus } from '@iep/web/data-access';
import { focusFirstError } from '@iep/web/ui';
import { formatMeetingDay } from './meeting-format';
import { ActionPart, useMeetingAction, type MeetingActionProps } from './meeting-action';

const AttendanceMutation = graphql(`
  mutation RecordMeetingAttendance($input: RecordMeetingAttendanceInput!) {
    recordMeetingAttendance(input: $input) {
      id
    }
  }
`);
const HeldMutation = graphql(`
  mutation MarkMeetingHeld($meetingId: ID!, $version: Int!) {
    markMeetingHeld(meetingId: $meetingId, version: $version) {
      id
    }
  }
`);

const STATUSES: AttendanceStatus[] = ['PRESENT', 'ABSENT', 'EXCUSED'];

type AttendanceValues = { statuses: Record<string, AttendanceStatus>; interpreter: string; outsideName: string; outsideCapacity: string };

export function AttendanceForm({ meeting, headingId, onChanged }: MeetingActionProps) {
  const { t, i18n } = useTranslation();
  const [record, { loading }] = useMutation(AttendanceMutation);
  const [markHeld, held] = useMutation(HeldMutation);
  const { run, failureAlert, status } = useMeetingAction();
  const recorded = new Map(meeting.attendance.filter((a) => a.userId).map((a) => [a.userId!, a.status]));
  const signedOn = new Map(
    meeting.attendanceSignatures.map((signature) => [signature.userId, formatMeetingDay(signature.signedAt, meeting.timeZone, i18n.resolvedLanguage ?? 'en')]),
  );
  const form = useForm<AttendanceValues>({
    mode: 'controlled',
    name: `attendance-${meeting.id}`,
    initialValues: {
      statuses: Object.fromEntries(meeting.invitees.map((invitee) => [invitee.userId, recorded.get(invitee.userId) ?? 'PRESENT'])),
      // Who interprets the evaluation results (300.321(a)(5)); a specialist does without being named.
      interpreter: meeting.attendance.find((a) => a.interpretsEvaluations && a.userId)?.userId ?? '',
      outsideName: '',
      outsideCapacity: '',
    },
    validate: {
      outsideCapacity: (value, values) => (values.outsideName.trim() && !value.trim() ? t('meetings.validation.outsideCapacityRequired') : null),
    },
  });
  const { statuses, interpreter, outsideName, outsideCapacity } = form.values;

  function submit() {
    const entries = [
      ...meeting.invitees.map((invitee) => ({
        userId: invitee.userId, status: statuses[invitee.userId], interpretsEvaluations: invitee.userId === interpreter,
      })),
      ...(outsideName.trim() ? [{ name: outsideName.trim(), capacity: outsideCapacity.trim(), status: 'PRESENT' as const }] : []),
    ];
    void run(() => record({ variables: { input: { meetingId: meeting.id, entries } } }), t('meetings.attendanceSaved'), async () => {
      form.setValues({ outsideName: '', outsideCapacity: '' });
      await onChanged();
    });
  }

  return (
    <ActionPart id={`${headingId}-attendance`} title={t('meetings.attendanceHeading')}>
      <form noValidate onSubmit={form.onSubmit(submit, focusFirstError(form))}>
        <Stack gap="sm" maw={480}>
          {failureAlert}
          {meeting.invitees.map((invitee) => (
            <NativeSelect key={invitee.userId} label={`${invitee.displayName} – ${invitee.teamRole}`}
              description={signedOn.has(invitee.userId) ? t('meetings.signedAttendance', { when: signedOn.get(invitee.userId) }) : undefined}
              {...form.getInputProps(`statuses.${invitee.userId}`)}
              data={STATUSES.map((value) => ({ value, label: t(`meetings.attendanceStatus.${value}`) }))} />
          ))}
          <NativeSelect label={t('meetings.interpreterLabel')} description={t('meetings.interpreterHint')} {...form.getInputProps('interpreter')}
            data={[{ value: '', label: t('meetings.interpreterNone') }, ...meeting.invitees.filter((invitee) => !invitee.isGuardian).map((invitee) => ({
              value: invitee.userId, label: invitee.displayName,
            }))]} />
          {meeting.attendance.filter((a) => !a.userId).map((a) => (
            <Text key={a.id} size="sm">{`${a.name} – ${a.capacity}: ${a.status ? t(`meetings.attendanceStatus.${a.status}`) : ''}`}</Text>
          ))}
          <TextInput label={t('meetings.outsideName')} {...form.getInputProps('outsideName')} />
          {outsideName.trim() && <TextInput label={t('meetings.outsideCapacity')} {...form.getInputProps('outsideCapacity')} />}
          <RequiredMembers meeting={meeting} headingId={headingId} />
          <Group gap="sm">
            <Button type="submit" loading={loading}>
              {t('meetings.saveAttendance')}
            </Button>
            {meeting.status === 'SCHEDULED' && new Date(meeting.startsAt).getTime() <= Date.now() && (
              <Button variant="default" loading={held.loading}
                onClick={() => void run(() => markHeld({ variables: { meetingId: meeting.id, version: meeting.version } }), t('meetings.held'), onChanged)}>
                {t('meetings.markHeld')}
              </Button>
            )}
          </Group>
          {status}
        </Stack>
      </form>
    </ActionPart>
  );
}

/** The seats of 300.321(a) as the saved attendance fills them: what still keeps the meeting from being recorded as held. */
function RequiredMembers({ meeting, headingId }: Pick<MeetingActionProps, 'meeting' | 'headingId'>) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${headingId}-required`}>
      <Text fw={700} id={`${headingId}-required`}>{t('meetings.requiredHeading')}</Text>
      <Text size="sm" mb="xs">{t('meetings.requiredIntro')}</Text>
      <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {meeting.requiredMembers.map((seat) => (
          <li key={seat.member}>
            <Text size="sm">{`${t(`meetings.requiredMember.${seat.member}`)}: ${t(`meetings.seatState.${seat.state}`)}`}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
