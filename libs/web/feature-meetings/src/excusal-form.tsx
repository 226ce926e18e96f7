import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { focusFirstError } from '@iep/web/ui';
import { ActionPart, requiredReason, useMeetingAction, type MeetingActionProps } from './meeting-action';

const RequestExcusalMutation = graphql(`
  mutation RequestMeetingExcusal($input: RequestMeetingExcusalInput!) {
    requestMeetingExcusal(input: $input) {
      id
    }
  }
`);

export function RequestExcusalForm({ meeting, headingId, onChanged }: MeetingActionProps) {
  const { t } = useTranslation();
  const [request, { loading }] = useMutation(RequestExcusalMutation);
  const { run, failureAlert, status } = useMeetingAction();
  const members = meeting.invitees.filter((invitee) => !invitee.isGuardian);
  const form = useForm({
    mode: 'controlled',
    name: `excusal-${meeting.id}`,
    initialValues: { userId: members[0]?.userId ?? '', reason: '', writtenInput: false },
    validate: { reason: requiredReason(t) },
  });
  if (members.length === 0) return null;
  return (
    <ActionPart id={`${headingId}-excusal`} title={t('meetings.requestExcusalHeading')}>
      <form noValidate onSubmit={form.onSubmit(({ userId, reason, writtenInput }) => {
        void run(
          () => request({ variables: { input: { meetingId: meeting.id, userId, reason: reason.trim(), writtenInputSubmitted: writtenInput } } }),
          t('meetings.excusalRequested'),
          async () => { form.setFieldValue('reason', ''); await onChanged(); },
        );
      }, focusFirstError(form))}>
        <Stack gap="sm" maw={480}>
          {failureAlert}
          <NativeSelect label={t('meetings.member')} {...form.getInputProps('userId')}
            data={members.map((member) => ({ value: member.userId, label: `${member.displayName} – ${member.teamRole}` }))} />
          <TextInput label={t('meetings.excusalReasonLabel')} {...form.getInputProps('reason')} />
          <Checkbox label={t('meetings.writtenInputLabel')} {...form.getInputProps('writtenInput', { type: 'checkbox' })} />
          <Button type="submit" variant="default" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.requestExcusal')}
          </Button>
          {status}
        </Stack>
      </form>
    </ActionPart>
  );
}
