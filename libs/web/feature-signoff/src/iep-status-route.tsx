import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '@iep/web/data-access';
import { ConfirmDialog, errorText, PageHeading, SectionCard, QueryStatus } from '@iep/web/ui';
import { ElectronicRecordsConsentPanel } from './electronic-records-consent-panel';
import { IepTimeline } from './iep-timeline';
import { SignoffNav } from './signoff-nav';
import classes from './signoff.module.css';
import { useSignoffNotify } from './use-signoff-notify';
import { useSignoffFormat } from './use-signoff-text';

const IepStatusQuery = graphql(`
  query SignoffIepStatus($iepId: ID!) {
    iep(id: $iepId) {
      id
      kind
      status
      studentId
      derivedFromIepId
      supersededByIepId
      canFinalize
      canWithdrawProposal
      canDecide
      canManagePriorWrittenNotices
      requiresParentSignature
      currentVersion {
        id
        number
      }
      priorWrittenNotices {
        id
        source
        action
        status
        createdAt
        sentAt
      }
    }
    iepTeam(iepId: $iepId) {
      iepId
      studentFirstName
    }
  }
`);

const StudentForAmendmentQuery = graphql(`
  query SignoffStudentForAmendment($studentId: ID!) {
    student(id: $studentId) {
      id
      canStartIep
      activeIepId
    }
  }
`);

const StartAmendmentMutation = graphql(`
  mutation SignoffStartAmendment($input: StartIepInput!) {
    startIep(input: $input) {
      id
    }
  }
`);

const WithdrawProposalMutation = graphql(`
  mutation SignoffWithdrawProposal($iepId: ID!) {
    withdrawIepProposal(iepId: $iepId) {
      id
      status
      canFinalize
      canWithdrawProposal
      canDecide
    }
  }
`);

