import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql, useMe } from '@iep/web/data-access';
import { errorText, PageHeading, SectionCard, QueryStatus } from '@iep/web/ui';
import { type PartKindName, useIepText } from '@iep/web/feature-drafting';
import { SignoffNav } from './signoff-nav';
import classes from './signoff.module.css';
import { signoffError } from './signoff-errors';

const FinalizePageQuery = graphql(`
  query SignoffFinalizePage($iepId: ID!) {
    iep(id: $iepId) {
      id
      kind
      status
      canFinalize
      parts {
        id
        kind
        position
        content
      }
      qualityChecks {
        code
        severity
        partId
        message
      }
    }
    iepTeam(iepId: $iepId) {
      iepId
      studentFirstName
      members {
        userId
        isGuardian
      }
    }
  }
`);

const FinalizeIepMutation = graphql(`
  mutation SignoffFinalizeIep($input: FinalizeIepInput!) {
    finalizeIep(input: $input) {
      id
      status
      canFinalize
      canWithdrawProposal
      currentVersion {
        id
        number
        digest
      }
    }
  }
`);

type Issue = { code: string; severity: 'ERROR' | 'WARNING'; partId?: string | null; message: string };

/** The id the API expects for an acknowledged warning. */
export function warningId(issue: Pick<Issue, 'code' | 'partId'>): string {
  return `${issue.code}:${issue.partId ?? 'iep'}`;
}

/**
 * `/ieps/:iepId/finalize`: the case manager or district representative turns the draft into the proposed
 * IEP. Errors of the quality checks block it; each warning is acknowledged on its own.
 */
