import { PasswordInput, TextInput, type PasswordInputProps, type TextInputProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A text input of a form. `required` tells assistive technology without Mantine's asterisk (the forms say
 * which fields are needed in their own words); the browser does not fill it in unless `autoComplete` says so.
 */
export function TextField(props: TextInputProps) {
  return <TextInput autoComplete="off" withAsterisk={false} {...props} />;
}

/** An e-mail address: no capital letter or spelling correction forced on it. */
export function EmailField(props: TextInputProps) {
  return <TextField type="email" autoCapitalize="none" spellCheck={false} {...props} />;
}

/**
 * A password input whose error also marks it invalid (Mantine's PasswordInput styles the error but, unlike
 * TextInput, does not set aria-invalid) and whose show/hide button is named and reachable by keyboard.
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      withAsterisk={false}
      aria-invalid={props.error ? true : undefined}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('app.showPassword') }}
      {...props}
    />
  );
}

type FormWithNodes = { getInputNode: (path: never) => HTMLElement | null };

/**
 * For `form.onSubmit(save, focusFirstError(form))` of @mantine/form: after a refused submit the first field
 * with a problem takes focus, so a screen reader reads its message.
 */
export function focusFirstError(form: FormWithNodes) {
  return (errors: Record<string, ReactNode>) => {
    const first = Object.keys(errors)[0];
    if (first) (form.getInputNode as (path: string) => HTMLElement | null)(first)?.focus();
  };
}
