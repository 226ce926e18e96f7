import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, type MajorityStatus_MajorityFragment } from '@iep/web/data-access';
import { formatIsoDate, useActionFeedback } from '@iep/web/ui';

/** What the majority status shows; the student page and the rights page both ask for it with this fragment. */
graphql(`
  fragment MajorityStatus_majority on MajorityRights {
    standing
    ageOfMajority
    citation
    majorityOn
    transferredOn
    guardianshipOn
    transferNoticeDue
  }
`);

/** Who holds the educational rights (34 CFR 300.520), with the age of majority and where it comes from. */
export function MajorityStatus({ firstName, majority }: { firstName: string; majority: MajorityStatus_MajorityFragment }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatIsoDate(iso, i18n.resolvedLanguage ?? 'en');
  return (
    <Stack gap={4}>
      <Text fw={700}>
        {majority.standing === 'TRANSFERRED' && majority.transferredOn
          ? t('majority.TRANSFERRED', { name: firstName, date: date(majority.transferredOn), age: majority.ageOfMajority })
          : majority.standing === 'GUARDIANSHIP' && majority.guardianshipOn
            ? t('majority.GUARDIANSHIP', { date: date(majority.guardianshipOn) })
            : majority.transferNoticeDue
              ? t('majority.PARENTS_SOON', { name: firstName, age: majority.ageOfMajority, date: date(majority.majorityOn) })
              : t('majority.PARENTS')}
      </Text>
      <Text size="sm">{t('majority.source', { age: majority.ageOfMajority, citation: majority.citation })}</Text>
    </Stack>
  );
}

const RecordGuardianshipMutation = graphql(`
  mutation RecordAdultGuardianship($input: RecordAdultGuardianshipInput!) {
    recordAdultGuardianship(input: $input) {
      studentId
    }
  }
`);

/** What the majority status shows; the student page and the rights page both ask for it with this fragment. */
/** The district records a court's guardianship of the adult student: the rights stay with (or return to) the guardians. */
export function RecordGuardianship({ studentId, onRecorded }: { studentId: string; onRecorded: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const { run, failureAlert } = useActionFeedback(t('consentRevocation.error'));
  const [record, { loading }] = useMutation(RecordGuardianshipMutation);
  if (!open) {
    return (
      <Button variant="subtle" mt="xs" style={{ alignSelf: 'flex-start' }} onClick={() => setOpen(true)}>
        {t('majority.recordGuardianship')}
      </Button>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => record({ variables: { input: { studentId, note: note.trim() } } }), null, () => {
          setOpen(false);
          return onRecorded();
        });
      }}
    >
      <Stack gap="sm" maw={560} mt="sm">
        {failureAlert}
        <Textarea label={t('majority.guardianshipNote')} description={t('majority.guardianshipHelp')} value={note}
          onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={2} maxLength={4000} required />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>{t('majority.guardianshipSave')}</Button>
      </Stack>
    </form>
  );
}
