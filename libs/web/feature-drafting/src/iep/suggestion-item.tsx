import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { ConflictView } from './conflict-view';
import { DiffView } from './diff-view';
import classes from './iep.module.css';
import type { PartContent } from './part-fields';
import { saveOutcomeOf, type ConflictState } from './save-outcome';
import type { SuggestionView } from './types';
import { useIepText } from './use-iep-text';
import { errorText } from '@iep/web/ui';

const AcceptMutation = graphql(`
  mutation AcceptIepSuggestion($input: AcceptIepSuggestionInput!) {
    acceptIepSuggestion(input: $input) {
      id
      status
      decidedAt
      decisionReason
      decidedBy {
        id
        displayName
      }
    }
  }
`);

const RejectMutation = graphql(`
  mutation RejectIepSuggestion($input: RejectIepSuggestionInput!) {
    rejectIepSuggestion(input: $input) {
      id
      status
      decidedAt
      decisionReason
      decidedBy {
        id
        displayName
      }
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation WithdrawIepSuggestion($suggestionId: ID!) {
    withdrawIepSuggestion(suggestionId: $suggestionId) {
      id
      status
    }
  }
`);

const REFETCH = { refetchQueries: ['IepPage'], awaitRefetchQueries: true };

type Props = {
  suggestion: SuggestionView;
  meId: string;
  canDecide: boolean;
  goalNames: ReadonlyMap<string, string>;
  /** For a proposal against an existing part: that part's content now, the starting point of a merge. */
  partContent: PartContent | null;
};

const STATUS_COLOR = { PENDING: 'blue', ACCEPTED: 'green', REJECTED: 'red', WITHDRAWN: 'gray' } as const;

/** A proposed change shown as tracked changes, with the case manager's accept/reject and the proposer's withdraw. */
export function SuggestionItem({ suggestion, meId, canDecide, goalNames, partContent }: Props) {
  const { t } = useTranslation();
  const { date } = useIepText();
  const headingId = useId();
  const [accept, accepting] = useMutation(AcceptMutation, REFETCH);
  const [reject, rejecting] = useMutation(RejectMutation, REFETCH);
  const [withdraw, withdrawing] = useMutation(WithdrawMutation, REFETCH);
  const [failure, setFailure] = useState<string | null>(null);
  const [rejectOpen, setRejectOpen] = useState(false);
  const rejection = useForm({
    mode: 'controlled',
    name: `reject-${suggestion.id}`,
    initialValues: { reason: '' },
    validate: { reason: (reason) => (reason.trim() ? null : t('iep.suggest.reasonRequired')) },
  });
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const pending = suggestion.status === 'PENDING';
  const mine = suggestion.proposer.id === meId;

  async function doAccept(merge?: { partVersion: number; content: PartContent }) {
    setFailure(null);
    try {
      await accept({ variables: { input: { suggestionId: suggestion.id, partVersion: merge?.partVersion ?? null, content: merge?.content ?? null } } });
      setConflict(null);
    } catch (error) {
      const outcome = saveOutcomeOf(error);
      if (outcome.kind === 'conflict') setConflict(outcome.conflict);
      else setFailure(outcome.kind === 'failed' ? errorText(t, outcome.error) : t('iep.problem.other'));
    }
  }

  async function doReject() {
    if (rejection.validate().hasErrors) return;
    const reason = rejection.getValues().reason;
    setFailure(null);
    try {
      await reject({ variables: { input: { suggestionId: suggestion.id, reason: reason.trim() } } });
      setRejectOpen(false);
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  async function doWithdraw() {
    setFailure(null);
    try {
      await withdraw({ variables: { suggestionId: suggestion.id } });
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="sm" bg="var(--mantine-color-yellow-0)">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Title order={4} size="h6" id={headingId}>
          {mine ? t('iep.suggest.byYou', { when: date(suggestion.createdAt) }) : t('iep.suggest.by', { name: suggestion.proposer.displayName, when: date(suggestion.createdAt) })}
        </Title>
        <Badge color={STATUS_COLOR[suggestion.status]}>{t(`iep.suggest.status.${suggestion.status}`)}</Badge>
      </Group>
      {suggestion.rationale && (
        <Text size="sm" mt={4}>
          <strong>{t('iep.suggest.why')}</strong> <span className={classes.value}>{suggestion.rationale}</span>
        </Text>
      )}
      <Text size="sm" fw={700} mt="xs">
        {t('iep.suggest.trackedChanges')}
      </Text>
      <DiffView kind={suggestion.partKind} fields={suggestion.diff.fields} />
      {suggestion.status !== 'PENDING' && suggestion.decidedBy && (
        <Text size="sm" mt="xs">
          {t(`iep.suggest.decided.${suggestion.status === 'ACCEPTED' ? 'ACCEPTED' : 'REJECTED'}`, {
            name: suggestion.decidedBy.displayName,
            when: suggestion.decidedAt ? date(suggestion.decidedAt) : '',
          })}
          {suggestion.decisionReason ? ` ${t('iep.suggest.reasonGiven', { reason: suggestion.decisionReason })}` : ''}
        </Text>
      )}
      {failure && (
        <Alert mt="sm" color="red" variant="light" title={t('iep.suggest.failed')}>
          {failure}
        </Alert>
      )}
      {pending && conflict && partContent && (
        <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
          <ConflictView
            kind={suggestion.partKind}
            base={null}
            mine={suggestion.proposedContent}
            mineLabel={t('iep.suggest.proposed', { name: suggestion.proposer.displayName })}
            conflict={conflict}
            goalNames={goalNames}
            busy={accepting.loading}
            onSave={(merged) => void doAccept({ partVersion: conflict.currentVersion, content: merged })}
            onEdit={(merged) => void doAccept({ partVersion: conflict.currentVersion, content: merged })}
            onCancel={() => setConflict(null)}
          />
        </div>
      )}
      {pending && !conflict && (canDecide || mine) && (
        <Stack gap="xs" mt="sm">
          {rejectOpen ? (
            <>
              <Textarea
                label={t('iep.suggest.reason')}
                description={t('iep.suggest.reasonHelp')}
                autosize
                minRows={2}
                {...rejection.getInputProps('reason')}
              />
              <Group gap="sm">
                <Button color="red" loading={rejecting.loading} onClick={() => void doReject()}>
                  {t('iep.suggest.confirmReject')}
                </Button>
                <Button variant="default" onClick={() => setRejectOpen(false)}>
                  {t('iep.editor.cancel')}
                </Button>
              </Group>
            </>
          ) : (
            <Group gap="sm">
              {canDecide && (
                <>
                  <Button loading={accepting.loading} onClick={() => void doAccept()}>
                    {t('iep.suggest.accept')}
                  </Button>
                  <Button variant="default" onClick={() => setRejectOpen(true)}>
                    {t('iep.suggest.reject')}
                  </Button>
                </>
              )}
              {mine && (
                <Button variant="default" loading={withdrawing.loading} onClick={() => void doWithdraw()}>
                  {t('iep.suggest.withdraw')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      )}
    </Paper>
  );
}
