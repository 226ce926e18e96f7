import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Checkbox, Divider, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { EmailField, FormActions, FormModal, RecordTable, RowAction, TextField } from '@iep/web/ui';
import { LIMITS, emailProblem, requiredText } from '../admin-rules';
import { ConfirmModal, LocaleSelect, SaveFailure, useAdminForm, useNotifySuccess } from '../admin-ui';

const AddGuardianMutation = graphql(`
  mutation AddGuardian($input: AddGuardianInput!) {
    addGuardian(input: $input) {
      id
      guardians {
        userId
        displayName
        email
        relationship
        rightsHolder
        active
      }
    }
  }
`);

const RemoveGuardianMutation = graphql(`
  mutation RemoveGuardian($studentId: ID!, $userId: ID!) {
    removeGuardian(studentId: $studentId, userId: $userId) {
      id
      guardians {
        userId
        displayName
        email
        relationship
        rightsHolder
        active
      }
    }
  }
`);

const SetGuardianRightsMutation = graphql(`
  mutation SetGuardianRights($input: SetGuardianRightsInput!) {
    setGuardianRights(input: $input) {
      id
      guardians {
        userId
        displayName
        email
        relationship
        rightsHolder
        active
      }
    }
  }
`);

type Guardian = {
  userId: string;
  displayName: string;
  email: string;
  relationship: string;
  rightsHolder: boolean;
  active: boolean;
};
type Student = { id: string; firstName: string; lastName: string; guardians: Guardian[] };

/**
 * A student's parents and guardians: who is linked, linking or unlinking one, and who holds the
 * educational rights. Only the district designates a rights holder: a family member the team invites
 * joins without them until an administrator confirms them here.
 */
