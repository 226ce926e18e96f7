import { Alert, Button, Group, NativeSelect, Stack, Text, type NativeSelectProps } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { Fragment, useState, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from './admin-rules';
import { FormActions, FormModal, errorText, focusFirstError } from '@iep/web/ui';

/** The text of a form field's problem in the reader's language, for a Mantine input's `error`. */
export function useProblemText() {
  const { t } = useTranslation();
  return (problem: FieldProblem | undefined): string | undefined => {
    if (!problem) return undefined;
    switch (problem.kind) {
      case 'required':
        return t('admin.validation.required');
      case 'emailInvalid':
        return t('admin.validation.emailInvalid');
      case 'tooLong':
        return t('admin.validation.tooLong', { max: problem.max });
      case 'dateOfBirth':
        return t(`admin.validation.dateOfBirth.${problem.problem}`);
    }
  };
}

/**
 * A form of the administration pages (@mantine/form): `check` gives each field's problem with the rules
 * of admin-rules.ts, the API's own. `submit(save)` runs `save` only when no field has one (otherwise the
 * first field to fix takes focus); the message `save` answers is shown as a confirmation, and a refusal
 * of the API is kept in `failure` for `<SaveFailure>`. `name` keeps its fields apart from another form's.
 */
export function useAdminForm<Values extends Record<string, unknown>>(
  name: string,
  initialValues: Values,
  check: (values: Values) => Partial<Record<keyof Values, FieldProblem | undefined>>,
) {
  const problemText = useProblemText();
  const notifySuccess = useNotifySuccess();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<Values>({
    name,
    mode: 'controlled',
    initialValues,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(check(values) as Record<string, FieldProblem | undefined>).flatMap(
          ([field, problem]) => (problem ? [[field, problemText(problem)]] : []),
        ),
      ),
  });
  async function run(save: (values: Values) => Promise<string>, values: Values) {
    setFailure(null);
    try {
      notifySuccess(await save(values));
    } catch (error) {
      setFailure(error);
    }
  }
  const submit = (save: (values: Values) => Promise<string>) =>
    form.onSubmit((values) => void run(save, values), focusFirstError(form));
  return { form, submit, failure };
}

/** The language an account's messages go out in. */
export function LocaleSelect(props: Omit<NativeSelectProps, 'data'>) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      data={[
        { value: 'en', label: t('admin.locales.en') },
        { value: 'es', label: t('admin.locales.es') },
      ]}
      {...props}
    />
  );
}

/** A short confirmation that a change was saved; its close button is labelled, unlike Mantine's default. */
export function useNotifySuccess() {
  const { t } = useTranslation();
  return (message: string) =>
    notifications.show({
      color: 'green',
      message,
      closeButtonProps: { 'aria-label': t('admin.common.close') },
    });
}

/** The API's own message when a save is refused (a CONFLICT says which name or address is taken). */
export function SaveFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={t('admin.common.saveErrorTitle')}>
      {errorText(t, error)}
    </Alert>
  );
}

type ConfirmProps = {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
};

/** Asks before a change that affects someone else at once; the modal keeps focus until answered. */
export function ConfirmModal({
  opened,
  title,
  body,
  confirmLabel,
  danger,
  onConfirm,
  onClose,
}: ConfirmProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormModal opened={opened} onClose={onClose} title={title}>
      <Stack gap="md">
        <SaveFailure error={error} />
        <Text>{body}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('admin.common.cancel')}
          </Button>
          {/* White on the theme's red shade 8 is about 4.1:1; shade 9 reaches AA. */}
          <Button color={danger ? 'red.9' : undefined} loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}

/** What a page gives the dialog that creates or edits one of its records. */
export type RecordDialogProps = {
  opened: boolean;
  onClose: () => void;
  /** After a save, for the page to read its list again. */
  onSaved: () => void;
};

type RecordFormModalProps<R extends { id: string }> = {
  opened: boolean;
  /** null to create a record. */
  record: R | null;
  createTitle: string;
  editTitle: (record: R) => string;
  onClose: () => void;
  children: ReactNode;
};

/**
 * The dialog that creates a record or edits one: titled for what it does, its form started afresh for each
 * record, so one record's values never carry over to the next.
 */
export function RecordFormModal<R extends { id: string }>({
  opened,
  record,
  createTitle,
  editTitle,
  onClose,
  children,
}: RecordFormModalProps<R>) {
  return (
    <FormModal opened={opened} onClose={onClose} title={record ? editTitle(record) : createTitle}>
      <Fragment key={record?.id ?? 'new'}>{children}</Fragment>
    </FormModal>
  );
}

/**
 * A record dialog's two mutations, each taking one `input`: `create` adds the record, `update` saves an edit
 * of it; `loading` while either runs.
 */
export function useRecordMutations<CreateData, CreateInput, UpdateData, UpdateInput>(
  createDocument: TypedDocumentNode<CreateData, { input: CreateInput }>,
  updateDocument: TypedDocumentNode<UpdateData, { input: UpdateInput }>,
) {
  const [createRecord, created] = useMutation(createDocument);
  const [updateRecord, updated] = useMutation(updateDocument);
  return {
    create: (input: CreateInput) => createRecord({ variables: { input } } as never),
    update: (input: UpdateInput) => updateRecord({ variables: { input } } as never),
    loading: created.loading || updated.loading,
  };
}

type RecordFormProps = {
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The API's refusal of the last save, from useAdminForm. */
  failure: unknown;
  onCancel: () => void;
  loading: boolean;
  submitLabel: string;
  children: ReactNode;
};

/** The form inside a RecordFormModal: the API's refusal above the fields, Cancel and the submit below them. */
export function RecordForm({ onSubmit, failure, onCancel, loading, submitLabel, children }: RecordFormProps) {
  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack gap="md">
        <SaveFailure error={failure} />
        {children}
        <FormActions onCancel={onCancel} loading={loading} submitLabel={submitLabel} />
      </Stack>
    </form>
  );
}
