import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { errorText } from '@iep/web/ui';

const RespondToIepMeetingMutation = graphql(`
  mutation RespondToIepMeeting($input: RespondToIepMeetingInput!) {
    respondToIepMeeting(input: $input) {
      id
    }
  }
`);

type Props = { meetingId: string; headingId: string; onAnswered: () => Promise<unknown> };

/** The invitee's answer to the notice: accept, or ask for another time with a message and a time that suits. */
export function RespondForm({ meetingId, headingId, onAnswered }: Props) {
  const { t } = useTranslation();
  const [respond, { loading }] = useMutation(RespondToIepMeetingMutation);
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);

  async function send(answer: 'ACCEPT' | 'REQUEST_ANOTHER_TIME') {
    setFailure(null);
    setSent(null);
    const proposedTimes = answer === 'REQUEST_ANOTHER_TIME' && date && time ? [{ date, time }] : [];
    if (answer === 'REQUEST_ANOTHER_TIME' && !message.trim() && proposedTimes.length === 0) {
      setProblem(t('meetings.validation.requestEmpty'));
      messageRef.current?.focus();
      return;
    }
    try {
      await respond({ variables: { input: { meetingId, answer, message: message.trim() || null, proposedTimes } } });
    } catch (error) {
      setFailure(errorText(t, error));
      return;
    }
    setAsking(false);
    setSent(answer === 'ACCEPT' ? t('meetings.accepted') : t('meetings.requested'));
    await onAnswered();
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void send('REQUEST_ANOTHER_TIME');
  }

  return (
    <section aria-labelledby={`${headingId}-respond`}>
      <Text component="h4" fw={700} id={`${headingId}-respond`} mb="xs">
        {t('meetings.respondHeading')}
      </Text>
      {failure && (
        <Alert color="red" variant="light" title={t('meetings.responseErrorTitle')} mb="sm">
          {failure}
        </Alert>
      )}
      {!asking ? (
        <Group gap="sm">
          <Button loading={loading} onClick={() => void send('ACCEPT')}>
            {t('meetings.accept')}
          </Button>
          <Button variant="default" onClick={() => setAsking(true)}>
            {t('meetings.askAnotherTime')}
          </Button>
        </Group>
      ) : (
        <form noValidate onSubmit={handleSubmit}>
          <Stack gap="sm" maw={480}>
            <Textarea ref={messageRef} label={t('meetings.message')} description={t('meetings.messageHint')} autosize minRows={2}
              value={message} onChange={(event) => { setMessage(event.currentTarget.value); setProblem(null); }} error={problem ?? undefined} />
            <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
              <legend style={{ fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 4 }}>{t('meetings.anotherTimeLegend')}</legend>
              <Group gap="sm" grow>
                <TextInput type="date" label={t('meetings.proposedDate')} value={date} onChange={(event) => setDate(event.currentTarget.value)} />
                <TextInput type="time" label={t('meetings.proposedTime')} value={time} onChange={(event) => setTime(event.currentTarget.value)} />
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
      <div role="status">{sent && <Text mt="xs">{sent}</Text>}</div>
    </section>
  );
}
