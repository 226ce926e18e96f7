import { List, PasswordInput, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { PASSWORD_MIN_LENGTH, passwordProblems, type PasswordOwner, type PasswordProblem } from '@iep/domain/password-policy';
import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem, type NewPasswordErrors } from './new-password-check';

type Props = {
  owner?: PasswordOwner;
  password: string;
  confirmation: string;
  onPasswordChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  errors: NewPasswordErrors;
  passwordRef?: Ref<HTMLInputElement>;
  confirmationRef?: Ref<HTMLInputElement>;
};

/**
 * New password and its confirmation, with feedback from the same rules the API applies while the person
 * types. The rules bring a dictionary of common passwords: import this only from lazily loaded pages.
 */
export function NewPasswordFields(props: Props) {
  const { t } = useTranslation();
  const { owner, password, confirmation, errors } = props;
  // Checked after a short pause, so a screen reader announces the result rather than every keystroke.
  const [settled] = useDebouncedValue(password, 400);
  const email = owner?.email;
  const displayName = owner?.displayName;
  // The strength estimate takes milliseconds: once per settled value, not on every render of the form.
  const problems = useMemo(() => (settled ? passwordProblems(settled, { email, displayName }) : null), [settled, email, displayName]);

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <PasswordInput
          ref={props.passwordRef}
          label={t('passwordPolicy.newPassword')}
          description={t('passwordPolicy.rules', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          withAsterisk={false}
          value={password}
          onChange={(event) => props.onPasswordChange(event.currentTarget.value)}
          error={errors.password}
          // Mantine's PasswordInput styles the error but, unlike TextInput, does not mark the input invalid.
          aria-invalid={errors.password ? true : undefined}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
        />
        {/* After a refused submit the field's error says the same; the list returns as soon as the person edits. */}
        <PasswordFeedback problems={errors.password ? null : problems} />
      </Stack>
      <PasswordInput
        ref={props.confirmationRef}
        label={t('passwordPolicy.confirmPassword')}
        autoComplete="new-password"
        required
        withAsterisk={false}
        value={confirmation}
        onChange={(event) => props.onConfirmationChange(event.currentTarget.value)}
        error={errors.confirmation}
        aria-invalid={errors.confirmation ? true : undefined}
        visibilityToggleFocusable
        visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
      />
    </Stack>
  );
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
