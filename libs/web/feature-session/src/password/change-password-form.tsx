import { useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import type { PasswordOwner } from '@iep/domain/password-policy';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { NewPasswordFields } from './new-password-fields';
import { checkNewPassword, newPasswordErrors, type NewPasswordErrors } from './new-password-check';
import { passwordRefusal } from './password-errors';
import { errorText } from '@iep/web/ui';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

type Errors = NewPasswordErrors & { current?: string };

export function ChangePasswordForm({ owner, onChanged }: { owner: PasswordOwner; onChanged: () => void }) {
  const { t } = useTranslation();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const currentRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);

  function validate(): Errors {
    const check = checkNewPassword(password, confirmation, owner);
    const found: Errors = { ...newPasswordErrors(t, check), current: current ? undefined : t('changePassword.currentRequired') };
    if (!found.password && current && password === current) found.password = t('changePassword.sameAsCurrent');
    return found;
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const found = validate();
    setErrors(found);
    const firstInvalid = found.current ? currentRef : found.password ? passwordRef : found.confirmation ? confirmationRef : null;
    if (firstInvalid) {
      firstInvalid.current?.focus();
      return;
    }
    try {
      await changePassword({ variables: { currentPassword: current, newPassword: password } });
    } catch (error) {
      const refusal = passwordRefusal(error);
      if (refusal?.field === 'currentPassword') {
        setErrors({ current: t('changePassword.wrongCurrent') });
        currentRef.current?.focus();
      } else if (refusal?.field === 'newPassword') {
        const problems = refusal.problems;
        setErrors({
          password:
            problems.length > 0
              ? newPasswordErrors(t, { problems, confirmation: null }).password
              : t('changePassword.sameAsCurrent'),
        });
        passwordRef.current?.focus();
      } else setFailure(errorText(t, error));
      return;
    }
    setCurrent('');
    setPassword('');
    setConfirmation('');
    setErrors({});
    onChanged();
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" title={t('changePassword.errorTitle')}>
            {failure}
          </Alert>
        )}
        <PasswordInput
          ref={currentRef}
          label={t('changePassword.current')}
          autoComplete="current-password"
          required
          withAsterisk={false}
          value={current}
          onChange={(event) => {
            setCurrent(event.currentTarget.value);
            setErrors((previous) => ({ ...previous, current: undefined }));
          }}
          error={errors.current}
          aria-invalid={errors.current ? true : undefined}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
        />
        <NewPasswordFields
          owner={owner}
          password={password}
          confirmation={confirmation}
          onPasswordChange={(value) => {
            setPassword(value);
            setErrors((previous) => ({ ...previous, password: undefined }));
          }}
          onConfirmationChange={(value) => {
            setConfirmation(value);
            setErrors((previous) => ({ ...previous, confirmation: undefined }));
          }}
          errors={errors}
          passwordRef={passwordRef}
          confirmationRef={confirmationRef}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('changePassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
