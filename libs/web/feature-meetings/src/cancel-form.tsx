import { useMutation } from '@apollo/client/react';
import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { focusFirstError } from '@iep/web/ui';
import { ActionPart, requiredReason, useMeetingAction, type MeetingActionProps } from './meeting-action';

const CancelMutation = graphql(`
  mutation CancelIepMeeting($meetingId: ID!, $reason: String!) {
    cancelIepMeeting(meetingId: $meetingId, reason: $reason) {
      id
    }
  }
`);

export function CancelForm({ meeting, headingId, onChanged }: MeetingActionProps) {
  const { t } = useTranslation();
  const [cancel, { loading }] = useMutation(CancelMutation);
  const { run, failureAlert, status } = useMeetingAction();
  const form = useForm({ mode: 'controlled', name: `cancel-${meeting.id}`, initialValues: { reason: '' }, validate: { reason: requiredReason(t) } });
  return (
    <ActionPart id={`${headingId}-cancel`} title={t('meetings.cancelHeading')}>
      <form noValidate onSubmit={form.onSubmit(({ reason }) => {
        void run(() => cancel({ variables: { meetingId: meeting.id, reason: reason.trim() } }), t('meetings.cancelled'), onChanged);
      }, focusFirstError(form))}>
        <Stack gap="sm" maw={480}>
          {failureAlert}
          <TextInput label={t('meetings.cancelReasonLabel')} {...form.getInputProps('reason')} />
          <Button type="submit" color="red" variant="outline" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.cancel')}
          </Button>
          {status}
        </Stack>
      </form>
    </ActionPart>
  );
}
