import { Alert, Button, Checkbox, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { decisionReasons, PARENT_DECISION_LIMITS, parentDecisionProblem, type ParentDecisionKind } from '@iep/domain';
import { focusFirstError } from '@iep/web/ui';
import { useTranslation } from 'react-i18next';
import type { VersionPartView } from './version-parts';

export type ParentDecision = ParentDecisionKind;
export type DecisionDraft = { decision: ParentDecision; exceptedPartIds: string[]; reasons: string };
export type DecisionErrors = { decision?: string; exceptedPartIds?: string; reasons?: string };

export const DECISIONS: readonly ParentDecision[] = ['CONSENT', 'CONSENT_WITH_EXCEPTIONS', 'DECLINE'];

type Props = {
  parts: readonly VersionPartView[];
  partNames: ReadonlyMap<string, string>;
  initial: DecisionDraft | null;
  /** A refusal the API gave for the last attempt (e.g. reasons required), shown on its field. */
  serverErrors: DecisionErrors;
  onContinue: (draft: DecisionDraft) => void;
};

export function reasonsOf(text: string): string[] {
  return decisionReasons([text]);
}

type Values = { decision: ParentDecision | ''; exceptedPartIds: string[]; reasons: string };

/** The parent's choice: consent to all, consent except named items, or decline with reasons. */
export function DecisionForm({ parts, partNames, initial, serverErrors, onContinue }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    mode: 'controlled',
    name: 'signoff-decision',
    initialValues: { decision: initial?.decision ?? '', exceptedPartIds: initial?.exceptedPartIds ?? [], reasons: initial?.reasons ?? '' },
    initialErrors: serverErrors,
    // The rule the API applies to the decision (libs/domain), so the parent fixes it before signing.
    validate: ({ decision, exceptedPartIds, reasons }) => {
      if (!decision) return { decision: t('signoff.decide.errors.decisionRequired') };
      const problem = parentDecisionProblem({ decision, exceptedPartIds, reasons: reasonsOf(reasons) });
      return problem ? { [problem.field]: t(`signoff.decide.errors.${problem.reason}`) } : {};
    },
    // A new choice starts over: the problems of the previous one no longer apply.
    onValuesChange: (values, previous) => {
      if (values.decision !== previous.decision) form.clearErrors();
    },
  });
  const { decision } = form.values;

  function submit({ decision, exceptedPartIds, reasons }: Values) {
    if (!decision) return;
    onContinue({
      decision,
      exceptedPartIds: decision === 'CONSENT_WITH_EXCEPTIONS' ? exceptedPartIds : [],
      reasons: decision === 'CONSENT' ? '' : reasons,
    });
  }

  return (
    <form onSubmit={form.onSubmit(submit, focusFirstError(form))} noValidate aria-labelledby="signoff-decide-heading">
      <Stack gap="md">
        <Radio.Group label={t('signoff.decide.question')} required {...form.getInputProps('decision')}>
          <Stack gap="sm" mt="xs">
            {DECISIONS.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`signoff.decide.option.${value}`)}
                description={t(`signoff.decide.optionHelp.${value}`)}
              />
            ))}
          </Stack>
        </Radio.Group>

        {decision === 'CONSENT_WITH_EXCEPTIONS' && (
          <Checkbox.Group
            label={t('signoff.decide.exceptionsLabel')}
            description={t('signoff.decide.exceptionsHelp')}
            required
            {...form.getInputProps('exceptedPartIds')}
          >
            <Stack gap="xs" mt="xs">
              {parts.map((part) => (
                <Checkbox key={part.id} value={part.id} label={partNames.get(part.id)} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}

        {(decision === 'CONSENT_WITH_EXCEPTIONS' || decision === 'DECLINE') && (
          <Textarea
            label={
              decision === 'DECLINE'
                ? t('signoff.decide.reasonsDecline')
                : t('signoff.decide.reasonsExceptions')
            }
            description={
              decision === 'DECLINE'
                ? t('signoff.decide.reasonsDeclineHelp')
                : t('signoff.decide.reasonsExceptionsHelp')
            }
            required={decision === 'DECLINE'}
            autosize
            minRows={3}
            maxLength={PARENT_DECISION_LIMITS.reasonLength}
            {...form.getInputProps('reasons')}
          />
        )}

        {decision === 'DECLINE' && (
          <Alert color="blue" variant="light">
            <Text size="sm">{t('signoff.decide.declineNote')}</Text>
          </Alert>
        )}
        {decision === 'CONSENT_WITH_EXCEPTIONS' && (
          <Alert color="blue" variant="light">
            <Text size="sm">{t('signoff.decide.exceptionsNote')}</Text>
          </Alert>
        )}

        <Button type="submit" style={{ alignSelf: 'flex-start' }}>
          {t('signoff.decide.continue')}
        </Button>
      </Stack>
    </form>
  );
}
