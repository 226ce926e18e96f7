import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, NativeSelect, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowAction, RowActions } from '@iep/web/ui';
import { AdminListPage, useListPage } from '../admin-list-page';
import { graphql, type UserRole, useMe } from '@iep/web/data-access';
import { ConfirmModal, useNotifySuccess } from '../admin-ui';
import { StaffUserModal, type EditableUser } from './staff-user-modal';

export const DistrictUsersQuery = graphql(`
  query DistrictUsers($filter: DistrictUsersFilter, $first: Int, $after: String) {
    districtUsers(filter: $filter, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes {
        id
        email
        displayName
        role
        specialty
        locale
        active
        passwordSet
      }
    }
  }
`);

const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      active
    }
  }
`);

const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
      active
    }
  }
`);

const ROLES: UserRole[] = [
  'GENERAL_EDUCATION_TEACHER',
  'SPECIAL_EDUCATION_TEACHER',
  'SPECIALIST',
  'DISTRICT_REPRESENTATIVE',
  'DISTRICT_ADMIN',
  'PARENT',
  'STUDENT',
  'GUEST',
];

type Status = 'all' | 'active' | 'inactive';
type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: EditableUser }
  | { kind: 'deactivate' | 'reactivate'; user: EditableUser }
  | null;

export function AdminUsersRoute() {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const { me } = useMe();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<UserRole | ''>('');
  const [status, setStatus] = useState<Status>('all');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [dialog, setDialog] = useState<Dialog>(null);
  const variables = {
    filter: {
      search: debouncedSearch || null,
      role: role || null,
      active: status === 'all' ? null : status === 'active',
    },
    first: 25,
  };
  const query = useQuery(DistrictUsersQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const [deactivate] = useMutation(DeactivateUserMutation);
  const [reactivate] = useMutation(ReactivateUserMutation);
  const { list } = useListPage(query, 'districtUsers');

  async function changeActive(user: EditableUser, active: boolean) {
    if (active) await reactivate({ variables: { id: user.id } });
    else await deactivate({ variables: { id: user.id } });
    notifySuccess(
      t(active ? 'admin.users.confirm.reactivated' : 'admin.users.confirm.deactivated', {
        name: user.displayName,
      }),
    );
    // The status filter may no longer include the account.
    await query.refetch();
  }

  return (
    <>
      <AdminListPage
        section="users"
        search={search}
        onSearchChange={setSearch}
        filters={
          <>
            <NativeSelect
              label={t('admin.users.roleFilter')}
              value={role}
              onChange={(event) => setRole(event.currentTarget.value as UserRole | '')}
              data={[
                { value: '', label: t('admin.users.allRoles') },
                ...ROLES.map((value) => ({ value, label: t(`roles.${value}`) })),
              ]}
              style={{ flex: '1 1 12rem' }}
            />
            <NativeSelect
              label={t('admin.users.statusFilter')}
              value={status}
              onChange={(event) => setStatus(event.currentTarget.value as Status)}
              data={[
                { value: 'all', label: t('admin.users.allStatuses') },
                { value: 'active', label: t('admin.users.active') },
                { value: 'inactive', label: t('admin.users.inactive') },
              ]}
              style={{ flex: '0 1 10rem' }}
            />
            <Button onClick={() => setDialog({ kind: 'create' })}>{t('admin.users.create')}</Button>
          </>
        }
        list={list}
        table={{
          minWidth: 760,
          rowKey: (user) => user.id,
          columns: [
            {
              header: t('admin.users.name'),
              rowHeader: true,
              cell: (user) => (
                <>
                  {user.displayName}
                  {user.specialty && (
                    <Text size="sm" c="dimmed" fw={400}>
                      {user.specialty}
                    </Text>
                  )}
                </>
              ),
            },
            {
              header: t('admin.users.email'),
              cell: (user) => user.email,
              style: { overflowWrap: 'anywhere' },
            },
            { header: t('admin.users.role'), cell: (user) => t(`roles.${user.role}`) },
            {
              header: t('admin.users.status'),
              cell: (user) => (
                <Group gap={4}>
                  <Badge color={user.active ? 'green' : 'red'}>
                    {user.active ? t('admin.users.active') : t('admin.users.inactive')}
                  </Badge>
                  {!user.passwordSet && <Badge color="gray">{t('admin.users.noPassword')}</Badge>}
                </Group>
              ),
            },
            {
              header: t('admin.common.actions'),
              cell: (user) => (
                <RowActions>
                  <RowAction
                    label={t('admin.users.editLabel', { name: user.displayName })}
                    onClick={() => setDialog({ kind: 'edit', user })}
                  >
                    {t('admin.common.edit')}
                  </RowAction>
                  {user.id !== me?.id &&
                    (user.active ? (
                      <RowAction
                        variant="light"
                        color="red"
                        label={t('admin.users.deactivateLabel', { name: user.displayName })}
                        onClick={() => setDialog({ kind: 'deactivate', user })}
                      >
                        {t('admin.users.deactivate')}
                      </RowAction>
                    ) : (
                      <RowAction
                        label={t('admin.users.reactivateLabel', { name: user.displayName })}
                        onClick={() => setDialog({ kind: 'reactivate', user })}
                      >
                        {t('admin.users.reactivate')}
                      </RowAction>
                    ))}
                </RowActions>
              ),
            },
          ],
        }}
      />

      <StaffUserModal
        opened={dialog?.kind === 'create' || dialog?.kind === 'edit'}
        user={dialog?.kind === 'edit' ? dialog.user : null}
        isSelf={dialog?.kind === 'edit' && dialog.user.id === me?.id}
        onClose={() => setDialog(null)}
        onSaved={() => void query.refetch()}
      />
      {(dialog?.kind === 'deactivate' || dialog?.kind === 'reactivate') && (
        <ConfirmModal
          opened
          danger={dialog.kind === 'deactivate'}
          title={t(`admin.users.confirm.${dialog.kind}Title`, { name: dialog.user.displayName })}
          body={t(`admin.users.confirm.${dialog.kind}Body`, { name: dialog.user.displayName })}
          confirmLabel={t(`admin.users.${dialog.kind}`)}
          onConfirm={() => changeActive(dialog.user, dialog.kind === 'reactivate')}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
