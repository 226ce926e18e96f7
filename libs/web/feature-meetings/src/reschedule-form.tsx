import { useMutation } from '@apollo/client/react';
import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { wallClock } from '@iep/domain/meetings';
import { focusFirstError } from '@iep/web/ui';
import { ActionPart, useMeetingAction, type MeetingActionProps } from './meeting-action';
import type { MeetingTimeValues } from './meeting-rules';
import { MeetingTimeFields, validateMeetingTime } from './meeting-time-fields';

const RescheduleMutation = graphql(`
  mutation RescheduleIepMeeting($input: RescheduleIepMeetingInput!) {
    rescheduleIepMeeting(input: $input) {
      id
    }
  }
`);

export function RescheduleForm({ meeting, headingId, onChanged }: MeetingActionProps) {
  const { t } = useTranslation();
  const [reschedule, { loading }] = useMutation(RescheduleMutation);
  const { run, failureAlert, status } = useMeetingAction();
  // The parent's first suggested time, when there is one, is the likeliest new time.
  const suggested = meeting.invitees.find((invitee) => invitee.isGuardian && invitee.proposedTimes.length > 0)?.proposedTimes[0];
  const start = suggested ? wallClock(new Date(suggested), meeting.timeZone) : { date: meeting.localDate, time: meeting.localTime };
  const form = useForm<MeetingTimeValues>({
    mode: 'controlled',
    name: `reschedule-${meeting.id}`,
    initialValues: {
      date: start.date, time: start.time, durationMinutes: meeting.durationMinutes, location: meeting.location ?? '', callIn: meeting.callIn ?? '',
      shortNoticeAgreed: false,
    },
    validate: validateMeetingTime(t, meeting.noticeDays, meeting.timeZone),
  });

  function submit(values: MeetingTimeValues) {
    const input = {
      meetingId: meeting.id, version: meeting.version, date: values.date, time: values.time, durationMinutes: Number(values.durationMinutes),
      location: values.location.trim(), callIn: values.callIn.trim(), shortNoticeAgreed: values.shortNoticeAgreed,
    };
    void run(() => reschedule({ variables: { input } }), t('meetings.rescheduled'), onChanged);
  }

  return (
    <ActionPart id={`${headingId}-reschedule`} title={t('meetings.rescheduleHeading')}>
      <form noValidate onSubmit={form.onSubmit(submit, focusFirstError(form))}>
        <Stack gap="sm" maw={480}>
          {failureAlert}
          <MeetingTimeFields form={form} noticeDays={meeting.noticeDays} />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.reschedule')}
          </Button>
          {status}
        </Stack>
      </form>
    </ActionPart>
  );
}
