import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '@iep/web/data-access';
import type { SignInState } from '../sign-in-route';
import { NewPasswordFields, showPasswordProblems } from './new-password-fields';
import { checkNewPassword, newPasswordErrors } from './new-password-check';
import { passwordRefusal } from './password-errors';
import { OneColumnForm, errorText, focusFirstError } from '@iep/web/ui';

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
  const [failure, setFailure] = useState<Failure | null>(null);
  const form = useForm({
    name: 'reset-password',
    mode: 'controlled',
    initialValues: { password: '', confirmation: '' },
    validate: (values) => newPasswordErrors(t, checkNewPassword(values.password, values.confirmation)),
  });

  async function submit({ password }: { password: string }) {
    setFailure(null);
    try {
      await resetPassword({ variables: { token, newPassword: password } });
    } catch (error) {
      const refusal = passwordRefusal(error);
      if (refusal?.field === 'token') setFailure({ kind: 'expired' });
      // The API also knows the person's name and e-mail address, which this page does not.
      else if (refusal && refusal.problems.length > 0) showPasswordProblems(form, t, refusal.problems);
      else setFailure({ kind: 'message', text: errorText(t, error) });
      return;
    }
    // Every session ended with the reset, this browser's included: drop whatever the cache held and ask
    // the API again who is signed in (nobody) before the sign-in page reads it.
    await client.resetStore();
    await navigate('/sign-in', { replace: true, state: { passwordReset: true } satisfies SignInState });
  }

  return (
    <OneColumnForm
      onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))}
      failure={
        failure?.kind === 'expired' ? (
          <Stack gap="xs">
            <Text size="sm">{t('resetPassword.expired')}</Text>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('resetPassword.askAgain')}
            </Anchor>
          </Stack>
        ) : (
          failure?.text
        )
      }
      failureTitle={t('resetPassword.errorTitle')}
      submitLabel={t('resetPassword.submit')}
      loading={loading}
    >
      <NewPasswordFields form={form} />
    </OneColumnForm>
  );
}
