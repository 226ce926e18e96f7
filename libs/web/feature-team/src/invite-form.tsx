import { useMutation } from '@apollo/client/react';
import { Alert, Button, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, type UserRole } from '@iep/web/data-access';
import { accessEndInstant, checkInvite, type InviteField, type InviteProblem, type InviteValues } from './invite-rules';
import { errorText } from '@iep/web/ui';

const InviteToTeamMutation = graphql(`
  mutation InviteToTeam($input: InviteToTeamInput!) {
    inviteToTeam(input: $input) {
      id
      email
    }
  }
`);

const EMPTY: InviteValues = { email: '', displayName: '', teamRole: '', accessEnds: '' };

type Props = {
  iepId: string;
  roles: readonly UserRole[];
  /** After the API accepted the invitation, so the page can show it among the pending ones. */
  onInvited: () => Promise<unknown>;
};

export function InviteForm({ iepId, roles, onInvited }: Props) {
  const { t } = useTranslation();
  const [invite, { loading }] = useMutation(InviteToTeamMutation);
  const [values, setValues] = useState<InviteValues>(EMPTY);
  // A parent may only invite a guest; staff most often invite one too, and can change it.
  const [role, setRole] = useState<UserRole>(roles.includes('GUEST') ? 'GUEST' : roles[0]);
  const [problems, setProblems] = useState<Partial<Record<InviteField, InviteProblem>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const refs = {
    email: useRef<HTMLInputElement>(null),
    displayName: useRef<HTMLInputElement>(null),
    teamRole: useRef<HTMLInputElement>(null),
    accessEnds: useRef<HTMLInputElement>(null),
  };
  const isGuest = role === 'GUEST';

  function change(field: keyof InviteValues, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
    setSentTo(null);
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setSentTo(null);
    const found = checkInvite(values, isGuest);
    setProblems(found);
    const firstInvalid = (['email', 'displayName', 'teamRole', 'accessEnds'] as const).find((field) => found[field]);
    if (firstInvalid) {
      refs[firstInvalid].current?.focus();
      return;
    }
    const email = values.email.trim();
    try {
      await invite({
        variables: {
          input: {
            iepId,
            email,
            displayName: values.displayName.trim(),
            role,
            teamRole: values.teamRole.trim(),
            expiresAt: isGuest && values.accessEnds ? accessEndInstant(values.accessEnds)?.toISOString() : null,
          },
        },
      });
    } catch (error) {
      setFailure(errorText(t, error));
      return;
    }
    setValues(EMPTY);
    setSentTo(email);
    await onInvited();
  }

  const problem = (field: InviteField) => {
    const found = problems[field];
    if (!found) return undefined;
    // The e-mail hints are the sign-in form's, word for word.
    return isEmailProblem(found) ? t(`signIn.validation.${found}`) : t(`team.validation.${found}`);
  };

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" title={t('team.inviteErrorTitle')}>
            {failure}
          </Alert>
        )}
        <TextInput
          ref={refs.email}
          label={t('team.email')}
          type="email"
          inputMode="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          withAsterisk={false}
          value={values.email}
          onChange={(event) => change('email', event.currentTarget.value)}
          error={problem('email')}
        />
        <TextInput
          ref={refs.displayName}
          label={t('team.name')}
          autoComplete="off"
          required
          withAsterisk={false}
          value={values.displayName}
          onChange={(event) => change('displayName', event.currentTarget.value)}
          error={problem('displayName')}
        />
        {roles.length > 1 && (
          <NativeSelect
            label={t('team.role')}
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as UserRole)}
            data={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
          />
        )}
        <TextInput
          ref={refs.teamRole}
          label={t('team.teamRole')}
          description={t('team.teamRoleHint')}
          required
          withAsterisk={false}
          value={values.teamRole}
          onChange={(event) => change('teamRole', event.currentTarget.value)}
          error={problem('teamRole')}
        />
        {isGuest && (
          <TextInput
            ref={refs.accessEnds}
            type="date"
            label={t('team.accessEnds')}
            description={t('team.accessEndsHint')}
            value={values.accessEnds}
            onChange={(event) => change('accessEnds', event.currentTarget.value)}
            error={problem('accessEnds')}
          />
        )}
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('team.send')}
        </Button>
        <div role="status">{sentTo && <Text>{t('team.sent', { email: sentTo })}</Text>}</div>
      </Stack>
    </form>
  );
}

function isEmailProblem(problem: InviteProblem): problem is Extract<InviteProblem, `email${string}`> {
  return problem.startsWith('email');
}
