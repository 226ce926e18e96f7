import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { errorText } from '@iep/web/ui';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

// The API's IsEmail and MaxLength(320), checked here first so the hint comes in the reader's language.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type EmailProblem = 'emailRequired' | 'emailInvalid' | 'emailTooLong';

function emailProblem(email: string): EmailProblem | null {
  if (email.length === 0) return 'emailRequired';
  if (email.length > 320) return 'emailTooLong';
  return EMAIL_SHAPE.test(email) ? null : 'emailInvalid';
}

export function ForgotPasswordForm({ onSent }: { onSent: (email: string) => void }) {
  const { t } = useTranslation();
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<EmailProblem | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = email.trim();
    const found = emailProblem(trimmed);
    setProblem(found);
    setFailure(null);
    if (found) {
      emailRef.current?.focus();
      return;
    }
    try {
      await requestReset({ variables: { email: trimmed } });
      onSent(trimmed);
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" title={t('forgotPassword.errorTitle')}>
            {failure}
          </Alert>
        )}
        <TextInput
          ref={emailRef}
          label={t('signIn.email')}
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          withAsterisk={false}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={problem && t(`signIn.validation.${problem}`)}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('forgotPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
