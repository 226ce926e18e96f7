import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql, MeQuery } from '@iep/web/data-access';
import { NewPasswordFields, checkNewPassword, newPasswordErrors, type NewPasswordErrors, passwordRefusal } from '@iep/web/feature-session/password';
import { invitationClosedReason, type InvitationClosedReason } from './invitation-errors';
import { errorText } from '@iep/web/ui';

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

type Errors = NewPasswordErrors & { name?: string; existing?: string };

/** A new account chooses its password here; an existing one proves it is theirs with its own password. */
export function AcceptInvitationForm({ token, email, displayName, needsPassword, onClosed }: Props) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const [name, setName] = useState(displayName);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);

  function validate(): Errors {
    if (!needsPassword) return { existing: password ? undefined : t('signIn.validation.passwordRequired') };
    const trimmed = name.trim();
    return {
      ...newPasswordErrors(t, checkNewPassword(password, confirmation, { email, displayName: trimmed })),
      name: trimmed.length === 0 ? t('team.validation.nameRequired') : trimmed.length > 120 ? t('team.validation.nameTooLong') : undefined,
    };
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const found = validate();
    setErrors(found);
    const firstInvalid = found.name ? nameRef : found.password || found.existing ? passwordRef : found.confirmation ? confirmationRef : null;
    if (firstInvalid) {
      firstInvalid.current?.focus();
      return;
    }
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
      setErrors({ existing: t('invitation.wrongPassword') });
      passwordRef.current?.focus();
    } else if (refusal && refusal.problems.length > 0) {
      setErrors(newPasswordErrors(t, { problems: refusal.problems, confirmation: null }));
      passwordRef.current?.focus();
    } else {
      setFailure(errorText(t, error));
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" title={t('invitation.errorTitle')}>
            {failure}
          </Alert>
        )}
        {needsPassword ? (
          <>
            <TextInput
              ref={nameRef}
              label={t('invitation.name')}
              autoComplete="name"
              required
              withAsterisk={false}
              value={name}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setErrors((current) => ({ ...current, name: undefined }));
              }}
              error={errors.name}
            />
            {/* The browser's password manager files the new password under this address. */}
            <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
            <NewPasswordFields
              owner={{ email, displayName: name.trim() }}
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
          </>
        ) : (
          <>
            <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
            <PasswordInput
              ref={passwordRef}
              label={t('invitation.password')}
              autoComplete="current-password"
              required
              withAsterisk={false}
              value={password}
              onChange={(event) => {
                setPassword(event.currentTarget.value);
                setErrors({});
              }}
              error={errors.existing}
              // Mantine's PasswordInput styles the error but, unlike TextInput, does not mark the input invalid.
              aria-invalid={errors.existing ? true : undefined}
              visibilityToggleFocusable
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
            />
          </>
        )}
        <Button type="submit" loading={loading} fullWidth>
          {needsPassword ? t('invitation.acceptNew') : t('invitation.acceptExisting')}
        </Button>
      </Stack>
    </form>
  );
}
