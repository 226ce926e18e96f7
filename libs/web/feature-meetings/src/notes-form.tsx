import { useMutation } from '@apollo/client/react';
import { Button, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { MEETING_LIMITS } from '@iep/domain/meetings';
import { ActionPart, useMeetingAction, type MeetingActionProps } from './meeting-action';

const NotesMutation = graphql(`
  mutation SaveMeetingNotes($meetingId: ID!, $version: Int!, $notes: String!) {
    saveMeetingNotes(meetingId: $meetingId, version: $version, notes: $notes) {
      id
    }
  }
`);

export function NotesForm({ meeting, headingId, onChanged }: MeetingActionProps) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(NotesMutation);
  const { run, failureAlert, status } = useMeetingAction();
  // The version the notes were read at when editing began: a save over someone else's newer notes is refused.
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const form = useForm({
    mode: 'controlled',
    name: `notes-${meeting.id}`,
    initialValues: { notes: meeting.notes },
    onValuesChange: () => setBaseVersion((current) => current ?? meeting.version),
  });
  return (
    <ActionPart id={`${headingId}-notes`} title={t('meetings.notesHeading')}>
      <form noValidate onSubmit={form.onSubmit(({ notes }) => {
        void run(() => save({ variables: { meetingId: meeting.id, version: baseVersion ?? meeting.version, notes } }), t('meetings.notesSaved'), async () => {
          setBaseVersion(null);
          await onChanged();
        });
      })}>
        <Stack gap="sm" maw={640}>
          {failureAlert}
          <Textarea label={t('meetings.notesLabel')} autosize minRows={4} maxLength={MEETING_LIMITS.maxNotesLength} {...form.getInputProps('notes')} />
          <Button type="submit" variant="default" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.saveNotes')}
          </Button>
          {status}
        </Stack>
      </form>
    </ActionPart>
  );
}
