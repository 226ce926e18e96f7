import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useMe } from '@iep/web/data-access';
import {
  checkSignatureValues, MyElectronicRecordsConsentQuery, RecordsDisclosureStep, SignatureFields, signoffError, type SignatureErrors, type SignatureValues,
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
  const [values, setValues] = useState<SignatureValues>({ typedName: '', password: '' });
  const [errors, setErrors] = useState<SignatureErrors>({});
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
      validate={() => {
        const found = checkSignatureValues(values, t);
        setErrors(found);
        return Object.keys(found).length === 0;
      }}
      onSubmit={async () => {
        try {
          await sign({ input: { evaluationId: evaluation.id, typedName: values.typedName.trim(), password: values.password, intentVersion: view.consentIntentVersion } });
        } catch (caught) {
          const { reason } = signoffError(caught);
          if (reason === 'WRONG_PASSWORD') setErrors({ password: t('signoff.sign.errors.WRONG_PASSWORD') });
          else if (reason === 'NAME_MISMATCH') setErrors({ typedName: t('signoff.sign.errors.NAME_MISMATCH', { name: me?.displayName ?? '' }) });
          else if (reason === 'E_RECORDS_CONSENT_REQUIRED') setNeedsRecords(true);
          throw caught;
        }
      }}
    >
      {me && (
        <SignatureFields
          statement={view.consentStatement}
          statementId={`${headingId}-statement`}
          accountName={me.displayName}
          values={values}
          errors={errors}
          onChange={setValues}
        />
      )}
    </StepForm>
  );
}
