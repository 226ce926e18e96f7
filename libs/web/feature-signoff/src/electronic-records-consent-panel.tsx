import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { ConfirmDialog, errorText, SectionCard } from '@iep/web/ui';
import { useSignoffNotify } from './use-signoff-notify';
import { useSignoffFormat } from './use-signoff-text';

export const MyElectronicRecordsConsentQuery = graphql(`
  query SignoffMyElectronicRecordsConsent {
    myElectronicRecordsConsent {
      id
      disclosureVersion
      locale
      agreedAt
      withdrawnAt
      current
    }
  }
`);

const WithdrawConsentMutation = graphql(`
  mutation SignoffWithdrawElectronicRecordsConsent {
    withdrawElectronicRecordsConsent {
      id
      withdrawnAt
      current
    }
  }
`);

/** The reader's own agreement to electronic records, and the way to withdraw it (ESIGN 7001(c)(1)(B)). */
export function ElectronicRecordsConsentPanel() {
  const { t } = useTranslation();
  const { dateTime } = useSignoffFormat();
  const notify = useSignoffNotify();
  const { data, refetch } = useQuery(MyElectronicRecordsConsentQuery, { fetchPolicy: 'cache-and-network' });
  const [withdraw, withdrawal] = useMutation(WithdrawConsentMutation);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const consent = data?.myElectronicRecordsConsent;
  if (!consent) return null;

  async function confirm() {
    setFailure(null);
    try {
      await withdraw();
    } catch (caught) {
      setFailure(errorText(t, caught));
      return;
    }
    setConfirming(false);
    await refetch();
    notify(t('signoff.records.withdrawn'));
  }

  return (
    <SectionCard headingId="signoff-records-heading" title={t('signoff.records.panelHeading')}>
      <Text>{t('signoff.records.agreedOn', { when: dateTime(consent.agreedAt) })}</Text>
      {!consent.current && (
        <Alert color="blue" variant="light" mt="xs">
          {t('signoff.records.outdated')}
        </Alert>
      )}
      <Text size="sm" mt="xs">
        {t('signoff.records.withdrawHelp')}
      </Text>
      <Button variant="default" mt="sm" onClick={() => setConfirming(true)}>
        {t('signoff.records.withdraw')}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t('signoff.records.withdrawTitle')}
        body={t('signoff.records.withdrawBody')}
        confirmLabel={t('signoff.records.withdrawConfirm')}
        busy={withdrawal.loading}
        failure={failure}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setConfirming(false);
          setFailure(null);
        }}
      />
    </SectionCard>
  );
}
