import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { ErrorAlert, errorText, LoadingState } from '@iep/web/ui';
import type { DecisionDraft } from './decision-form';
import { reasonsOf } from './decision-form';
import { SignatureFields, showSignatureRefusal, useSignatureForm, type SignatureValues } from './signature-fields';
import classes from './signoff.module.css';
import { signoffError } from './signoff-errors';

const DecisionIntentQuery = graphql(`
  query SignoffDecisionIntent($decision: IepParentDecision!, $locale: String) {
    signatureIntent(purpose: PARENT_DECISION, decision: $decision, locale: $locale) {
      version
      locale
      statement
    }
  }
`);

const DecideOnIepMutation = graphql(`
  mutation SignoffDecideOnIep($input: DecideOnIepInput!) {
    decideOnIep(input: $input) {
      id
      version
      kind
      amendmentIepId
    }
  }
`);

/** Where the API sent the parent back to: a refusal about the decision itself or about consent to e-records. */
export type SignRefusal =
  | { step: 'decide'; field: 'exceptedPartIds' | 'reasons'; message: string }
  | { step: 'records' }
  | { step: 'stale'; message: string };

type Props = {
  iepId: string;
  version: { number: number; digest: string };
  draft: DecisionDraft;
  partNames: ReadonlyMap<string, string>;
  accountName: string;
  locale: 'en' | 'es';
  headingId: string;
  onSigned: (decisionId: string) => void;
  onRefused: (refusal: SignRefusal) => void;
  onBack: () => void;
};

/** What the parent signs, the statement they sign it with, and their typed name and password. */
export function SignStep({
  iepId,
  version,
  draft,
  partNames,
  accountName,
  locale,
  headingId,
  onSigned,
  onRefused,
  onBack,
}: Props) {
  const { t } = useTranslation();
  const intentQuery = useQuery(DecisionIntentQuery, {
    variables: { decision: draft.decision, locale },
    fetchPolicy: 'network-only',
  });
  const [decide, decision] = useMutation(DecideOnIepMutation, {
    refetchQueries: ['SignoffReview', 'SignoffIepTimeline', 'SignoffIepStatus', 'Students'],
    awaitRefetchQueries: false,
  });
  const form = useSignatureForm();
  const [failure, setFailure] = useState<string | null>(null);
  const intent = intentQuery.data?.signatureIntent;
  const reasons = reasonsOf(draft.reasons);

  async function sign(values: SignatureValues) {
    if (!intent) return;
    setFailure(null);
    try {
      const result = await decide({
        variables: {
          input: {
            iepId,
            version: version.number,
            decision: draft.decision,
            exceptedPartIds: draft.decision === 'CONSENT_WITH_EXCEPTIONS' ? draft.exceptedPartIds : null,
            reasons: draft.decision === 'CONSENT' ? null : reasons,
            typedName: values.typedName.trim(),
            password: values.password,
            intentVersion: intent.version,
          },
        },
      });
      if (result.data) onSigned(result.data.decideOnIep.id);
    } catch (caught) {
      const detail = signoffError(caught);
      if (detail.reason === 'WRONG_PASSWORD') form.setFieldValue('password', '');
      if (showSignatureRefusal(form, detail.reason, t, accountName)) return;
      switch (detail.reason) {
        case 'INTENT_OUTDATED':
          setFailure(t('signoff.sign.errors.INTENT_OUTDATED'));
          await intentQuery.refetch();
          return;
        case 'E_RECORDS_CONSENT_REQUIRED':
          onRefused({ step: 'records' });
          return;
        case 'EXCEPTIONS_REQUIRED':
        case 'UNKNOWN_EXCEPTED_ITEM':
          onRefused({
            step: 'decide',
            field: 'exceptedPartIds',
            message: t(`signoff.decide.errors.${detail.reason}`),
          });
          return;
        case 'REASONS_REQUIRED':
          onRefused({
            step: 'decide',
            field: 'reasons',
            message: t('signoff.decide.errors.REASONS_REQUIRED'),
          });
          return;
        case 'STALE_VERSION':
          onRefused({ step: 'stale', message: t('signoff.sign.errors.STALE_VERSION') });
          return;
        default:
          setFailure(errorText(t, caught));
      }
    }
  }

  return (
    <Stack gap="md">
      <Title order={2} size="h3" id={headingId} tabIndex={-1}>
        {t('signoff.sign.heading')}
      </Title>
      <section aria-labelledby="signoff-summary-heading">
        <Title order={3} size="h4" id="signoff-summary-heading" mb="xs">
          {t('signoff.sign.summaryHeading')}
        </Title>
        <dl className={classes.facts}>
          <dt>{t('signoff.sign.summaryDecision')}</dt>
          <dd>{t(`signoff.decide.option.${draft.decision}`)}</dd>
          {draft.decision === 'CONSENT_WITH_EXCEPTIONS' && (
            <>
              <dt>{t('signoff.sign.summaryExceptions')}</dt>
              <dd>
                <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
                  {draft.exceptedPartIds.map((id) => (
                    <li key={id}>{partNames.get(id) ?? id}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {reasons.length > 0 && (
            <>
              <dt>{t('signoff.sign.summaryReasons')}</dt>
              <dd className={classes.paragraph}>{reasons.join('\n')}</dd>
            </>
          )}
          <dt>{t('signoff.sign.summaryVersion')}</dt>
          <dd>{t('signoff.sign.versionNumber', { number: version.number })}</dd>
          <dt>{t('signoff.version.digestLabel')}</dt>
          <dd className={classes.digest}>{version.digest}</dd>
        </dl>
        <Text size="sm" mt="xs">
          {t('signoff.sign.digestHelp')}
        </Text>
      </section>

      {!intentQuery.data && intentQuery.loading && <LoadingState />}
      {!intentQuery.data && intentQuery.error && (
        <ErrorAlert
          title={t('signoff.sign.intentLoadError')}
          error={intentQuery.error}
          onRetry={() => void intentQuery.refetch()}
        />
      )}
      {intent && (
        <form
          noValidate
          aria-labelledby={headingId}
          onSubmit={form.onSubmit((values) => void sign(values))}
        >
          <Stack gap="md">
            <SignatureFields
              statement={intent.statement}
              statementId="signoff-intent-statement"
              accountName={accountName}
              form={form}
            />
            {failure && (
              <Alert color="red" variant="light" title={t('signoff.failed')}>
                {failure}
              </Alert>
            )}
            <Group gap="sm" wrap="wrap">
              <Button variant="default" onClick={onBack}>
                {t('signoff.sign.change')}
              </Button>
              <Button type="submit" loading={decision.loading}>
                {t(`signoff.sign.submit.${draft.decision}`)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
