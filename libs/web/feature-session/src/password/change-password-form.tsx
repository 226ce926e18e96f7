import { useMutation } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import type { PasswordOwner } from '@iep/domain/password-policy';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { NewPasswordFields, showPasswordProblems } from './new-password-fields';
import { checkNewPassword, newPasswordErrors } from './new-password-check';
import { passwordRefusal } from './password-errors';
import { OneColumnForm, PasswordField, errorText, focusFirstError } from '@iep/web/ui';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export function ChangePasswordForm({ owner, onChanged }: { owner: PasswordOwner; onChanged: () => void }) {
  const { t } = useTranslation();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    name: 'change-password',
    mode: 'controlled',
    initialValues: { current: '', password: '', confirmation: '' },
    validate: ({ current, password, confirmation }) => {
      const found = newPasswordErrors(t, checkNewPassword(password, confirmation, owner));
      const same = !found.password && current && password === current;
      return {
        current: current ? undefined : t('changePassword.currentRequired'),
        password: same ? t('changePassword.sameAsCurrent') : found.password,
        confirmation: found.confirmation,
      };
    },
  });

  async function submit({ current, password }: { current: string; password: string }) {
    setFailure(null);
    try {
      await changePassword({ variables: { currentPassword: current, newPassword: password } });
    } catch (error) {
      const refusal = passwordRefusal(error);
      if (refusal?.field === 'currentPassword') {
        form.setFieldError('current', t('changePassword.wrongCurrent'));
        form.getInputNode('current')?.focus();
      } else if (refusal?.field === 'newPassword') {
        showPasswordProblems(form, t, refusal.problems, t('changePassword.sameAsCurrent'));
      } else setFailure(errorText(t, error));
      return;
    }
    form.reset();
    onChanged();
  }

  return (
    <OneColumnForm
      onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))}
      failure={failure}
      failureTitle={t('changePassword.errorTitle')}
      submitLabel={t('changePassword.submit')}
      loading={loading}
    >
      <PasswordField
        label={t('changePassword.current')}
        autoComplete="current-password"
        required
        {...form.getInputProps('current')}
      />
      <NewPasswordFields form={form} owner={owner} />
    </OneColumnForm>
  );
}
