import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Divider,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { RecordTable, RowAction } from '@iep/web/ui';
import { LIMITS, collect, emailProblem, requiredText, type Problems } from '../admin-rules';
import { ConfirmModal, SaveFailure, useNotifySuccess, useProblemText } from '../admin-ui';

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
      <Modal
        opened={student !== null && removing === null && changingRights === null}
        onClose={onClose}
        size="lg"
        title={t('admin.guardians.title', { name })}
        closeButtonProps={{ 'aria-label': t('admin.common.close') }}
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
                        <Text size="sm">{guardian.rightsHolder ? t('admin.common.yes') : t('admin.common.no')}</Text>
                        <RowAction
                          variant="light"
                          label={t(guardian.rightsHolder ? 'admin.guardians.withdrawRightsLabel' : 'admin.guardians.confirmRightsLabel', {
                            name: guardian.displayName,
                          })}
                          onClick={() => setChangingRights(guardian)}
                        >
                          {guardian.rightsHolder ? t('admin.guardians.withdrawRights') : t('admin.guardians.confirmRights')}
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
      </Modal>
      {student && changingRights && (
        <ConfirmModal
          opened
          danger={changingRights.rightsHolder}
          title={t(changingRights.rightsHolder ? 'admin.guardians.withdrawRightsTitle' : 'admin.guardians.confirmRightsTitle', {
            name: changingRights.displayName,
          })}
          body={t(changingRights.rightsHolder ? 'admin.guardians.withdrawRightsBody' : 'admin.guardians.confirmRightsBody', {
            name: changingRights.displayName,
            student: name,
          })}
          confirmLabel={changingRights.rightsHolder ? t('admin.guardians.withdrawRights') : t('admin.guardians.confirmRights')}
          onConfirm={async () => {
            const rightsHolder = !changingRights.rightsHolder;
            await setGuardianRights({ variables: { input: { studentId: student.id, userId: changingRights.userId, rightsHolder } } });
            notifySuccess(
              t(rightsHolder ? 'admin.guardians.rightsConfirmed' : 'admin.guardians.rightsWithdrawn', { name: changingRights.displayName }),
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

type Field = 'email' | 'displayName' | 'relationship';

function AddGuardianForm({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const problemText = useProblemText();
  const headingId = useId();
  const [addGuardian, { loading }] = useMutation(AddGuardianMutation);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [relationship, setRelationship] = useState('');
  const [rightsHolder, setRightsHolder] = useState(true);
  const [locale, setLocale] = useState('en');
  const [problems, setProblems] = useState<Problems<Field>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const refs = {
    email: useRef<HTMLInputElement>(null),
    displayName: useRef<HTMLInputElement>(null),
    relationship: useRef<HTMLInputElement>(null),
  };

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = collect<Field>({
      email: emailProblem(email),
      displayName: requiredText(displayName, LIMITS.personName),
      relationship: requiredText(relationship, LIMITS.relationship),
    });
    setProblems(found);
    setFailure(null);
    const first = (['email', 'displayName', 'relationship'] as const).find((field) => found[field]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    try {
      await addGuardian({
        variables: {
          input: {
            studentId,
            email: email.trim(),
            displayName: displayName.trim(),
            relationship: relationship.trim(),
            rightsHolder,
            locale,
          },
        },
      });
      notifySuccess(t('admin.guardians.added', { name: displayName.trim() }));
      setEmail('');
      setDisplayName('');
      setRelationship('');
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('admin.guardians.addHeading')}
        </Title>
        <Alert color="blue" variant="light" role="note">
          {t('admin.guardians.addHint')}
        </Alert>
        <SaveFailure error={failure} />
        <TextInput
          ref={refs.email}
          label={t('admin.guardians.email')}
          type="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          withAsterisk={false}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={problemText(problems.email)}
        />
        <TextInput
          ref={refs.displayName}
          label={t('admin.guardians.name')}
          autoComplete="off"
          required
          withAsterisk={false}
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={problemText(problems.displayName)}
        />
        <TextInput
          ref={refs.relationship}
          label={t('admin.guardians.relationship')}
          description={t('admin.guardians.relationshipHint')}
          autoComplete="off"
          required
          withAsterisk={false}
          value={relationship}
          onChange={(event) => setRelationship(event.currentTarget.value)}
          error={problemText(problems.relationship)}
        />
        <NativeSelect
          label={t('admin.guardians.locale')}
          value={locale}
          onChange={(event) => setLocale(event.currentTarget.value)}
          data={[
            { value: 'en', label: t('admin.locales.en') },
            { value: 'es', label: t('admin.locales.es') },
          ]}
        />
        <Checkbox
          label={t('admin.guardians.rightsHolderLabel')}
          description={t('admin.guardians.rightsHolderHint')}
          checked={rightsHolder}
          onChange={(event) => setRightsHolder(event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('admin.guardians.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
