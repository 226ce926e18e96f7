import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql, useMe } from '@iep/web/data-access';
import { errorText, PageHeading, SectionCard, QueryStatus } from '@iep/web/ui';
import { DecisionForm, type DecisionDraft, type DecisionErrors } from './decision-form';
import { RecordsDisclosureStep } from './records-disclosure-step';
import { SignStep, type SignRefusal } from './sign-step';
import { SignoffNav } from './signoff-nav';
import classes from './signoff.module.css';
import { useSignoffFormat } from './use-signoff-text';
import { VersionParts, useVersionPartNames, type VersionPartView } from './version-parts';

const ReviewQuery = graphql(`
  query SignoffReview($iepId: ID!) {
    iep(id: $iepId) {
      id
      kind
      status
      canDecide
      currentVersion {
        id
        number
        digest
        frozenAt
        pdfUrl
        parts {
          id
          kind
          position
          content
          excepted
        }
      }
      decisions {
        id
        version
        kind
        decidedAt
        decidedBy {
          id
          displayName
        }
      }
    }
    iepTeam(iepId: $iepId) {
      iepId
      studentFirstName
    }
    myElectronicRecordsConsent {
      id
      current
    }
  }
`);

const MarkReviewedMutation = graphql(`
  mutation SignoffMarkIepReviewed($input: MarkIepReviewedInput!) {
    markIepReviewed(input: $input) {
      id
      kind
      version
      decidedAt
    }
  }
`);

type Step = 'decide' | 'records' | 'sign';
const STEP_HEADING = 'signoff-step-heading';

/**
 * `/ieps/:iepId/review`: the parent reads the proposed IEP in their language and decides on it — consent,
 * consent with exceptions, or decline — then agrees to electronic records (once) and signs.
 */
