import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '@iep/web/data-access';
import { formatIsoDate } from '@iep/web/ui';

const IepConsentRevocationQuery = graphql(`
  query IepConsentRevocation($studentId: ID!) {
    studentRights(studentId: $studentId) {
      studentId
      consentRevocation {
        id
        revokedOn
        status
        servicesEndOn
      }
    }
  }
`);

/**
 * The parent revoked consent for services (34 CFR 300.300(b)(4)): whoever opens one of the student's IEPs reads it
 * first, with the day services end, and finds the notice on the rights page. Nothing shows while consent stands.
 */
export function RevocationBanner({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(IepConsentRevocationQuery, { variables: { studentId }, fetchPolicy: 'cache-and-network' });
  const revocation = data?.studentRights.consentRevocation;
  if (!revocation) return null;
  const date = (iso: string) => formatIsoDate(iso, i18n.resolvedLanguage ?? 'en');
  const end = revocation.servicesEndOn;
  return (
    <Alert role="region" color="red" variant="light" title={t('iep.revocation.title')}>
      <Stack gap={4}>
        <Text>{t('iep.revocation.revoked', { date: date(revocation.revokedOn) })}</Text>
        <Text fw={700}>
          {!end
            ? t('iep.revocation.awaiting')
            : revocation.status === 'SERVICES_ENDED'
              ? t('iep.revocation.ended', { date: date(end) })
              : t('iep.revocation.ending', { date: date(end) })}
        </Text>
        <Anchor component={Link} to={`/students/${studentId}/rights`}>
          {t('iep.revocation.rightsLink')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
