import { useMutation } from '@apollo/client/react';
import { Badge, NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage, graphql } from '@iep/web/data-access';
import type { IepPartView, Person } from './types';
import { notify } from './notify';

const AssignIepPartMutation = graphql(`
  mutation AssignIepPart($input: AssignIepPartInput!) {
    assignIepPart(input: $input) {
      id
      assignee {
        id
        displayName
      }
      viewerCanEdit
    }
  }
`);

/** Who drafts this part: "assigned to you", a colleague's name, or (unassigned) the case manager. */
export function PartOwner({ part, me, caseManager }: { part: IepPartView; me: Person; caseManager: Person | null }) {
  const { t } = useTranslation();
  if (part.assignee?.id === me.id) return <Badge color="blue">{t('iep.assign.toYou')}</Badge>;
  const owner = part.assignee ?? caseManager;
  if (!owner) return null;
  return (
    <Text size="xs" c="dimmed" mt={2}>
      {t(part.assignee ? 'iep.assign.owner' : 'iep.assign.ownerCaseManager', { name: owner.displayName })}
    </Text>
  );
}

/** The case manager's control: give this part to a teacher or specialist on the team, or take it back. */
export function AssignPartControl({ part, partName, people }: { part: IepPartView; partName: string; people: readonly Person[] }) {
  const { t } = useTranslation();
  const [assign, { loading }] = useMutation(AssignIepPartMutation, { refetchQueries: ['IepPage'], awaitRefetchQueries: true });
  const [failure, setFailure] = useState<string | null>(null);
  const current = part.assignee?.id ?? '';

  async function change(assigneeId: string) {
    setFailure(null);
    try {
      await assign({ variables: { input: { partId: part.id, assigneeId: assigneeId || null } } });
      const person = people.find((p) => p.id === assigneeId);
      notify(person ? t('iep.assign.done', { part: partName, name: person.displayName }) : t('iep.assign.cleared', { part: partName }));
    } catch (error) {
      setFailure(apiErrorMessage(error) ?? t('app.networkError'));
    }
  }

  return (
    <NativeSelect
      size="xs"
      label={t('iep.assign.label', { part: partName })}
      value={current}
      disabled={loading}
      error={failure}
      onChange={(event) => void change(event.currentTarget.value)}
      data={[{ value: '', label: t('iep.assign.nobody') }, ...people.map((person) => ({ value: person.id, label: person.displayName }))]}
      maw={320}
    />
  );
}
