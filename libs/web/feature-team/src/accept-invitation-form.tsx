import { useApolloClient, useMutation } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql, MeQuery } from '@iep/web/data-access';
import {
  NewPasswordFields,
  checkNewPassword,
  newPasswordErrors,
  passwordRefusal,
  showPasswordProblems,
} from '@iep/web/feature-session/password';
import { invitationClosedReason, type InvitationClosedReason } from './invitation-errors';
import { OneColumnForm, PasswordField, TextField, errorText, focusFirstError } from '@iep/web/ui';

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      iepId
      user {
        id
        displayName
        locale
        role
      }
    }
  }
`);

type Props = {
  token: string;
  email: string;
  displayName: string;
  needsPassword: boolean;
  /** The link stopped working while the page was open (used, withdrawn, expired). */
  onClosed: (reason: InvitationClosedReason) => void;
};

/** A new account chooses its password here; an existing one proves it is theirs with its own password. */
export function AcceptInvitationForm({ token, email, displayName, needsPassword, onClosed }: Props) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    name: 'accept-invitation',
    mode: 'controlled',
    initialValues: { name: displayName, password: '', confirmation: '' },
    validate: ({ name, password, confirmation }) => {
      if (!needsPassword) return { password: password ? undefined : t('signIn.validation.passwordRequired') };
      const trimmed = name.trim();
      return {
        name: trimmed.length === 0 ? t('team.validation.nameRequired') : trimmed.length > 120 ? t('team.validation.nameTooLong') : undefined,
        ...newPasswordErrors(t, checkNewPassword(password, confirmation, { email, displayName: trimmed })),
      };
    },
  });

  async function submit({ name, password }: { name: string; password: string }) {
    setFailure(null);
    const accepted = await accept({
      variables: { input: { token, password, displayName: needsPassword ? name.trim() : null } },
    }).then(
      (result) => result.data?.acceptInvitation,
      (error: unknown) => void showRefusal(error),
    );
    if (!accepted) return;
    const previous = client.readQuery({ query: MeQuery })?.me;
    // The team page sits behind sign-in: it must know who is signed in before it renders.
    client.writeQuery({ query: MeQuery, data: { me: accepted.user } });
    await navigate(`/ieps/${accepted.iepId}/team`, { replace: true, flushSync: true });
    // Someone else was signed in on this device: nothing of theirs may stay in memory.
    if (previous && previous.id !== accepted.user.id) await client.resetStore();
  }

  function showRefusal(error: unknown) {
    const reason = invitationClosedReason(error);
    if (reason) return onClosed(reason);
    const refusal = passwordRefusal(error);
    if (refusal?.field === 'password') {
      form.setFieldError('password', t('invitation.wrongPassword'));
      form.getInputNode('password')?.focus();
    } else if (refusal && refusal.problems.length > 0) {
      showPasswordProblems(form, t, refusal.problems);
    } else {
      setFailure(errorText(t, error));
    }
  }

  return (
    <OneColumnForm
      onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))}
      failure={failure}
      failureTitle={t('invitation.errorTitle')}
      submitLabel={needsPassword ? t('invitation.acceptNew') : t('invitation.acceptExisting')}
      loading={loading}
    >
      {/* The browser's password manager files the password under this address. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {needsPassword ? (
        <>
          <TextField label={t('invitation.name')} autoComplete="name" required {...form.getInputProps('name')} />
          <NewPasswordFields form={form} owner={{ email, displayName: form.getValues().name.trim() }} />
        </>
      ) : (
        <PasswordField
          label={t('invitation.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
      )}
    </OneColumnForm>
  );
}
