import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useMe } from '@iep/web/data-access';
import {
  MyElectronicRecordsConsentQuery, RecordsDisclosureStep, SignatureFields, showSignatureRefusal, signoffError, useSignatureForm,
} from '@iep/web/feature-signoff';
import type { EvaluationsView, EvaluationView } from './evaluation-types';
import { StepForm } from './step-form';
import { useStep } from './use-step';

const SignConsentMutation = graphql(`
  mutation SignConsentToEvaluate($input: SignConsentToEvaluateInput!) {
    signConsentToEvaluate(input: $input) {
      studentId
    }
  }
`);

/**
 * The parent's consent to evaluate, e-signed with the evidence of every signature in IEP Team: the
 * agreement to electronic records first if needed, then the statement, their typed name and password.
 */
export function ConsentSignature({ view, evaluation }: { view: EvaluationsView; evaluation: EvaluationView }) {
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const headingId = useId();
  const sign = useStep(SignConsentMutation);
  const [started, setStarted] = useState(false);
  const consent = useQuery(MyElectronicRecordsConsentQuery, { fetchPolicy: 'network-only', skip: !started });
  const form = useSignatureForm();
  const [needsRecords, setNeedsRecords] = useState(false);
  const language = i18n.language.startsWith('es') ? 'es' : 'en';

  if (!started) {
    return (
      <Group>
        <Button variant="light" onClick={() => setStarted(true)}>
          {t('evaluation.consent.signTitle')}
        </Button>
      </Group>
    );
  }
  if (needsRecords || (consent.data && !consent.data.myElectronicRecordsConsent?.current)) {
    return (
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <RecordsDisclosureStep
          locale={language}
          headingId={headingId}
          onAgreed={() => {
            setNeedsRecords(false);
            void consent.refetch();
          }}
          onBack={() => {
            setNeedsRecords(false);
            setStarted(false);
          }}
        />
      </Paper>
    );
  }
  return (
    <StepForm
      startOpen
      title={t('evaluation.consent.signTitle')}
      submitLabel={t('evaluation.consent.signSubmit')}
      form={form}
      onSubmit={async () => {
        try {
          const { typedName, password } = form.getValues();
          await sign({ input: { evaluationId: evaluation.id, typedName: typedName.trim(), password, intentVersion: view.consentIntentVersion } });
        } catch (caught) {
          const { reason } = signoffError(caught);
          if (!showSignatureRefusal(form, reason, t, me?.displayName ?? '') && reason === 'E_RECORDS_CONSENT_REQUIRED') setNeedsRecords(true);
          throw caught;
        }
      }}
    >
      {me && (
        <SignatureFields
          statement={view.consentStatement}
          statementId={`${headingId}-statement`}
          accountName={me.displayName}
          form={form}
        />
      )}
    </StepForm>
  );
}
