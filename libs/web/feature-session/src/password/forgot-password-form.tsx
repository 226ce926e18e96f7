import { useMutation } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { OneColumnForm, errorText, focusFirstError } from '@iep/web/ui';
import { AccountEmailField } from '../account-email-field';
import { emailProblem } from '../sign-in-rules';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export function ForgotPasswordForm({ onSent }: { onSent: (email: string) => void }) {
  const { t } = useTranslation();
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    name: 'forgot-password',
    mode: 'controlled',
    initialValues: { email: '' },
    validate: (values) => {
      // The API's IsEmail and MaxLength(320), checked here first so the hint comes in the reader's language.
      const problem = emailProblem(values.email.trim());
      return { email: problem && t(`signIn.validation.${problem}`) };
    },
  });

  async function submit(email: string) {
    setFailure(null);
    try {
      await requestReset({ variables: { email } });
      onSent(email);
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  return (
    <OneColumnForm
      onSubmit={form.onSubmit((values) => void submit(values.email.trim()), focusFirstError(form))}
      failure={failure}
      failureTitle={t('forgotPassword.errorTitle')}
      submitLabel={t('forgotPassword.submit')}
      loading={loading}
    >
      <AccountEmailField {...form.getInputProps('email')} />
    </OneColumnForm>
  );
}