export function GuardiansModal({ student, onClose }: { student: Student | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const [removing, setRemoving] = useState<Guardian | null>(null);
  const [changingRights, setChangingRights] = useState<Guardian | null>(null);
  const [removeGuardian] = useMutation(RemoveGuardianMutation);
  const [setGuardianRights] = useMutation(SetGuardianRightsMutation);
  const name = student ? `${student.firstName} ${student.lastName}` : '';

  return (
    <>
      <FormModal
        opened={student !== null && removing === null && changingRights === null}
        onClose={onClose}
        size="lg"
        title={t('admin.guardians.title', { name })}
      >
        {student && (
          <Stack gap="lg">
            {student.guardians.length === 0 ? (
              <Text>{t('admin.guardians.none')}</Text>
            ) : (
              <RecordTable
                minWidth={520}
                tableProps={{ striped: false, verticalSpacing: 'xs' }}
                caption={t('admin.guardians.caption', { name })}
                rows={student.guardians}
                rowKey={(guardian) => guardian.userId}
                columns={[
                  {
                    header: t('admin.guardians.name'),
                    rowHeader: true,
                    cell: (guardian) => (
                      <>
                        {guardian.displayName}
                        <Text size="sm" fw={400} style={{ overflowWrap: 'anywhere' }}>
                          {guardian.email}
                        </Text>
                        {!guardian.active && (
                          <Badge color="red" size="sm" mt={4}>
                            {t('admin.users.inactive')}
                          </Badge>
                        )}
                      </>
                    ),
                  },
                  { header: t('admin.guardians.relationship'), cell: (guardian) => guardian.relationship },
                  {
                    header: t('admin.guardians.rightsHolder'),
                    cell: (guardian) => (
                      <Stack gap={4} align="flex-start">
                        <Text size="sm">
                          {guardian.rightsHolder ? t('admin.common.yes') : t('admin.common.no')}
                        </Text>
                        <RowAction
                          variant="light"
                          label={t(
                            guardian.rightsHolder
                              ? 'admin.guardians.withdrawRightsLabel'
                              : 'admin.guardians.confirmRightsLabel',
                            {
                              name: guardian.displayName,
                            },
                          )}
                          onClick={() => setChangingRights(guardian)}
                        >
                          {guardian.rightsHolder
                            ? t('admin.guardians.withdrawRights')
                            : t('admin.guardians.confirmRights')}
                        </RowAction>
                      </Stack>
                    ),
                  },
                  {
                    header: t('admin.common.actions'),
                    cell: (guardian) => (
                      <RowAction
                        variant="light"
                        color="red"
                        label={t('admin.guardians.removeLabel', { name: guardian.displayName })}
                        onClick={() => setRemoving(guardian)}
                      >
                        {t('admin.guardians.remove')}
                      </RowAction>
                    ),
                  },
                ]}
              />
            )}
            <Divider />
            <AddGuardianForm key={student.id} studentId={student.id} />
          </Stack>
        )}
      </FormModal>
      {student && changingRights && (
        <ConfirmModal
          opened
          danger={changingRights.rightsHolder}
          title={t(
            changingRights.rightsHolder
              ? 'admin.guardians.withdrawRightsTitle'
              : 'admin.guardians.confirmRightsTitle',
            {
              name: changingRights.displayName,
            },
          )}
          body={t(
            changingRights.rightsHolder
              ? 'admin.guardians.withdrawRightsBody'
              : 'admin.guardians.confirmRightsBody',
            {
              name: changingRights.displayName,
              student: name,
            },
          )}
          confirmLabel={
            changingRights.rightsHolder
              ? t('admin.guardians.withdrawRights')
              : t('admin.guardians.confirmRights')
          }
          onConfirm={async () => {
            const rightsHolder = !changingRights.rightsHolder;
            await setGuardianRights({
              variables: { input: { studentId: student.id, userId: changingRights.userId, rightsHolder } },
            });
            notifySuccess(
              t(rightsHolder ? 'admin.guardians.rightsConfirmed' : 'admin.guardians.rightsWithdrawn', {
                name: changingRights.displayName,
              }),
            );
          }}
          onClose={() => setChangingRights(null)}
        />
      )}
      {student && removing && (
        <ConfirmModal
          opened
          danger
          title={t('admin.guardians.confirmTitle', { name: removing.displayName })}
          body={t('admin.guardians.confirmBody', { name: removing.displayName, student: name })}
          confirmLabel={t('admin.guardians.remove')}
          onConfirm={async () => {
            await removeGuardian({ variables: { studentId: student.id, userId: removing.userId } });
            notifySuccess(t('admin.guardians.removed', { name: removing.displayName }));
          }}
          onClose={() => setRemoving(null)}
        />
      )}
    </>
  );
}

function AddGuardianForm({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [addGuardian, { loading }] = useMutation(AddGuardianMutation);
  const { form, submit, failure } = useAdminForm(
    'guardian',
    { email: '', displayName: '', relationship: '', rightsHolder: true, locale: 'en' },
    (values) => ({
      email: emailProblem(values.email),
      displayName: requiredText(values.displayName, LIMITS.personName),
      relationship: requiredText(values.relationship, LIMITS.relationship),
    }),
  );

  async function save(values: typeof form.values) {
    const displayName = values.displayName.trim();
    const input = {
      ...values,
      studentId,
      email: values.email.trim(),
      displayName,
      relationship: values.relationship.trim(),
    };
    await addGuardian({ variables: { input } });
    form.setValues({ email: '', displayName: '', relationship: '' });
    return t('admin.guardians.added', { name: displayName });
  }

  return (
    <form noValidate onSubmit={submit(save)} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('admin.guardians.addHeading')}
        </Title>
        <Alert color="blue" variant="light" role="note">
          {t('admin.guardians.addHint')}
        </Alert>
        <SaveFailure error={failure} />
        <EmailField label={t('admin.guardians.email')} required {...form.getInputProps('email')} />
        <TextField label={t('admin.guardians.name')} required {...form.getInputProps('displayName')} />
        <TextField
          label={t('admin.guardians.relationship')}
          description={t('admin.guardians.relationshipHint')}
          required
          {...form.getInputProps('relationship')}
        />
        <LocaleSelect label={t('admin.guardians.locale')} {...form.getInputProps('locale')} />
        <Checkbox
          label={t('admin.guardians.rightsHolderLabel')}
          description={t('admin.guardians.rightsHolderHint')}
          {...form.getInputProps('rightsHolder', { type: 'checkbox' })}
        />
        <FormActions loading={loading} submitLabel={t('admin.guardians.add')} />
      </Stack>
    </form>
  );
}
