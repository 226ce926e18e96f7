import { useApolloClient, useMutation } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { checkSignIn } from './sign-in-rules';
import { AccountEmailField } from './account-email-field';
import { OneColumnForm, PasswordField, errorText, focusFirstError } from '@iep/web/ui';

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
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    name: 'sign-in',
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    transformValues: (values) => ({ ...values, email: values.email.trim() }),
    validate: (values) => {
      const found = checkSignIn(values.email.trim(), values.password);
      return {
        email: found.email && t(`signIn.validation.${found.email}`),
        password: found.password && t(`signIn.validation.${found.password}`),
      };
    },
  });

  async function submit(input: { email: string; password: string }) {
    setFailure(null);
    try {
      await signIn({ variables: { input } });
      // Drops whatever an earlier session left in the cache and asks the API who is signed in now;
      // the sign-in route moves on as soon as that answer arrives.
      await client.resetStore();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  return (
    <OneColumnForm
      onSubmit={form.onSubmit((input) => void submit(input), focusFirstError(form))}
      failure={failure}
      failureTitle={t('signIn.errorTitle')}
      submitLabel={t('signIn.submit')}
      loading={loading}
    >
      <AccountEmailField {...form.getInputProps('email')} />
      <PasswordField
        label={t('signIn.password')}
        autoComplete="current-password"
        required
        {...form.getInputProps('password')}
      />
    </OneColumnForm>
  );
}
