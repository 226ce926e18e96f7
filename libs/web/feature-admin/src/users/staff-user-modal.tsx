import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, type StaffRole, type UserRole } from '@iep/web/data-access';
import { LIMITS, collect, emailProblem, optionalText, requiredText, type Problems } from '../admin-rules';
import { SaveFailure, useNotifySuccess, useProblemText } from '../admin-ui';

const CreateStaffUserMutation = graphql(`
  mutation CreateStaffUser($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      id
      displayName
    }
  }
`);

const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      displayName
      role
      specialty
      locale
    }
  }
`);

export const STAFF_ROLES: StaffRole[] = [
  'GENERAL_EDUCATION_TEACHER',
  'SPECIAL_EDUCATION_TEACHER',
  'SPECIALIST',
  'DISTRICT_REPRESENTATIVE',
  'DISTRICT_ADMIN',
];

export type EditableUser = {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  specialty?: string | null;
  locale: string;
};

type Props = {
  opened: boolean;
  /** null to create a staff account. */
  user: EditableUser | null;
  isSelf: boolean;
  onClose: () => void;
  onSaved: () => void;
};

export function StaffUserModal({ opened, user, isSelf, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        user ? t('admin.users.form.editTitle', { name: user.displayName }) : t('admin.users.form.createTitle')
      }
      closeButtonProps={{ 'aria-label': t('admin.common.close') }}
    >
      {opened && (
        <StaffUserForm
          key={user?.id ?? 'new'}
          user={user}
          isSelf={isSelf}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

type Field = 'email' | 'displayName' | 'specialty';

function StaffUserForm({ user, isSelf, onClose, onSaved }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const problemText = useProblemText();
  const [createStaffUser, created] = useMutation(CreateStaffUserMutation);
  const [updateUser, updated] = useMutation(UpdateUserMutation);
  const [email, setEmail] = useState(user?.email ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [role, setRole] = useState<UserRole>(user?.role ?? 'GENERAL_EDUCATION_TEACHER');
  const [specialty, setSpecialty] = useState(user?.specialty ?? '');
  const [locale, setLocale] = useState(user?.locale ?? 'en');
  const [problems, setProblems] = useState<Problems<Field>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const refs = {
    email: useRef<HTMLInputElement>(null),
    displayName: useRef<HTMLInputElement>(null),
    specialty: useRef<HTMLInputElement>(null),
  };
  const isStaff = (STAFF_ROLES as string[]).includes(role);
  const roleLocked = user !== null && (isSelf || !isStaff);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = collect<Field>({
      email: user ? undefined : emailProblem(email),
      displayName: requiredText(displayName, LIMITS.personName),
      specialty: optionalText(specialty, LIMITS.personName),
    });
    setProblems(found);
    setFailure(null);
    const first = (['email', 'displayName', 'specialty'] as const).find((field) => found[field]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    try {
      if (user) {
        await updateUser({
          variables: {
            input: {
              id: user.id,
              displayName: displayName.trim(),
              specialty: specialty.trim(),
              locale,
              ...(roleLocked ? {} : { role: role as StaffRole }),
            },
          },
        });
        notifySuccess(t('admin.common.saved'));
      } else {
        await createStaffUser({
          variables: {
            input: {
              email: email.trim(),
              displayName: displayName.trim(),
              role: role as StaffRole,
              specialty: specialty.trim() || null,
            },
          },
        });
        notifySuccess(t('admin.users.form.created', { name: displayName.trim() }));
      }
      onSaved();
      onClose();
    } catch (error) {
      setFailure(error);
    }
  }

  const roleOptions = (roleLocked ? [role] : STAFF_ROLES).map((value) => ({
    value,
    label: t(`roles.${value}`),
  }));

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        <SaveFailure error={failure} />
        {!user && (
          <Alert color="blue" variant="light" role="note" title={t('admin.users.form.passwordTitle')}>
            {t('admin.users.form.passwordHint')}
          </Alert>
        )}
        <TextInput
          ref={refs.email}
          label={t('admin.users.form.email')}
          type="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          withAsterisk={false}
          disabled={user !== null}
          description={user ? t('admin.users.form.emailFixed') : undefined}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={problemText(problems.email)}
        />
        <TextInput
          ref={refs.displayName}
          label={t('admin.users.form.displayName')}
          autoComplete="off"
          required
          withAsterisk={false}
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={problemText(problems.displayName)}
        />
        <NativeSelect
          label={t('admin.users.form.role')}
          value={role}
          disabled={roleLocked}
          description={
            roleLocked ? t(isSelf ? 'admin.users.form.ownRole' : 'admin.users.form.familyRole') : undefined
          }
          onChange={(event) => setRole(event.currentTarget.value as UserRole)}
          data={roleOptions}
        />
        <TextInput
          ref={refs.specialty}
          label={t('admin.users.form.specialty')}
          description={t('admin.users.form.specialtyHint')}
          autoComplete="off"
          value={specialty}
          onChange={(event) => setSpecialty(event.currentTarget.value)}
          error={problemText(problems.specialty)}
        />
        {user && (
          <NativeSelect
            label={t('admin.users.form.locale')}
            value={locale}
            onChange={(event) => setLocale(event.currentTarget.value)}
            data={[
              { value: 'en', label: t('admin.locales.en') },
              { value: 'es', label: t('admin.locales.es') },
            ]}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('admin.common.cancel')}
          </Button>
          <Button type="submit" loading={created.loading || updated.loading}>
            {user ? t('admin.common.save') : t('admin.users.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
