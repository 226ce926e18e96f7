import { Alert, Button, Checkbox, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionPartView } from './version-parts';

export type ParentDecision = 'CONSENT' | 'CONSENT_WITH_EXCEPTIONS' | 'DECLINE';
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
  const trimmed = text.trim();
  return trimmed ? [trimmed] : [];
}

/** The parent's choice: consent to all, consent except named items, or decline with reasons. */
export function DecisionForm({ parts, partNames, initial, serverErrors, onContinue }: Props) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<ParentDecision | null>(initial?.decision ?? null);
  const [excepted, setExcepted] = useState<string[]>(initial?.exceptedPartIds ?? []);
  const [reasons, setReasons] = useState(initial?.reasons ?? '');
  const [errors, setErrors] = useState<DecisionErrors>({});
  const shown = { ...serverErrors, ...errors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: DecisionErrors = {};
    if (!decision) found.decision = t('signoff.decide.errors.decisionRequired');
    if (decision === 'CONSENT_WITH_EXCEPTIONS' && excepted.length === 0)
      found.exceptedPartIds = t('signoff.decide.errors.EXCEPTIONS_REQUIRED');
    if (decision === 'DECLINE' && !reasons.trim())
      found.reasons = t('signoff.decide.errors.REASONS_REQUIRED');
    setErrors(found);
    if (Object.keys(found).length > 0 || !decision) return;
    onContinue({
      decision,
      exceptedPartIds: decision === 'CONSENT_WITH_EXCEPTIONS' ? excepted : [],
      reasons: decision === 'CONSENT' ? '' : reasons,
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="signoff-decide-heading">
      <Stack gap="md">
        <Radio.Group
          label={t('signoff.decide.question')}
          value={decision ?? ''}
          onChange={(value) => {
            setDecision(value as ParentDecision);
            setErrors({});
          }}
          error={shown.decision}
          required
        >
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
            value={excepted}
            onChange={setExcepted}
            error={shown.exceptedPartIds}
            required
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
            value={reasons}
            onChange={(event) => setReasons(event.currentTarget.value)}
            error={shown.reasons}
            required={decision === 'DECLINE'}
            autosize
            minRows={3}
            maxLength={4000}
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
