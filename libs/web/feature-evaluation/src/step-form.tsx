import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@iep/web/ui';

type Props = {
  title: string;
  submitLabel: string;
  /** Runs the step; a refusal is shown above the buttons, in the reader's language. */
  onSubmit: () => Promise<unknown>;
  /** The step's fields (useStepForm), checked before asking the API with the same rules; a problem stops the submit. */
  form?: { validate: () => { hasErrors: boolean } };
  children: ReactNode;
  /** Steps taken with one click (no fields) open straight away. */
  startOpen?: boolean;
};

/** One step of an evaluation as a form: opened with a button, a titled form, the API's refusal in words. */
export function StepForm({ title, submitLabel, onSubmit, form, children, startOpen = false }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [open, setOpen] = useState(startOpen);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  if (!open) {
    return (
      <Group>
        <Button variant="light" onClick={() => setOpen(true)}>
          {title}
        </Button>
      </Group>
    );
  }
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      <form
        noValidate
        aria-labelledby={headingId}
        onSubmit={(event) => {
          event.preventDefault();
          if (form?.validate().hasErrors) return;
          setBusy(true);
          setFailure(null);
          onSubmit()
            .then(() => setOpen(startOpen))
            .catch((caught: unknown) => setFailure(errorText(t, caught)))
            .finally(() => setBusy(false));
        }}
      >
        <Stack gap="sm">
          <Title order={4} size="h5" id={headingId}>
            {title}
          </Title>
          {children}
          {failure && (
            <Alert color="red" variant="light" title={t('evaluation.failed')}>
              {failure}
            </Alert>
          )}
          <Group gap="sm">
            {!startOpen && (
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('evaluation.cancel')}
              </Button>
            )}
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
