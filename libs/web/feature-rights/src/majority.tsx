import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, type RightsStanding } from '@iep/web/data-access';
import { errorText, formatIsoDate } from '@iep/web/ui';

const RecordGuardianshipMutation = graphql(`
  mutation RecordAdultGuardianship($input: RecordAdultGuardianshipInput!) {
    recordAdultGuardianship(input: $input) {
      studentId
    }
  }
`);

export interface MajorityView {
  standing: RightsStanding;
  ageOfMajority: number;
  citation: string;
  majorityOn: string;
  transferredOn?: string | null;
  guardianshipOn?: string | null;
  transferNoticeDue: boolean;
}

/** Who holds the educational rights (34 CFR 300.520), with the age of majority and where it comes from. */
export function MajorityText({ firstName, majority }: { firstName: string; majority: MajorityView }) {
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

/** The district records a court's guardianship of the adult student: the rights stay with (or return to) the guardians. */
export function RecordGuardianship({ studentId, onRecorded }: { studentId: string; onRecorded: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
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
      onSubmit={async (event) => {
        event.preventDefault();
        setFailure(null);
        try {
          await record({ variables: { input: { studentId, note: note.trim() } } });
        } catch (caught) {
          setFailure(errorText(t, caught));
          return;
        }
        setOpen(false);
        await onRecorded();
      }}
    >
      <Stack gap="sm" maw={560} mt="sm">
        {failure && <Alert color="red" variant="light" title={t('consentRevocation.error')}>{failure}</Alert>}
        <Textarea label={t('majority.guardianshipNote')} description={t('majority.guardianshipHelp')} value={note}
          onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={2} maxLength={4000} required />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>{t('majority.guardianshipSave')}</Button>
      </Stack>
    </form>
  );
}
