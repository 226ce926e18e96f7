import { useMutation } from '@apollo/client/react';
import { Alert, Button, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, type UserRole } from '@iep/web/data-access';
import { accessEndInstant, checkInvite, type InviteProblem, type InviteValues } from './invite-rules';
import { EmailField, TextField, errorText, focusFirstError } from '@iep/web/ui';

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
  // A parent may only invite a guest; staff most often invite one too, and can change it.
  const [role, setRole] = useState<UserRole>(roles.includes('GUEST') ? 'GUEST' : roles[0]);
  const [failure, setFailure] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const isGuest = role === 'GUEST';
  const form = useForm<InviteValues>({
    name: 'invite',
    mode: 'controlled',
    initialValues: EMPTY,
    onValuesChange: () => setSentTo(null),
    validate: (values) => {
      const found = checkInvite(values, isGuest);
      // The e-mail hints are the sign-in form's, word for word.
      const text = (problem: InviteProblem | undefined) =>
        problem && (isEmailProblem(problem) ? t(`signIn.validation.${problem}`) : t(`team.validation.${problem}`));
      return {
        email: text(found.email),
        displayName: text(found.displayName),
        teamRole: text(found.teamRole),
        accessEnds: text(found.accessEnds),
      };
    },
  });

  async function submit(values: InviteValues) {
    setFailure(null);
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
    form.reset();
    setSentTo(email);
    await onInvited();
  }

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setSentTo(null);
        void submit(values);
      }, focusFirstError(form))}
    >
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" title={t('team.inviteErrorTitle')}>
            {failure}
          </Alert>
        )}
        <EmailField label={t('team.email')} inputMode="email" required {...form.getInputProps('email')} />
        <TextField label={t('team.name')} required {...form.getInputProps('displayName')} />
        {roles.length > 1 && (
          <NativeSelect
            label={t('team.role')}
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as UserRole)}
            data={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
          />
        )}
        <TextInput
          label={t('team.teamRole')}
          description={t('team.teamRoleHint')}
          required
          withAsterisk={false}
          {...form.getInputProps('teamRole')}
        />
        {isGuest && (
          <TextInput
            type="date"
            label={t('team.accessEnds')}
            description={t('team.accessEndsHint')}
            {...form.getInputProps('accessEnds')}
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
