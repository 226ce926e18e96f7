import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { ErrorAlert, LoadingState, PageHeading } from '@iep/web/ui';
import { EvaluationCard } from './evaluation-card';
import { ReevaluationSection } from './reevaluation-section';
import { ReferForm } from './refer-form';

export const EvaluationsQuery = graphql(`
  query StudentEvaluations($studentId: ID!) {
    studentEvaluations(studentId: $studentId) {
      studentId
      studentName
      lastEvaluatedOn
      earliestReevaluationOn
      mayRefer
      mayRecord
      mayConsent
      mayReport
      reportableAreas
      consentStatement
      consentIntentVersion
      assessorOptions {
        id
        displayName
      }
      reevaluationDeadline {
        ...EvaluationDeadline_deadline
      }
      reevaluationAgreements {
        id
        agreedOn
        parentName
        note
        recordedByName
      }
      evaluations {
        id
        kind
        stage
        referralSource
        referredOn
        referralReason
        referredByName
        agreedWithinYear
        consentOn
        consentMethod
        consentSignedName
        delayReason
        delayAgreedCompletionOn
        delayNote
        childProducedOn
        determinedOn
        eligible
        disabilityCategory
        determinationSummary
        initialIepId
        plan {
          area
          assessorId
          assessorName
          report {
            id
            authorName
            completedOn
            summary
            fileName
            fileSize
            fileUrl
          }
        }
        deadlines {
          ...EvaluationDeadline_deadline
        }
        notice {
          id
          action
          sentAt
          actionDescription
          explanation
          evaluationBasis
          proceduralSafeguards
          sourcesForAssistance
          optionsConsidered
          otherFactors
        }
      }
    }
  }
`);

/**
 * A student's way from referral to eligibility, and their reevaluations: each step as it stands, in plain
 * words for the family, with the forms of whoever may take the next step.
 */
export function EvaluationsRoute() {
  const { studentId = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(EvaluationsQuery, { variables: { studentId }, fetchPolicy: 'cache-and-network' });
  const view = data?.studentEvaluations;
  const open = view?.evaluations.find((evaluation) => !evaluation.determinedOn);

  return (
    <>
      <PageHeading>{view ? t('evaluation.heading', { name: view.studentName }) : t('evaluation.headingPlain')}</PageHeading>
      <Text mb="md">{t('evaluation.intro')}</Text>
      {!data && loading && <LoadingState />}
      {!data && error && <ErrorAlert title={t('evaluation.loadError')} error={error} onRetry={() => void refetch()} />}
      {view && (
        <Stack gap="lg">
          {view.mayRefer && !open && <ReferForm view={view} />}
          {view.evaluations.length === 0 && <Text>{t('evaluation.none')}</Text>}
          {view.evaluations.map((evaluation) => (
            <EvaluationCard key={evaluation.id} view={view} evaluation={evaluation} />
          ))}
          {view.lastEvaluatedOn && <ReevaluationSection view={view} />}
          <Anchor component={Link} to="/">
            {t('evaluation.backToStudents')}
          </Anchor>
        </Stack>
      )}
    </>
  );
}
