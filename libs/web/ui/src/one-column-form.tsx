import { Alert, Button, Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';

type Props = {
  /** `form.onSubmit(…)` of @mantine/form. */
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The API's refusal in words, shown above the fields under `failureTitle`. */
  failure: ReactNode;
  failureTitle: string;
  submitLabel: string;
  loading: boolean;
  children: ReactNode;
};

/** A form of one column (sign-in, password, invitation): the refusal above the fields, a full-width submit below. */
export function OneColumnForm({ onSubmit, failure, failureTitle, submitLabel, loading, children }: Props) {
  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" title={failureTitle}>
            {failure}
          </Alert>
        )}
        {children}
        <Button type="submit" loading={loading} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