export function FinalizeRoute() {
  const { iepId = '' } = useParams();
  const { t } = useTranslation();
  const { t: text, partName } = useIepText();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(FinalizePageQuery, {
    variables: { iepId },
    fetchPolicy: 'network-only',
  });
  const [finalize, finalizing] = useMutation(FinalizeIepMutation, {
    refetchQueries: ['SignoffIepTimeline', 'SignoffIepStatus', 'Students'],
  });
  const [acknowledged, setAcknowledged] = useState<string[]>([]);
  const [ackError, setAckError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [serverIssues, setServerIssues] = useState<Issue[] | null>(null);
  const iep = data?.iep;
  const name = data?.iepTeam.studentFirstName;
  // Finalizing "sends it to the family": with no guardian on record it would reach nobody, so it waits for one.
  const hasGuardian = data?.iepTeam.members.some((member) => member.isGuardian) ?? true;
  const { me } = useMe();

  const partNames = useMemo(() => {
    const counters: Record<string, number> = {};
    const names = new Map<string, string>();
    for (const part of iep?.parts ?? []) {
      const repeatable = part.kind === 'GOAL' || part.kind === 'SERVICE';
      if (repeatable) counters[part.kind] = (counters[part.kind] ?? 0) + 1;
      names.set(
        part.id,
        partName(
          { kind: part.kind as PartKindName, content: part.content },
          repeatable ? counters[part.kind] : undefined,
        ),
      );
    }
    return names;
  }, [iep?.parts, partName]);

  const issues: Issue[] = serverIssues ?? (iep?.qualityChecks as Issue[] | undefined) ?? [];
  const errors = issues.filter((issue) => issue.severity === 'ERROR');
  const warnings = issues.filter((issue) => issue.severity === 'WARNING');

  function describe(issue: Issue) {
    const message = text(`iep.quality.code.${issue.code}`, { defaultValue: issue.message });
    const part = issue.partId ? partNames.get(issue.partId) : undefined;
    return part ? `${part}: ${message}` : message;
  }

  async function submit() {
    setFailure(null);
    const missing = warnings.filter((warning) => !acknowledged.includes(warningId(warning)));
    if (missing.length > 0) {
      setAckError(t('signoff.finalize.acknowledgeAll', { count: missing.length }));
      return;
    }
    try {
      const result = await finalize({
        variables: { input: { iepId, acknowledgedWarnings: warnings.map(warningId) } },
      });
      const number = result.data?.finalizeIep.currentVersion?.number;
      void navigate(number ? `/ieps/${iepId}/versions/${number}` : `/ieps/${iepId}/status`);
    } catch (caught) {
      const detail = signoffError(caught);
      if (detail.reason === 'QUALITY_ERRORS' || detail.reason === 'WARNINGS_NOT_ACKNOWLEDGED') {
        setServerIssues(detail.issues);
        setFailure(t(`signoff.finalize.errors.${detail.reason}`));
        return;
      }
      setFailure(errorText(t, caught));
    }
  }

  return (
    <>
      <PageHeading>
        {name ? t('signoff.finalize.heading', { name }) : t('signoff.finalize.headingPlain')}
      </PageHeading>
      <SignoffNav iepId={iepId} />
      <QueryStatus data={data} loading={loading} error={error} errorTitle={t('signoff.loadError')} refetch={refetch} />
      {iep && !iep.canFinalize && (
        <Alert color="blue" variant="light" title={t('signoff.finalize.notNowTitle')}>
          {iep.status === 'DRAFT'
            ? t('signoff.finalize.notYours')
            : t('signoff.finalize.notDraft', { status: t(`iep.status.${iep.status}`) })}
        </Alert>
      )}
      {iep?.canFinalize && (
        <Stack gap="lg">
          <Text>{t('signoff.finalize.intro')}</Text>

          <SectionCard headingId="signoff-errors-heading" title={t('signoff.finalize.errorsHeading')}>
            {errors.length === 0 ? (
              <Text>{t('signoff.finalize.noErrors')}</Text>
            ) : (
              <>
                <Text mb="xs">{t('signoff.finalize.errorsBlock', { count: errors.length })}</Text>
                <ul className={classes.list}>
                  {errors.map((issue, index) => (
                    <li key={`${warningId(issue)}-${index}`}>
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <Badge color="red" style={{ flexShrink: 0 }}>
                          {t('iep.quality.severity.ERROR')}
                        </Badge>
                        <Text size="sm">{describe(issue)}</Text>
                      </Group>
                    </li>
                  ))}
                </ul>
                <Anchor component={Link} to={`/ieps/${iepId}`} mt="sm" display="inline-block">
                  {t('signoff.finalize.fixInEditor')}
                </Anchor>
              </>
            )}
          </SectionCard>

          <SectionCard headingId="signoff-warnings-heading" title={t('signoff.finalize.warningsHeading')}>
            {warnings.length === 0 ? (
              <Text>{t('signoff.finalize.noWarnings')}</Text>
            ) : (
              <Checkbox.Group
                label={t('signoff.finalize.warningsLabel')}
                description={t('signoff.finalize.warningsHelp')}
                value={acknowledged}
                onChange={(value) => {
                  setAcknowledged(value);
                  setAckError(null);
                }}
                error={ackError}
              >
                <Stack gap="xs" mt="xs">
                  {warnings.map((issue) => (
                    <Checkbox key={warningId(issue)} value={warningId(issue)} label={describe(issue)} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          </SectionCard>

          <SectionCard headingId="signoff-freeze-heading" title={t('signoff.finalize.freezeHeading')}>
            <Text mb="sm">{t('signoff.finalize.freezeHelp')}</Text>
            {failure && (
              <Alert color="red" variant="light" mb="sm" title={t('signoff.finalize.failed')}>
                {failure}
              </Alert>
            )}
            {!hasGuardian && (
              <Alert color="red" variant="light" mb="sm" title={t('meetings.noGuardianTitle')}>
                <Text size="sm">{t('signoff.finalize.noGuardian', { name: name ?? '' })}</Text>
                {me?.role === 'DISTRICT_ADMIN' && (
                  <Anchor component={Link} to="/admin/students" size="sm">
                    {t('meetings.addGuardianLink')}
                  </Anchor>
                )}
              </Alert>
            )}
            <Button onClick={() => void submit()} loading={finalizing.loading} disabled={errors.length > 0 || !hasGuardian}>
              {t('signoff.finalize.submit')}
            </Button>
            {errors.length > 0 && (
              <Text size="sm" mt="xs">
                {t('signoff.finalize.blocked')}
              </Text>
            )}
          </SectionCard>
        </Stack>
      )}
    </>
  );
}
