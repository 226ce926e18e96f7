import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '@iep/web/data-access';
import type { SignInState } from '../sign-in-route';
import { NewPasswordFields } from './new-password-fields';
import { checkNewPassword, isAcceptable, newPasswordErrors, type NewPasswordErrors } from './new-password-check';
import { passwordRefusal } from './password-errors';
import { errorText } from '@iep/web/ui';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

type Failure = { kind: 'expired' } | { kind: 'message'; text: string };

export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const check = checkNewPassword(password, confirmation);
    const found = newPasswordErrors(t, check);
    setErrors(found);
    if (!isAcceptable(check)) {
      (found.password ? passwordRef : confirmationRef).current?.focus();
      return;
    }
    try {
      await resetPassword({ variables: { token, newPassword: password } });
    } catch (error) {
      const refusal = passwordRefusal(error);
      if (refusal?.field === 'token') setFailure({ kind: 'expired' });
      else if (refusal && refusal.problems.length > 0) {
        // The API also knows the person's name and e-mail address, which this page does not.
        setErrors(newPasswordErrors(t, { problems: refusal.problems, confirmation: null }));
        passwordRef.current?.focus();
      } else setFailure({ kind: 'message', text: errorText(t, error) });
      return;
    }
    // Every session ended with the reset, this browser's included: drop whatever the cache held and ask
    // the API again who is signed in (nobody) before the sign-in page reads it.
    await client.resetStore();
    await navigate('/sign-in', { replace: true, state: { passwordReset: true } satisfies SignInState });
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" title={t('resetPassword.errorTitle')}>
            {failure.kind === 'expired' ? (
              <Stack gap="xs">
                <Text size="sm">{t('resetPassword.expired')}</Text>
                <Anchor component={Link} to="/forgot-password" size="sm">
                  {t('resetPassword.askAgain')}
                </Anchor>
              </Stack>
            ) : (
              failure.text
            )}
          </Alert>
        )}
        <NewPasswordFields
          password={password}
          confirmation={confirmation}
          onPasswordChange={(value) => {
            setPassword(value);
            setErrors((current) => ({ ...current, password: undefined }));
          }}
          onConfirmationChange={(value) => {
            setConfirmation(value);
            setErrors((current) => ({ ...current, confirmation: undefined }));
          }}
          errors={errors}
          passwordRef={passwordRef}
          confirmationRef={confirmationRef}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('resetPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
