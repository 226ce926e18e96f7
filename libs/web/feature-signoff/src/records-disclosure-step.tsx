import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { errorText, QueryStatus } from '@iep/web/ui';
import classes from './signoff.module.css';
import { signoffError } from './signoff-errors';

const DisclosureQuery = graphql(`
  query SignoffElectronicRecordsDisclosure($locale: String) {
    electronicRecordsDisclosure(locale: $locale) {
      version
      locale
      title
      paragraphs
    }
  }
`);

const AgreeMutation = graphql(`
  mutation SignoffAgreeToElectronicRecords($input: AgreeToElectronicRecordsInput!) {
    agreeToElectronicRecords(input: $input) {
      id
      disclosureVersion
      locale
      agreedAt
      withdrawnAt
      current
    }
  }
`);

type Props = { locale: 'en' | 'es'; headingId: string; onAgreed: () => void; onBack: () => void };

/**
 * ESIGN's consumer disclosure, in the reader's language, before any electronic signature: the right to
 * paper, how to withdraw, what is needed. Agreeing is a separate, explicit step.
 */
export function RecordsDisclosureStep({ locale, headingId, onAgreed, onBack }: Props) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DisclosureQuery, {
    variables: { locale },
    fetchPolicy: 'network-only',
  });
  const [agree, agreement] = useMutation(AgreeMutation, {
    refetchQueries: ['SignoffMyElectronicRecordsConsent'],
  });
  const [checked, setChecked] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const disclosure = data?.electronicRecordsDisclosure;

  async function submit() {
    if (!disclosure) return;
    if (!checked) {
      setCheckError(t('signoff.records.mustAgree'));
      return;
    }
    setFailure(null);
    try {
      await agree({
        variables: { input: { disclosureVersion: disclosure.version, locale: disclosure.locale } },
      });
      onAgreed();
    } catch (caught) {
      const detail = signoffError(caught);
      if (detail.reason === 'DISCLOSURE_OUTDATED') {
        setChecked(false);
        setFailure(t('signoff.records.outdatedRetry'));
        await refetch();
        return;
      }
      setFailure(errorText(t, caught));
    }
  }

  return (
    <Stack gap="md">
      <Title order={2} size="h3" id={headingId} tabIndex={-1}>
        {disclosure?.title ?? t('signoff.records.heading')}
      </Title>
      <Text size="sm">{t('signoff.records.intro')}</Text>
      <QueryStatus data={data} loading={loading} error={error} errorTitle={t('signoff.records.loadError')} refetch={refetch} />
      {disclosure && (
        <>
          <Stack gap="sm" lang={disclosure.locale}>
            {disclosure.paragraphs.map((paragraph, index) => (
              <p key={index} className={classes.paragraph}>
                {paragraph}
              </p>
            ))}
          </Stack>
          <Text size="sm" c="dimmed">
            {t('signoff.records.version', { version: disclosure.version })}
          </Text>
          <Checkbox
            label={t('signoff.records.agreeLabel')}
            checked={checked}
            onChange={(event) => {
              setChecked(event.currentTarget.checked);
              setCheckError(null);
            }}
            error={checkError}
          />
          {failure && (
            <Alert color="red" variant="light" title={t('signoff.failed')}>
              {failure}
            </Alert>
          )}
          <Group gap="sm" wrap="wrap">
            <Button variant="default" onClick={onBack}>
              {t('signoff.back')}
            </Button>
            <Button loading={agreement.loading} onClick={() => void submit()}>
              {t('signoff.records.agree')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
