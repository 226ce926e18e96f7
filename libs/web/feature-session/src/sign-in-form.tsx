import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { checkSignIn, type SignInField, type SignInProblem } from './sign-in-rules';
import { errorText } from '@iep/web/ui';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        displayName
        locale
        role
      }
    }
  }
`);

export function SignInForm() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Partial<Record<SignInField, SignInProblem>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmedEmail = email.trim();
    const found = checkSignIn(trimmedEmail, password);
    setProblems(found);
    setFailure(null);
    if (found.email || found.password) {
      (found.email ? emailRef : passwordRef).current?.focus();
      return;
    }

    try {
      await signIn({ variables: { input: { email: trimmedEmail, password } } });
      // Drops whatever an earlier session left in the cache and asks the API who is signed in now;
      // the sign-in route moves on as soon as that answer arrives.
      await client.resetStore();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" title={t('signIn.errorTitle')}>
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
          onChange={(event) => {
            setEmail(event.currentTarget.value);
          }}
          error={problems.email && t(`signIn.validation.${problems.email}`)}
        />
        <PasswordInput
          ref={passwordRef}
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          withAsterisk={false}
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
          }}
          error={problems.password && t(`signIn.validation.${problems.password}`)}
          // Mantine's PasswordInput styles the error but, unlike TextInput, does not mark the input invalid.
          aria-invalid={problems.password ? true : undefined}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
