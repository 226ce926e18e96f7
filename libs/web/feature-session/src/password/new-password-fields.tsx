import { List, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { PASSWORD_MIN_LENGTH, passwordProblems, type PasswordOwner, type PasswordProblem } from '@iep/domain/password-policy';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '@iep/web/ui';
import { describeProblem, newPasswordErrors } from './new-password-check';

type PasswordValues = { password: string; confirmation: string };

type Props<Values extends PasswordValues> = {
  /** A @mantine/form form with `password` and `confirmation`, validated with `newPasswordErrors`. */
  form: UseFormReturnType<Values>;
  owner?: PasswordOwner;
};

/**
 * New password and its confirmation, with feedback from the same rules the API applies while the person
 * types. The rules bring a dictionary of common passwords: import this only from lazily loaded pages.
 */
export function NewPasswordFields<Values extends PasswordValues>({ form, owner }: Props<Values>) {
  const { t } = useTranslation();
  const { password } = form.getValues();
  const error = form.errors['password'];
  // Checked after a short pause, so a screen reader announces the result rather than every keystroke.
  const [settled] = useDebouncedValue(password, 400);
  const email = owner?.email;
  const displayName = owner?.displayName;
  // The strength estimate takes milliseconds: once per settled value, not on every render of the form.
  const problems = useMemo(() => (settled ? passwordProblems(settled, { email, displayName }) : null), [settled, email, displayName]);

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <PasswordField
          label={t('passwordPolicy.newPassword')}
          description={t('passwordPolicy.rules', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        {/* After a refused submit the field's error says the same; the list returns as soon as the person edits. */}
        <PasswordFeedback problems={error ? null : problems} />
      </Stack>
      <PasswordField
        label={t('passwordPolicy.confirmPassword')}
        autoComplete="new-password"
        required
        {...form.getInputProps('confirmation')}
      />
    </Stack>
  );
}

/** Shows the API's refusal of a new password at its field, in the reader's language, and moves focus there. */
export function showPasswordProblems<Values extends PasswordValues>(
  form: UseFormReturnType<Values>,
  t: TFunction,
  problems: PasswordProblem[],
  fallback?: string,
) {
  form.setFieldError('password', newPasswordErrors(t, { problems, confirmation: null }).password ?? fallback);
  form.getInputNode('password')?.focus();
}

function PasswordFeedback({ problems }: { problems: PasswordProblem[] | null }) {
  const { t } = useTranslation();
  return (
    <div role="status">
      {problems && problems.length === 0 && (
        <Text size="sm">
          <span aria-hidden="true">✓ </span>
          {t('passwordPolicy.meetsRules')}
        </Text>
      )}
      {problems && problems.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {t('passwordPolicy.stillToFix')}
          </Text>
          <List size="sm">
            {problems.map((problem) => (
              <List.Item key={problem}>{describeProblem(t, problem)}</List.Item>
            ))}
          </List>
        </>
      )}
    </div>
  );
}
