import { Alert, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, type StaffRole, type UserRole } from '@iep/web/data-access';
import { EmailField, TextField } from '@iep/web/ui';
import { LIMITS, emailProblem, optionalText, requiredText } from '../admin-rules';
import { LocaleSelect, RecordForm, RecordFormModal, useAdminForm, useRecordMutations, type RecordDialogProps } from '../admin-ui';

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

type Props = RecordDialogProps & {
  /** null to create a staff account. */
  user: EditableUser | null;
  isSelf: boolean;
};

export function StaffUserModal({ opened, user, isSelf, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <RecordFormModal
      opened={opened}
      record={user}
      onClose={onClose}
      createTitle={t('admin.users.form.createTitle')}
      editTitle={({ displayName }) => t('admin.users.form.editTitle', { name: displayName })}
    >
      <StaffUserForm user={user} isSelf={isSelf} onClose={onClose} onSaved={onSaved} />
    </RecordFormModal>
  );
}

function StaffUserForm({ user, isSelf, onClose, onSaved }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const { create, update, loading } = useRecordMutations(CreateStaffUserMutation, UpdateUserMutation);
  const { form, submit, failure } = useAdminForm(
    'staff-user',
    {
      email: user?.email ?? '',
      displayName: user?.displayName ?? '',
      role: user?.role ?? ('GENERAL_EDUCATION_TEACHER' as UserRole),
      specialty: user?.specialty ?? '',
      locale: user?.locale ?? 'en',
    },
    (values) => ({
      email: user ? undefined : emailProblem(values.email),
      displayName: requiredText(values.displayName, LIMITS.personName),
      specialty: optionalText(values.specialty, LIMITS.personName),
    }),
  );
  const { role } = form.values;
  const isStaff = (STAFF_ROLES as string[]).includes(role);
  const roleLocked = user !== null && (isSelf || !isStaff);

  async function save({ email, displayName, specialty, locale }: typeof form.values) {
    if (user) {
      const input = { id: user.id, displayName: displayName.trim(), specialty: specialty.trim(), locale };
      await update({ ...input, ...(roleLocked ? {} : { role: role as StaffRole }) });
    } else {
      const input = {
        email: email.trim(),
        displayName: displayName.trim(),
        specialty: specialty.trim() || null,
      };
      await create({ ...input, role: role as StaffRole });
    }
    onSaved();
    onClose();
    return user ? t('admin.common.saved') : t('admin.users.form.created', { name: displayName.trim() });
  }

  const roleOptions = (roleLocked ? [role] : STAFF_ROLES).map((value) => ({
    value,
    label: t(`roles.${value}`),
  }));

  return (
    <RecordForm
      onSubmit={submit(save)}
      failure={failure}
      onCancel={onClose}
      loading={loading}
      submitLabel={user ? t('admin.common.save') : t('admin.users.form.create')}
    >
      {!user && (
        <Alert color="blue" variant="light" role="note" title={t('admin.users.form.passwordTitle')}>
          {t('admin.users.form.passwordHint')}
        </Alert>
      )}
      <EmailField
        label={t('admin.users.form.email')}
        required
        disabled={user !== null}
        description={user ? t('admin.users.form.emailFixed') : undefined}
        {...form.getInputProps('email')}
      />
      <TextField label={t('admin.users.form.displayName')} required {...form.getInputProps('displayName')} />
      <NativeSelect
        label={t('admin.users.form.role')}
        disabled={roleLocked}
        description={
          roleLocked ? t(isSelf ? 'admin.users.form.ownRole' : 'admin.users.form.familyRole') : undefined
        }
        data={roleOptions}
        {...form.getInputProps('role')}
      />
      <TextField
        label={t('admin.users.form.specialty')}
        description={t('admin.users.form.specialtyHint')}
        {...form.getInputProps('specialty')}
      />
      {user && <LocaleSelect label={t('admin.users.form.locale')} {...form.getInputProps('locale')} />}
    </RecordForm>
  );
}
