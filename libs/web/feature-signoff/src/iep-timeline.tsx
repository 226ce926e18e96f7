import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionCard, QueryStatus } from '@iep/web/ui';
import { getFragmentData, graphql } from '@iep/web/data-access';
import { DecisionFragment, DecisionHeadline } from './decision-summary';
import classes from './signoff.module.css';
import { useSignoffFormat } from './use-signoff-text';

/** A frozen version as the timeline and the version's own page show it: its digest, who froze it, its files. */
graphql(`
  fragment SignoffVersion_version on IepVersion {
    id
    number
    digest
    frozenAt
    pdfUrl
    certificateUrl
    frozenBy {
      id
      displayName
    }
  }
`);

export const IepTimelineQuery = graphql(`
  query SignoffIepTimeline($iepId: ID!) {
    iep(id: $iepId) {
      id
      status
      versions {
        ...SignoffVersion_version @unmask
      }
      decisions {
        ...SignoffDecision_decision
      }
      signatures {
        id
        purpose
        version
        meetingId
        signerRole
        typedName
        signedAt
        signer {
          id
          displayName
        }
      }
    }
  }
`);

type Entry = { at: string; key: string; node: ReactNode };

/**
 * Everything that happened to the IEP since it was first proposed — versions, decisions, signatures —
 * newest first, with the PDF of each version and its signature certificate. Anyone who may see the IEP
 * may see this; it loads its own data so other pages can show it too.
 */
export function IepTimeline({ iepId, headingLevel = 2 }: { iepId: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const { dateTime, day, language } = useSignoffFormat();
  const { data, loading, error, refetch } = useQuery(IepTimelineQuery, {
    variables: { iepId },
    fetchPolicy: 'cache-and-network',
  });
  const iep = data?.iep;

  const entries: Entry[] = [];
  for (const version of iep?.versions ?? []) {
    entries.push({
      at: version.frozenAt,
      key: `v-${version.id}`,
      node: (
        <>
          <Group gap="xs" wrap="wrap">
            <Badge color="blue">{t('signoff.timeline.versionBadge', { number: version.number })}</Badge>
            <Text fw={700}>{t('signoff.timeline.proposed', { number: version.number })}</Text>
          </Group>
          <Text size="sm">
            {version.frozenBy
              ? t('signoff.timeline.byAt', {
                  name: version.frozenBy.displayName,
                  when: dateTime(version.frozenAt),
                })
              : dateTime(version.frozenAt)}
          </Text>
          <Text size="sm">
            {t('signoff.version.digestLabel')}: <span className={classes.digest}>{version.digest}</span>
          </Text>
          <Group gap="md" wrap="wrap" mt={4}>
            <Anchor component={Link} to={`/ieps/${iepId}/versions/${version.number}`} size="sm">
              {t('signoff.timeline.openVersion', { number: version.number })}
            </Anchor>
            <Anchor href={`${version.pdfUrl}?lang=${language}`} size="sm" download>
              {t('signoff.version.pdfNumbered', { number: version.number })}
            </Anchor>
            <Anchor href={`${version.certificateUrl}?lang=${language}`} size="sm" download>
              {t('signoff.version.certificateNumbered', { number: version.number })}
            </Anchor>
          </Group>
        </>
      ),
    });
  }
  for (const decision of getFragmentData(DecisionFragment, iep?.decisions ?? [])) {
    entries.push({
      at: decision.decidedAt,
      key: `d-${decision.id}`,
      node: (
        <>
          <DecisionHeadline decision={decision}>
            <Text fw={700}>{t('signoff.timeline.onVersion', { number: decision.version })}</Text>
          </DecisionHeadline>
          {decision.effectiveOn && (
            <Text size="sm">{t('signoff.timeline.effectiveOn', { date: day(decision.effectiveOn) })}</Text>
          )}
          {decision.exceptedPartIds.length > 0 && (
            <Text size="sm">
              {t('signoff.timeline.exceptions', { count: decision.exceptedPartIds.length })}
            </Text>
          )}
          {decision.reasons.length > 0 && (
            <>
              <Text size="sm" fw={700}>
                {t('signoff.timeline.reasons')}
              </Text>
              <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
                {decision.reasons.map((reason, index) => (
                  <li key={index}>
                    <Text size="sm" className={classes.paragraph}>
                      {reason}
                    </Text>
                  </li>
                ))}
              </ul>
            </>
          )}
          {decision.amendmentIepId && (
            <Anchor component={Link} to={`/ieps/${decision.amendmentIepId}/status`} size="sm">
              {t('signoff.timeline.openAmendment')}
            </Anchor>
          )}
        </>
      ),
    });
  }
  for (const signature of iep?.signatures ?? []) {
    entries.push({
      at: signature.signedAt,
      key: `s-${signature.id}`,
      node: (
        <>
          <Group gap="xs" wrap="wrap">
            <Badge color="gray">{t(`signoff.purpose.${signature.purpose}`)}</Badge>
            <Text fw={700}>
              {t('signoff.timeline.signedBy', {
                name: signature.signer.displayName,
                role: signature.signerRole,
              })}
            </Text>
          </Group>
          <Text size="sm">
            {signature.version
              ? t('signoff.timeline.signedVersionAt', {
                  number: signature.version,
                  when: dateTime(signature.signedAt),
                })
              : dateTime(signature.signedAt)}
          </Text>
          <Text size="sm">{t('signoff.timeline.typedName', { name: signature.typedName })}</Text>
        </>
      ),
    });
  }
  entries.sort((a, b) => b.at.localeCompare(a.at));

  return (
    <SectionCard headingId="signoff-timeline-heading" headingLevel={headingLevel} title={t('signoff.timeline.heading')}>
      <QueryStatus data={data} loading={loading} error={error} errorTitle={t('signoff.timeline.loadError')} refetch={refetch} />
      {iep && entries.length === 0 && <Text>{t('signoff.timeline.empty')}</Text>}
      {entries.length > 0 && (
        <Stack gap="sm" component="ol" className={classes.list}>
          {entries.map((entry) => (
            <li key={entry.key}>{entry.node}</li>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
