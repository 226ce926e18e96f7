import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { focusFirstError, TextField, useActionFeedback } from '@iep/web/ui';

const RespondToIepMeetingMutation = graphql(`
  mutation RespondToIepMeeting($input: RespondToIepMeetingInput!) {
    respondToIepMeeting(input: $input) {
      id
    }
  }
`);

type Props = { meetingId: string; headingId: string; onAnswered: () => Promise<unknown> };
type Values = { message: string; date: string; time: string };

function proposedTimes({ date, time }: Values) {
  return date && time ? [{ date, time }] : [];
}

/** The invitee's answer to the notice: accept, or ask for another time with a message and a time that suits. */
export function RespondForm({ meetingId, headingId, onAnswered }: Props) {
  const { t } = useTranslation();
  const [respond, { loading }] = useMutation(RespondToIepMeetingMutation);
  const { run, failureAlert, status } = useActionFeedback(t('meetings.responseErrorTitle'));
  const [asking, setAsking] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    name: `respond-${meetingId}`,
    initialValues: { message: '', date: '', time: '' },
    validate: {
      // A request to move the meeting says why, or when would suit, or both.
      message: (message, values) => (!message.trim() && proposedTimes(values).length === 0 ? t('meetings.validation.requestEmpty') : null),
    },
  });

  function send(answer: 'ACCEPT' | 'REQUEST_ANOTHER_TIME') {
    const values = form.getValues();
    const input = {
      meetingId, answer, message: values.message.trim() || null, proposedTimes: answer === 'REQUEST_ANOTHER_TIME' ? proposedTimes(values) : [],
    };
    void run(() => respond({ variables: { input } }), answer === 'ACCEPT' ? t('meetings.accepted') : t('meetings.requested'), async () => {
      setAsking(false);
      await onAnswered();
    });
  }

  return (
    <section aria-labelledby={`${headingId}-respond`}>
      <Text component="h4" fw={700} id={`${headingId}-respond`} mb="xs">
        {t('meetings.respondHeading')}
      </Text>
      <Stack gap="sm">
        {failureAlert}
        {!asking ? (
          <Group gap="sm">
            <Button loading={loading} onClick={() => send('ACCEPT')}>
              {t('meetings.accept')}
            </Button>
            <Button variant="default" onClick={() => setAsking(true)}>
              {t('meetings.askAnotherTime')}
            </Button>
          </Group>
        ) : (
          <form noValidate onSubmit={form.onSubmit(() => send('REQUEST_ANOTHER_TIME'), focusFirstError(form))}>
            <Stack gap="sm" maw={480}>
              <Textarea label={t('meetings.message')} description={t('meetings.messageHint')} autosize minRows={2}
                {...form.getInputProps('message')} />
              <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
                <legend style={{ fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 4 }}>{t('meetings.anotherTimeLegend')}</legend>
                <Group gap="sm" grow>
                  <TextField type="date" label={t('meetings.proposedDate')} {...form.getInputProps('date')} />
                  <TextField type="time" label={t('meetings.proposedTime')} {...form.getInputProps('time')} />
                </Group>
              </fieldset>
              <Group gap="sm">
                <Button type="submit" loading={loading}>
                  {t('meetings.sendRequest')}
                </Button>
                <Button variant="default" onClick={() => setAsking(false)}>
                  {t('team.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {status}
      </Stack>
    </section>
  );
}
