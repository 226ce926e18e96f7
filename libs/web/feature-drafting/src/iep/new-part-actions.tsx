import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Title } from '@mantine/core';
import { emptyPartContent, IepPartKind } from '@iep/domain/iep-content';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { loadDraft, newPartDraftId } from './drafts';
import { PartForm, type FormStart } from './part-form';
import type { PartContent } from './part-fields';
import { ProposeIepChangeMutation } from './part-section';
import { saveOutcomeOf, type SaveOutcome } from './save-outcome';
import type { Person } from './types';
import { notify } from './notify';
import { errorText } from '@iep/web/ui';

const AddIepPartMutation = graphql(`
  mutation AddIepPart($input: AddIepPartInput!) {
    addIepPart(input: $input) {
      id
    }
  }
`);

type RepeatableKind = 'GOAL' | 'SERVICE';

type Props = {
  iepId: string;
  kind: RepeatableKind;
  me: Person;
  canEdit: boolean;
  canSuggest: boolean;
  goals: readonly { id: string; name: string }[];
  goalNames: ReadonlyMap<string, string>;
  /** After a new part exists, so the page can open it for editing. */
  onAdded: (partId: string) => void;
};

function emptyContent(kind: RepeatableKind): PartContent {
  return emptyPartContent(kind === 'GOAL' ? IepPartKind.Goal : IepPartKind.Service) as PartContent;
}

/** "Add a goal" for the team; "Propose a new goal" for the family and guests (the case manager decides). */
export function NewPartActions({ iepId, kind, me, canEdit, canSuggest, goals, goalNames, onAdded }: Props) {
  const { t } = useTranslation();
  const draftId = newPartDraftId(iepId, kind);
  const [addPart, adding] = useMutation(AddIepPartMutation, { refetchQueries: ['IepPage'], awaitRefetchQueries: true });
  const [propose] = useMutation(ProposeIepChangeMutation, { refetchQueries: ['IepPage'], awaitRefetchQueries: true });
  const [failure, setFailure] = useState<string | null>(null);
  const [proposal, setProposal] = useState<FormStart | null>(() => {
    const draft = canSuggest ? loadDraft(me.id, 'suggest', draftId) : null;
    return draft ? { baseVersion: 0, base: draft.base, values: draft.values, rationale: draft.rationale, restored: true } : null;
  });

  async function add() {
    setFailure(null);
    try {
      const result = await addPart({ variables: { input: { iepId, kind } } });
      if (result.data) onAdded(result.data.addIepPart.id);
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  async function submitProposal(input: { values: PartContent; rationale: string }): Promise<SaveOutcome> {
    try {
      await propose({ variables: { input: { iepId, partKind: kind, content: input.values, rationale: input.rationale || null } } });
      notify(t('iep.suggest.sent'));
      return { kind: 'saved' };
    } catch (error) {
      return saveOutcomeOf(error);
    }
  }

  return (
    <>
      {failure && (
        <Alert color="red" variant="light" title={t('iep.editor.addFailed')}>
          {failure}
        </Alert>
      )}
      {proposal && (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={`${draftId}-heading`}>
          <Title order={3} size="h4" id={`${draftId}-heading`} mb="sm">
            {kind === 'GOAL' ? t('iep.suggest.newGoalHeading') : t('iep.suggest.newServiceHeading')}
          </Title>
          <PartForm
            mode="suggest"
            userId={me.id}
            draftId={draftId}
            kind={kind}
            start={proposal}
            latest={null}
            goals={goals}
            goalNames={goalNames}
            label={kind === 'GOAL' ? t('iep.suggest.newGoalHeading') : t('iep.suggest.newServiceHeading')}
            submitLabel={t('iep.suggest.send')}
            submit={submitProposal}
            onDone={() => setProposal(null)}
            onCancel={() => setProposal(null)}
          />
        </Paper>
      )}
      <Group gap="sm">
        {canEdit && (
          <Button variant="light" loading={adding.loading} onClick={() => void add()}>
            {kind === 'GOAL' ? t('iep.editor.addGoal') : t('iep.editor.addService')}
          </Button>
        )}
        {canSuggest && !proposal && (
          <Button
            variant="light"
            onClick={() => {
              const empty = emptyContent(kind);
              setProposal({ baseVersion: 0, base: empty, values: empty, rationale: '', restored: false });
            }}
          >
            {kind === 'GOAL' ? t('iep.suggest.proposeGoal') : t('iep.suggest.proposeService')}
          </Button>
        )}
      </Group>
    </>
  );
}
