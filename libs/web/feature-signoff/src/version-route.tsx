import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { getFragmentData, graphql } from '@iep/web/data-access';
import { DecisionFragment, DecisionHeadline } from './decision-summary';
import { errorText, PageHeading, SectionCard, QueryStatus } from '@iep/web/ui';
import { SignoffNav } from './signoff-nav';
import classes from './signoff.module.css';
import { useSignoffFormat } from './use-signoff-text';
import { VersionParts, useVersionPartNames, type VersionPartView } from './version-parts';

const VersionQuery = graphql(`
  query SignoffVersion($iepId: ID!, $version: Int!) {
    iepVersion(iepId: $iepId, version: $version) {
      ...SignoffVersion_version @unmask
      acknowledgedWarnings
      parts {
        id
        kind
        position
        content
        excepted
      }
    }
    iep(id: $iepId) {
      id
      kind
      status
      decisions {
        ...SignoffDecision_decision
      }
      signatures {
        id
        purpose
        version
        digest
        signerRole
        typedName
        intentStatement
        intentStatementVersion
        electronicRecordsDisclosureVersion
        signedAt
        ip
        userAgent
        signer {
          id
          displayName
        }
      }
    }
    iepTeam(iepId: $iepId) {
      iepId
      studentFirstName
    }
  }
`);

const VerifyQuery = graphql(`
  query SignoffVerifyVersion($iepId: ID!, $version: Int!) {
    verifyIepVersion(iepId: $iepId, version: $version) {
      iepId
      version
      storedDigest
      computedDigest
      intact
      checkedAt
      signatures {
        signatureId
        digest
        matches
      }
    }
  }
`);

/**
 * `/ieps/:iepId/versions/:n`: one frozen version — its digest, PDF, signature certificate and signatures,
 * and a check that it is unchanged. After signing, `?decision=` shows the confirmation of that decision.
 */