export function ReviewRoute() {
  const { iepId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useMe();
  const { dateTime, language } = useSignoffFormat();
  const { data, loading, error, refetch } = useQuery(ReviewQuery, {
    variables: { iepId },
    fetchPolicy: 'cache-and-network',
  });
  const [markReviewed, marking] = useMutation(MarkReviewedMutation, {
    refetchQueries: ['SignoffIepTimeline'],
  });
  const [step, setStep] = useState<Step>('decide');
  const [draft, setDraft] = useState<DecisionDraft | null>(null);
  const [decisionErrors, setDecisionErrors] = useState<DecisionErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const stepChanged = useRef(false);
  const iep = data?.iep;
  const version = iep?.currentVersion;
  const parts = (version?.parts ?? []) as readonly VersionPartView[];
  const partNames = useVersionPartNames(parts);
  const name = data?.iepTeam.studentFirstName;

  // Each step replaces the one before: focus its heading so keyboard and screen-reader users start there.
  useEffect(() => {
    if (!stepChanged.current) return;
    document.getElementById(step === 'decide' ? 'signoff-decide-heading' : STEP_HEADING)?.focus();
  }, [step]);

  function go(next: Step) {
    stepChanged.current = true;
    setStep(next);
  }

  const reviewedByMe = iep?.decisions.find(
    (d) => d.kind === 'REVIEWED' && d.version === version?.number && d.decidedBy?.id === me?.id,
  );

  async function reviewed() {
    if (!version) return;
    setFailure(null);
    try {
      await markReviewed({ variables: { input: { iepId, version: version.number } } });
      await refetch();
    } catch (caught) {
      setFailure(errorText(t, caught));
    }
  }

  function continueWith(next: DecisionDraft) {
    setDraft(next);
    setDecisionErrors({});
    setNotice(null);
    go(data?.myElectronicRecordsConsent?.current ? 'sign' : 'records');
  }

  function refused(refusal: SignRefusal) {
    if (refusal.step === 'records') {
      setNotice(t('signoff.records.requiredAgain'));
      go('records');
    } else if (refusal.step === 'decide') {
      setDecisionErrors({ [refusal.field]: refusal.message });
      go('decide');
    } else {
      setNotice(refusal.message);
      setDraft(null);
      go('decide');
      void refetch();
    }
  }

  return (
    <>
      <PageHeading>
        {name ? t('signoff.review.heading', { name }) : t('signoff.review.headingPlain')}
      </PageHeading>
      <SignoffNav iepId={iepId} />
      <QueryStatus data={data} loading={loading} error={error} errorTitle={t('signoff.loadError')} refetch={refetch} />
      {iep && !version && (
        <Alert color="blue" variant="light">
          {t('signoff.review.nothingProposed')}
        </Alert>
      )}
      {iep && version && (
        <Stack gap="lg">
          {!iep.canDecide && (
            <Alert color="blue" variant="light" title={t('signoff.review.notOpenTitle')}>
              <Text size="sm">
                {iep.status === 'PROPOSED' ? t('signoff.review.notYours') : t('signoff.review.notOpen')}
              </Text>
              <Anchor component={Link} to={`/ieps/${iepId}/versions/${version.number}`} size="sm">
                {t('signoff.timeline.openVersion', { number: version.number })}
              </Anchor>
            </Alert>
          )}
          {notice && (
            <Alert color="blue" variant="light" role="status">
              {notice}
            </Alert>
          )}

          {iep.canDecide && step === 'decide' && (
            <>
              <SectionCard headingId="signoff-choices-heading" title={t('signoff.review.choicesHeading')}>
                <Text>
                  {t('signoff.review.intro', { number: version.number, when: dateTime(version.frozenAt) })}
                </Text>
                <ul style={{ paddingInlineStart: '1.25rem' }}>
                  <li>{t('signoff.review.choice.consent')}</li>
                  <li>{t('signoff.review.choice.exceptions')}</li>
                  <li>{t('signoff.review.choice.decline')}</li>
                  <li>{t('signoff.review.choice.reviewed')}</li>
                </ul>
                <Text size="sm">
                  {t('signoff.version.digestLabel')}: <span className={classes.digest}>{version.digest}</span>
                </Text>
                <Anchor href={`${version.pdfUrl}?lang=${language}`} download size="sm">
                  {t('signoff.version.pdfNumbered', { number: version.number })}
                </Anchor>
              </SectionCard>

              <section aria-labelledby="signoff-document-heading">
                <Title order={2} size="h3" id="signoff-document-heading" mb="xs">
                  {t('signoff.review.documentHeading', { number: version.number })}
                </Title>
                <VersionParts parts={parts} />
              </section>

              <SectionCard headingId="signoff-reviewed-heading" title={t('signoff.review.reviewedHeading')}>
                <Text mb="sm">{t('signoff.review.reviewedHelp')}</Text>
                {reviewedByMe ? (
                  <Text fw={700} role="status">
                    {t('signoff.review.reviewedOn', { when: dateTime(reviewedByMe.decidedAt) })}
                  </Text>
                ) : (
                  <Button variant="default" loading={marking.loading} onClick={() => void reviewed()}>
                    {t('signoff.review.markReviewed')}
                  </Button>
                )}
                {failure && (
                  <Alert color="red" variant="light" mt="sm" title={t('signoff.failed')}>
                    {failure}
                  </Alert>
                )}
              </SectionCard>

              <Paper
                component="section"
                aria-labelledby="signoff-decide-heading"
                withBorder
                p={{ base: 'sm', sm: 'md' }}
              >
                <Title order={2} size="h3" id="signoff-decide-heading" tabIndex={-1} mb="xs">
                  {t('signoff.decide.heading')}
                </Title>
                <Text size="sm" mb="sm">
                  {t('signoff.decide.intro')}
                </Text>
                <DecisionForm
                  parts={parts}
                  partNames={partNames}
                  initial={draft}
                  serverErrors={decisionErrors}
                  onContinue={continueWith}
                />
              </Paper>
            </>
          )}

          {iep.canDecide && step === 'records' && (
            <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
              <RecordsDisclosureStep
                locale={language}
                headingId={STEP_HEADING}
                onAgreed={() => {
                  setNotice(null);
                  go('sign');
                }}
                onBack={() => go('decide')}
              />
            </Paper>
          )}

          {iep.canDecide && step === 'sign' && draft && me && (
            <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
              <SignStep
                iepId={iepId}
                version={version}
                draft={draft}
                partNames={partNames}
                accountName={me.displayName}
                locale={language}
                headingId={STEP_HEADING}
                onSigned={(decisionId) =>
                  void navigate(`/ieps/${iepId}/versions/${version.number}?decision=${decisionId}`)
                }
                onRefused={refused}
                onBack={() => go('decide')}
              />
            </Paper>
          )}
        </Stack>
      )}
    </>
  );
}
