import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@iep/web/ui';
import { ConflictView } from './conflict-view';
import type { ConflictState } from './save-outcome';
import { clearDraft, storeDraft, type DraftMode } from './drafts';
import { PartFieldInputs } from './part-field-inputs';
import { contentErrors } from './content-problems';
import { checkContent, sameValue, type PartContent } from './part-fields';
import type { SaveOutcome } from './save-outcome';
import { partKind, type PartKindName, type Person } from './types';

export type FormStart = {
  baseVersion: number;
  base: PartContent;
  values: PartContent;
  rationale: string;
  /** True when the values came back from this browser's storage after a reload or a lost connection. */
  restored: boolean;
};

type Props = {
  mode: DraftMode;
  userId: string;
  /** The part's id, or a stand-in for a proposed new goal or service. */
  draftId: string;
  kind: PartKindName;
  start: FormStart;
  /** The part as the server has it now; newer than baseVersion when someone else saved meanwhile. */
  latest: { version: number; content: PartContent; updatedBy?: Person | null; updatedAt?: string | null } | null;
  goals: readonly { id: string; name: string }[];
  goalNames: ReadonlyMap<string, string>;
  label: string;
  submitLabel: string;
  submit: (input: { values: PartContent; baseVersion: number; rationale: string }) => Promise<SaveOutcome>;
  onDone: () => void;
  onCancel: () => void;
};

/**
 * Edits one part (or proposes a change to it). Every keystroke is kept in this browser until the save
 * succeeds; a save names the version it was written against, and a refusal opens the conflict view.
 */
export function PartForm({ mode, userId, draftId, kind, start, latest, goals, goalNames, label, submitLabel, submit, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<{ content: PartContent; rationale: string }>({
    mode: 'controlled',
    initialValues: { content: start.values, rationale: start.rationale },
    // The check the API runs on save (libs/domain's content shapes), worded on the field each problem names.
    validate: ({ content }) => contentErrors(t, partKind(kind), content, checkContent(partKind(kind), content)),
  });
  const values = form.values.content;
  const rationale = form.values.rationale;
  const [base, setBase] = useState<{ version: number; content: PartContent }>({ version: start.baseVersion, content: start.base });
  const [restored, setRestored] = useState(start.restored);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const idPrefix = `${mode}-${draftId}`;
  const suggesting = mode === 'suggest';
  const problemCount = Object.keys(form.errors).length;

  function keep(next: { values?: PartContent; rationale?: string; base?: { version: number; content: PartContent } }) {
    const b = next.base ?? base;
    storeDraft(userId, {
      mode,
      partId: draftId,
      baseVersion: b.version,
      base: b.content,
      values: next.values ?? values,
      rationale: next.rationale ?? rationale,
      savedAt: new Date().toISOString(),
    });
  }

  function change(next: PartContent) {
    form.setFieldValue('content', next);
    // Any edit may settle a problem of another field (an end date before the start): the next save checks again.
    form.clearErrors();
    keep({ values: next });
  }

  async function save(baseVersion: number) {
    setFailure(null);
    if (form.validate().hasErrors) {
      setConflict(null);
      // The first field with a problem takes focus, so keyboard and screen-reader users land on it.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const content = form.getValues().content;
    setBusy(true);
    const outcome = await submit({ values: content, baseVersion, rationale: form.getValues().rationale.trim() });
    setBusy(false);
    if (outcome.kind === 'saved') {
      clearDraft(userId, mode, draftId);
      onDone();
    } else if (outcome.kind === 'conflict') {
      setConflict(outcome.conflict);
    } else if (outcome.kind === 'problems') {
      setConflict(null);
      form.setErrors(contentErrors(t, partKind(kind), content, outcome.problems));
    } else {
      setFailure(errorText(t, outcome.error));
    }
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(base.version);
  }

  function discardRestored() {
    clearDraft(userId, mode, draftId);
    const fresh = latest ? { version: latest.version, content: latest.content } : { version: start.baseVersion, content: start.base };
    setBase(fresh);
    form.setValues({ content: fresh.content, rationale: '' });
    setRestored(false);
    setConflict(null);
  }

  function cancel() {
    clearDraft(userId, mode, draftId);
    onCancel();
  }

  function applyMerge(merged: PartContent, then: 'save' | 'edit') {
    if (!conflict) return;
    const nextBase = { version: conflict.currentVersion, content: conflict.currentContent };
    setBase(nextBase);
    form.setFieldValue('content', merged);
    keep({ values: merged, base: nextBase });
    setConflict(null);
    if (then === 'save') void save(nextBase.version);
  }

  // Someone else saved this part while it was open here: say so, and keep every word typed so far.
  const overtaken = latest && latest.version > base.version && latest.updatedBy?.id !== userId ? latest : null;
  const changed = !sameValue(values, base.content);

  useEffect(() => {
    if (conflict) formRef.current?.querySelector<HTMLElement>('[role="alert"], h4')?.scrollIntoView({ block: 'nearest' });
  }, [conflict]);

  return (
    <form ref={formRef} noValidate onSubmit={handleSubmit} aria-label={label}>
      <Stack gap="md">
        {restored && (
          <Alert color="blue" variant="light" title={t('iep.draft.restoredTitle')}>
            <Text size="sm">{t('iep.draft.restored')}</Text>
            <Button mt="xs" size="compact-sm" variant="default" onClick={discardRestored}>
              {t('iep.draft.discard')}
            </Button>
          </Alert>
        )}
        {overtaken && !conflict && (
          <Alert color="blue" variant="light" title={t('iep.live.overtakenTitle')} role="status">
            <Text size="sm">{t('iep.live.overtaken', { name: overtaken.updatedBy?.displayName ?? t('iep.conflict.someone') })}</Text>
            <Button
              mt="xs"
              size="compact-sm"
              variant="default"
              onClick={() =>
                setConflict({
                  currentVersion: overtaken.version,
                  currentContent: overtaken.content,
                  updatedBy: overtaken.updatedBy ?? null,
                  updatedAt: overtaken.updatedAt ?? null,
                })
              }
            >
              {t('iep.live.compareNow')}
            </Button>
          </Alert>
        )}
        {conflict ? (
          <ConflictView
            kind={kind}
            base={base.content}
            mine={values}
            conflict={conflict}
            goalNames={goalNames}
            busy={busy}
            onSave={(merged) => applyMerge(merged, 'save')}
            onEdit={(merged) => applyMerge(merged, 'edit')}
            onCancel={() => setConflict(null)}
          />
        ) : (
          <>
            <PartFieldInputs kind={kind} values={values} onChange={change} errors={form.errors} goals={goals} idPrefix={idPrefix} />
            {suggesting && (
              <Textarea
                label={t('iep.suggest.rationale')}
                description={t('iep.suggest.rationaleHelp')}
                autosize
                minRows={2}
                value={rationale}
                onChange={(event) => {
                  form.setFieldValue('rationale', event.currentTarget.value);
                  keep({ rationale: event.currentTarget.value });
                }}
              />
            )}
            {problemCount > 0 && (
              <Text c="red.9" size="sm" role="alert">
                {t('iep.problem.summary', { count: problemCount })}
              </Text>
            )}
            {failure && (
              <Alert color="red" variant="light" title={t('iep.editor.saveFailed')}>
                {failure}
              </Alert>
            )}
            <Group gap="sm">
              <Button type="submit" loading={busy} disabled={!changed && !suggesting && !restored}>
                {submitLabel}
              </Button>
              <Button variant="default" onClick={cancel} disabled={busy}>
                {t('iep.editor.cancel')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
