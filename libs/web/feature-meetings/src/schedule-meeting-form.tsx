import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, NativeSelect, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { graphql, type MeetingPurpose } from '@iep/web/data-access';
import { focusFirstError, useActionFeedback } from '@iep/web/ui';
import type { MeetingTimeValues } from './meeting-rules';
import { MeetingTimeFields, validateMeetingTime } from './meeting-time-fields';

const ScheduleIepMeetingMutation = graphql(`
  mutation ScheduleIepMeeting($input: ScheduleIepMeetingInput!) {
    scheduleIepMeeting(input: $input) {
      id
    }
  }
`);

const PURPOSES: MeetingPurpose[] = ['ANNUAL_REVIEW', 'INITIAL_IEP', 'AMENDMENT', 'REEVALUATION', 'OTHER'];
const EMPTY: MeetingTimeValues = { date: '', time: '', durationMinutes: 60, location: '', callIn: '', shortNoticeAgreed: false };

type Member = { userId: string; displayName: string; teamRole: string; isGuardian: boolean };
type Props = {
  iepId: string;
  members: Member[];
  /** What the IEP's kind makes the meeting (an initial IEP's meeting is not an annual review). */
  defaultPurpose: MeetingPurpose;
  noticeDays: number;
  timeZone: string;
  onScheduled: () => Promise<unknown>;
};

type Values = MeetingTimeValues & { purpose: MeetingPurpose; invited: string[] };

export function ScheduleMeetingForm({ iepId, members, defaultPurpose, noticeDays, timeZone, onScheduled }: Props) {
  const { t } = useTranslation();
  const [schedule, { loading }] = useMutation(ScheduleIepMeetingMutation);
  const { run, failureAlert, status, clear } = useActionFeedback(t('meetings.scheduleErrorTitle'));
  const staff = members.filter((member) => !member.isGuardian);
  const hasGuardian = members.some((member) => member.isGuardian);
  const form = useForm<Values>({
    mode: 'controlled',
    name: `schedule-${iepId}`,
    initialValues: { ...EMPTY, purpose: defaultPurpose, invited: staff.map((member) => member.userId) },
    validate: validateMeetingTime(t, noticeDays, timeZone),
    // "Scheduled" speaks of the meeting just sent, not of the one being written now.
    onValuesChange: clear,
  });

  async function submit(values: Values) {
    const input = {
      iepId, purpose: values.purpose, date: values.date, time: values.time, durationMinutes: Number(values.durationMinutes),
      location: values.location.trim() || null, callIn: values.callIn.trim() || null, inviteeIds: values.invited,
      shortNoticeAgreed: values.shortNoticeAgreed,
    };
    // The form starts over as part of the action, before "scheduled" is said (an edit clears that line).
    const sent = async () => {
      await schedule({ variables: { input } });
      form.setValues(EMPTY);
    };
    await run(sent, t('meetings.scheduled'), onScheduled);
  }

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))}>
      <Stack gap="md">
        {failureAlert}
        <NativeSelect label={t('meetings.purposeLabel')} data={PURPOSES.map((value) => ({ value, label: t(`meetings.purpose.${value}`) }))}
          {...form.getInputProps('purpose')} />
        <MeetingTimeFields form={form} noticeDays={noticeDays} />
        <Checkbox.Group label={t('meetings.inviteesLegend')} description={hasGuardian ? t('meetings.parentAlwaysInvited') : t('meetings.noGuardianInvited')}
          {...form.getInputProps('invited')}>
          <Stack gap="xs" mt="xs">
            {staff.map((member) => (
              <Checkbox key={member.userId} value={member.userId} label={`${member.displayName} – ${member.teamRole}`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('meetings.schedule')}
        </Button>
        {status}
      </Stack>
    </form>
  );
}