export function VersionRoute() {
  const { iepId = '', version: versionParam = '' } = useParams();
  const [search] = useSearchParams();
  const number = Number.parseInt(versionParam, 10);
  const { t } = useTranslation();
  const { dateTime, day, language } = useSignoffFormat();
  const { data, loading, error, refetch } = useQuery(VersionQuery, {
    variables: { iepId, version: number },
    skip: !Number.isInteger(number),
    fetchPolicy: 'cache-and-network',
  });
  const [verify, verification] = useLazyQuery(VerifyQuery, { fetchPolicy: 'network-only' });
  const version = data?.iepVersion;
  const parts = (version?.parts ?? []) as readonly VersionPartView[];
  const partNames = useVersionPartNames(parts);
  const name = data?.iepTeam.studentFirstName;
  const decisionId = search.get('decision');
  const allDecisions = getFragmentData(DecisionFragment, data?.iep.decisions ?? []);
  const confirmed = allDecisions.find((d) => d.id === decisionId);
  const signatures = (data?.iep.signatures ?? []).filter((s) => s.version === number);
  const decisions = allDecisions.filter((d) => d.version === number);
  const confirmedSignature = confirmed
    ? signatures.find((s) => s.purpose === 'PARENT_DECISION' && s.signer.id === confirmed.decidedBy?.id)
    : undefined;
  const result = verification.data?.verifyIepVersion;

  return (
    <>
      <PageHeading>
        {name
          ? t('signoff.version.heading', { name, number: versionParam })
          : t('signoff.version.headingPlain', { number: versionParam })}
      </PageHeading>
      <SignoffNav iepId={iepId} />
      <QueryStatus data={data} loading={loading} error={error} errorTitle={t('signoff.loadError')} refetch={refetch} />
      {version && (
        <Stack gap="lg">
          {confirmed && (
            <Alert color="green" variant="light" title={t('signoff.confirm.title')} role="status">
              <Stack gap="xs">
                <Text>
                  {t(`signoff.confirm.body.${confirmed.kind}`, {
                    defaultValue: t('signoff.confirm.body.CONSENT'),
                  })}
                </Text>
                {confirmed.effectiveOn && (
                  <Text>{t('signoff.timeline.effectiveOn', { date: day(confirmed.effectiveOn) })}</Text>
                )}
                {confirmed.exceptedPartIds.length > 0 && (
                  <>
                    <Text fw={700}>{t('signoff.sign.summaryExceptions')}</Text>
                    <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
                      {confirmed.exceptedPartIds.map((id) => (
                        <li key={id}>{partNames.get(id) ?? id}</li>
                      ))}
                    </ul>
                  </>
                )}
                {confirmedSignature && (
                  <dl className={classes.facts}>
                    <dt>{t('signoff.confirm.signedBy')}</dt>
                    <dd>{confirmedSignature.typedName}</dd>
                    <dt>{t('signoff.confirm.signedAt')}</dt>
                    <dd>{dateTime(confirmedSignature.signedAt)}</dd>
                    <dt>{t('signoff.sign.summaryVersion')}</dt>
                    <dd>{t('signoff.sign.versionNumber', { number: version.number })}</dd>
                    <dt>{t('signoff.version.digestLabel')}</dt>
                    <dd className={classes.digest}>{confirmedSignature.digest ?? version.digest}</dd>
                  </dl>
                )}
              </Stack>
            </Alert>
          )}

          <SectionCard headingId="signoff-version-heading" title={t('signoff.version.aboutHeading')}>
            <dl className={classes.facts}>
              <dt>{t('signoff.version.frozen')}</dt>
              <dd>
                {version.frozenBy
                  ? t('signoff.timeline.byAt', {
                      name: version.frozenBy.displayName,
                      when: dateTime(version.frozenAt),
                    })
                  : dateTime(version.frozenAt)}
              </dd>
              <dt>{t('signoff.version.digestLabel')}</dt>
              <dd className={classes.digest} data-testid="version-digest">
                {version.digest}
              </dd>
            </dl>
            <Text size="sm" mt="xs">
              {t('signoff.version.digestHelp')}
            </Text>
            <Group gap="md" mt="sm" wrap="wrap">
              <Anchor href={`${version.pdfUrl}?lang=${language}`} download>
                {t('signoff.version.pdf')}
              </Anchor>
              <Anchor href={`${version.certificateUrl}?lang=${language}`} download>
                {t('signoff.version.certificate')}
              </Anchor>
            </Group>
            <Button
              mt="md"
              variant="default"
              loading={verification.loading}
              onClick={() => void verify({ variables: { iepId, version: version.number } })}
            >
              {t('signoff.verify.button')}
            </Button>
            <div aria-live="polite">
              {verification.error && (
                <Alert color="red" variant="light" mt="sm" title={t('signoff.verify.failed')}>
                  {errorText(t, verification.error)}
                </Alert>
              )}
              {result && (
                <Alert
                  color={result.intact ? 'green' : 'red'}
                  variant="light"
                  mt="sm"
                  title={result.intact ? t('signoff.verify.intact') : t('signoff.verify.notIntact')}
                >
                  <Text size="sm">
                    {result.intact ? t('signoff.verify.intactHelp') : t('signoff.verify.notIntactHelp')}
                  </Text>
                  <dl className={classes.facts}>
                    <dt>{t('signoff.verify.stored')}</dt>
                    <dd className={classes.digest}>{result.storedDigest}</dd>
                    <dt>{t('signoff.verify.computed')}</dt>
                    <dd className={classes.digest}>{result.computedDigest}</dd>
                    <dt>{t('signoff.verify.signatures')}</dt>
                    <dd>
                      {result.signatures.length === 0
                        ? t('signoff.verify.noSignatures')
                        : t('signoff.verify.signatureCount', {
                            count: result.signatures.length,
                            matching: result.signatures.filter((s) => s.matches).length,
                          })}
                    </dd>
                    <dt>{t('signoff.verify.checkedAt')}</dt>
                    <dd>{dateTime(result.checkedAt)}</dd>
                  </dl>
                </Alert>
              )}
            </div>
          </SectionCard>

          <SectionCard headingId="signoff-signatures-heading" title={t('signoff.version.signaturesHeading')}>
            {signatures.length === 0 && decisions.length === 0 && (
              <Text>{t('signoff.version.noSignatures')}</Text>
            )}
            <ul className={classes.list}>
              {decisions.map((decision) => (
                <li key={decision.id}>
                  <DecisionHeadline decision={decision} inline />
                </li>
              ))}
              {signatures.map((signature) => (
                <li key={signature.id}>
                  <Text fw={700}>
                    {t('signoff.timeline.signedBy', {
                      name: signature.signer.displayName,
                      role: signature.signerRole,
                    })}
                  </Text>
                  <dl className={classes.facts}>
                    <dt>{t('signoff.confirm.typedName')}</dt>
                    <dd>{signature.typedName}</dd>
                    <dt>{t('signoff.confirm.signedAt')}</dt>
                    <dd>{dateTime(signature.signedAt)}</dd>
                    <dt>{t('signoff.confirm.statement')}</dt>
                    <dd>{signature.intentStatement}</dd>
                    {signature.ip && (
                      <>
                        <dt>{t('signoff.confirm.ip')}</dt>
                        <dd>{signature.ip}</dd>
                      </>
                    )}
                    {signature.userAgent && (
                      <>
                        <dt>{t('signoff.confirm.userAgent')}</dt>
                        <dd>{signature.userAgent}</dd>
                      </>
                    )}
                  </dl>
                </li>
              ))}
            </ul>
          </SectionCard>

          {version.acknowledgedWarnings.length > 0 && (
            <Text size="sm">
              {t('signoff.version.acknowledged', { count: version.acknowledgedWarnings.length })}
            </Text>
          )}

          <section aria-labelledby="signoff-version-document-heading">
            <Title order={2} size="h3" id="signoff-version-document-heading" mb="xs">
              {t('signoff.version.documentHeading')}
            </Title>
            <VersionParts parts={parts} />
          </section>
        </Stack>
      )}
    </>
  );
}