/** `/ieps/:iepId/status`: where the IEP stands in sign-off, what the reader can do next, and its history. */
export function IepStatusRoute() {
  const { iepId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { dateTime } = useSignoffFormat();
  const notify = useSignoffNotify();
  const { data, loading, error, refetch } = useQuery(IepStatusQuery, {
    variables: { iepId },
    fetchPolicy: 'cache-and-network',
  });
  const iep = data?.iep;
  const studentQuery = useQuery(StudentForAmendmentQuery, {
    variables: { studentId: iep?.studentId ?? '' },
    skip: !iep || iep.status !== 'ACTIVE',
    fetchPolicy: 'cache-and-network',
  });
  const [startAmendment, starting] = useMutation(StartAmendmentMutation, { refetchQueries: ['Students'] });
  const [withdraw, withdrawing] = useMutation(WithdrawProposalMutation, {
    refetchQueries: ['SignoffIepTimeline'],
  });
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const name = data?.iepTeam.studentFirstName;
  const canStartAmendment = iep?.status === 'ACTIVE' && studentQuery.data?.student.canStartIep === true;

  async function start() {
    if (!iep) return;
    setFailure(null);
    try {
      const result = await startAmendment({
        variables: { input: { studentId: iep.studentId, kind: 'AMENDMENT' } },
      });
      if (result.data) void navigate(`/ieps/${result.data.startIep.id}`);
    } catch (caught) {
      setFailure(errorText(t, caught));
    }
  }

  async function withdrawProposal() {
    setFailure(null);
    try {
      await withdraw({ variables: { iepId } });
    } catch (caught) {
      setFailure(errorText(t, caught));
      return;
    }
    setConfirmWithdraw(false);
    await refetch();
    notify(t('signoff.status.withdrawn'));
  }

  return (
    <>
      <PageHeading>
        {name ? t('signoff.status.heading', { name }) : t('signoff.status.headingPlain')}
      </PageHeading>
      <SignoffNav iepId={iepId} current="status" />
      <QueryStatus data={data} loading={loading} error={error} errorTitle={t('signoff.loadError')} refetch={refetch} />
      {iep && (
        <Stack gap="lg">
          <SectionCard headingId="signoff-now-heading" title={t('signoff.status.nowHeading')}>
            <Group gap="xs" wrap="wrap" mb="xs">
              <Text fw={700}>{t(`iep.kind.${iep.kind}`)}</Text>
              <Badge color={iep.status === 'ACTIVE' ? 'green' : iep.status === 'PROPOSED' ? 'blue' : 'gray'}>
                {t(`iep.status.${iep.status}`)}
              </Badge>
              {iep.currentVersion && (
                <Text size="sm">
                  {t('signoff.status.latestVersion', { number: iep.currentVersion.number })}
                </Text>
              )}
            </Group>
            <Text>{t(`signoff.status.explain.${iep.status}`)}</Text>
            {iep.status === 'PROPOSED' && !iep.requiresParentSignature && (
              <Text mt="xs">{t('signoff.status.noSignatureNeeded')}</Text>
            )}

            <Group gap="sm" mt="md" wrap="wrap">
              {iep.canDecide && (
                <Button component={Link} to={`/ieps/${iepId}/review`}>
                  {t('signoff.status.reviewAndDecide')}
                </Button>
              )}
              {iep.canFinalize && (
                <Button component={Link} to={`/ieps/${iepId}/finalize`}>
                  {t('signoff.status.finalize')}
                </Button>
              )}
              {iep.canWithdrawProposal && (
                <Button variant="default" onClick={() => setConfirmWithdraw(true)}>
                  {t('signoff.status.withdraw')}
                </Button>
              )}
              {canStartAmendment && (
                <Button variant="default" loading={starting.loading} onClick={() => void start()}>
                  {t('signoff.status.startAmendment')}
                </Button>
              )}
            </Group>
            {canStartAmendment && (
              <Text size="sm" mt="xs">
                {t('signoff.status.startAmendmentHelp')}
              </Text>
            )}
            {failure && !confirmWithdraw && (
              <Alert color="red" variant="light" mt="md" title={t('signoff.failed')}>
                {failure}
              </Alert>
            )}
            <Group gap="md" mt="md" wrap="wrap">
              {iep.derivedFromIepId && (
                <Anchor component={Link} to={`/ieps/${iepId}/amendment-changes`}>
                  {t('signoff.status.whatChanges')}
                </Anchor>
              )}
              {iep.derivedFromIepId && (
                <Anchor component={Link} to={`/ieps/${iep.derivedFromIepId}/status`}>
                  {t('signoff.status.openPrevious')}
                </Anchor>
              )}
              {iep.supersededByIepId && (
                <Anchor component={Link} to={`/ieps/${iep.supersededByIepId}/status`}>
                  {t('signoff.status.openSuccessor')}
                </Anchor>
              )}
            </Group>
          </SectionCard>

          {(iep.canManagePriorWrittenNotices || iep.priorWrittenNotices.length > 0) && (
            <SectionCard headingId="signoff-notices-heading" title={t('signoff.notice.listHeading')}>
              <Text size="sm" mb="sm">
                {t('signoff.notice.listHelp')}
              </Text>
              {iep.priorWrittenNotices.length === 0 ? (
                <Text>{t('signoff.notice.none')}</Text>
              ) : (
                <ul className={classes.list}>
                  {iep.priorWrittenNotices.map((notice) => (
                    <li key={notice.id}>
                      <Group gap="xs" wrap="wrap">
                        <Anchor component={Link} to={`/ieps/${iepId}/notices/${notice.id}`}>
                          {t(`signoff.notice.source.${notice.source}`)}
                        </Anchor>
                        <Badge color={notice.status === 'SENT' ? 'green' : 'gray'}>
                          {t(`signoff.notice.status.${notice.status}`)}
                        </Badge>
                      </Group>
                      <Text size="sm">
                        {notice.sentAt
                          ? t('signoff.notice.sentAt', { when: dateTime(notice.sentAt) })
                          : t('signoff.notice.draftedAt', { when: dateTime(notice.createdAt) })}
                      </Text>
                    </li>
                  ))}
                </ul>
              )}
            </SectionCard>
          )}

          <IepTimeline iepId={iepId} />
          <ElectronicRecordsConsentPanel />
        </Stack>
      )}

      <ConfirmDialog
        opened={confirmWithdraw}
        title={t('signoff.status.withdrawTitle')}
        body={t('signoff.status.withdrawBody')}
        confirmLabel={t('signoff.status.withdrawConfirm')}
        busy={withdrawing.loading}
        failure={confirmWithdraw ? failure : null}
        onConfirm={() => void withdrawProposal()}
        onCancel={() => {
          setConfirmWithdraw(false);
          setFailure(null);
        }}
      />
    </>
  );
}
