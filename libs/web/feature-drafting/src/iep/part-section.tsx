import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { ConfirmDialog, errorText } from '@iep/web/ui';
import { CommentsPanel } from './comments-panel';
import { loadDraft, type DraftMode, type StoredDraft } from './drafts';
import { HistoryDrawer, VersionDiff } from './history-drawer';
import classes from './iep.module.css';
import { PartForm, type FormStart } from './part-form';
import { isRepeatable, type PartContent } from './part-fields';
import { AssignPartControl, PartOwner } from './part-assignment';
import { PartReadView } from './part-read-view';
import { saveOutcomeOf, type SaveOutcome } from './save-outcome';
import { SuggestionItem } from './suggestion-item';
import { partKind, type IepAbilities, type IepPartView, type Person, type SuggestionView, type ViewerView } from './types';
import { useIepText } from './use-iep-text';
import { notify } from './notify';

const SaveIepPartMutation = graphql(`
  mutation SaveIepPart($input: SaveIepPartInput!) {
    saveIepPart(input: $input) {
      id
      content
      version
      unchangedSinceLastYear
      updatedAt
      updatedBy {
        id
        displayName
      }
    }
  }
`);

const RemoveIepPartMutation = graphql(`
  mutation RemoveIepPart($input: RemoveIepPartInput!) {
    removeIepPart(input: $input) {
      id
    }
  }
`);

export const ProposeIepChangeMutation = graphql(`
  mutation ProposeIepChange($input: ProposeIepChangeInput!) {
    proposeIepChange(input: $input) {
      id
      status
    }
  }
`);

export type LiveChange = { fromVersion: number; toVersion: number; by: Person | null };

type Props = {
  iepId: string;
  part: IepPartView;
  /** Goals and services are numbered in document order; singletons are not. */
  number?: number;
  abilities: IepAbilities;
  /** Who drafts the part (on a draft), and the people the caller may give it to (null: they may not assign). */
  owner?: { caseManager: Person | null; assignable: readonly Person[] | null } | null;
  me: Person;
  goals: readonly { id: string; name: string }[];
  goalNames: ReadonlyMap<string, string>;
  suggestions: readonly SuggestionView[];
  viewers: readonly ViewerView[];
  liveChange: LiveChange | null;
  onAcknowledgeChange: (partId: string) => void;
  onPresence: (partId: string, editing: boolean) => void;
  /** A thread on this part was started, answered, resolved or reopened here (the page refreshes the counts). */
  onCommentsChanged: () => void;
  /** Opens the editor right away (a goal or service that was just added). */
  startEditing?: boolean;
  /** Folded to its heading (the page keeps which parts are folded, so "fold every part" reaches them all). */
  collapsed: boolean;
  onToggleCollapsed: (partId: string) => void;
};

function restoredStart(draft: StoredDraft): FormStart {
  return { baseVersion: draft.baseVersion, base: draft.base, values: draft.values, rationale: draft.rationale, restored: true };
}

/** One part of the IEP: what it means, its content, and — for those allowed — edit, propose, discuss and history. */
export function PartSection(props: Props) {
  const { iepId, part, number, abilities, me, goals, goalNames, suggestions, viewers, liveChange } = props;
  const { t } = useTranslation();
  const { partHelp, partName } = useIepText();
  const name = partName(part, number);
  const headingId = `part-${part.id}-heading`;
  const sectionRef = useRef<HTMLElement>(null);
  const [saveIepPart] = useMutation(SaveIepPartMutation, { refetchQueries: ['IepPage'] });
  const [proposeIepChange] = useMutation(ProposeIepChangeMutation, { refetchQueries: ['IepPage'], awaitRefetchQueries: true });
  const [removeIepPart, removal] = useMutation(RemoveIepPartMutation, { refetchQueries: ['IepPage'], awaitRefetchQueries: true });

  // A draft left behind by a reload or a lost connection reopens its form, with a notice saying so.
  const [mode, setMode] = useState<{ kind: 'read' } | { kind: DraftMode; start: FormStart }>(() => {
    const edit = abilities.canEdit ? loadDraft(me.id, 'edit', part.id) : null;
    if (edit) return { kind: 'edit', start: restoredStart(edit) };
    const suggest = abilities.canSuggest ? loadDraft(me.id, 'suggest', part.id) : null;
    if (suggest) return { kind: 'suggest', start: restoredStart(suggest) };
    if (props.startEditing && abilities.canEdit)
      return { kind: 'edit', start: { baseVersion: part.version, base: part.content, values: part.content, rationale: '', restored: false } };
    return { kind: 'read' };
  });
  const [historyOpen, setHistoryOpen] = useState(false);
  const [commentsOpen, setCommentsOpen] = useState(false);
  const [selectedQuote, setSelectedQuote] = useState('');
  const [showChange, setShowChange] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [removeFailure, setRemoveFailure] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  function open(kind: DraftMode) {
    setMode({ kind, start: { baseVersion: part.version, base: part.content, values: part.content, rationale: '', restored: false } });
    props.onPresence(part.id, kind === 'edit');
  }

  function close() {
    setMode({ kind: 'read' });
    props.onPresence(part.id, false);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  async function save(input: { values: PartContent; baseVersion: number }): Promise<SaveOutcome> {
    try {
      await saveIepPart({ variables: { input: { partId: part.id, baseVersion: input.baseVersion, content: input.values } } });
      notify(t('iep.editor.saved', { part: name }));
      return { kind: 'saved' };
    } catch (error) {
      return saveOutcomeOf(error);
    }
  }

  async function propose(input: { values: PartContent; baseVersion: number; rationale: string }): Promise<SaveOutcome> {
    try {
      await proposeIepChange({
        variables: {
          input: { iepId, partId: part.id, partKind: part.kind, baseVersion: input.baseVersion, content: input.values, rationale: input.rationale || null },
        },
      });
      notify(t('iep.suggest.sent'));
      return { kind: 'saved' };
    } catch (error) {
      return saveOutcomeOf(error);
    }
  }

  async function remove() {
    setRemoveFailure(null);
    try {
      await removeIepPart({ variables: { input: { partId: part.id, baseVersion: part.version } } });
      setConfirmRemove(false);
      notify(t('iep.editor.removed', { part: name }));
    } catch (error) {
      setRemoveFailure(errorText(t, error));
    }
  }

  function toggleComments() {
    if (!commentsOpen) {
      // A passage selected inside this part becomes the suggested quote of a new thread.
      const selection = window.getSelection();
      const inside = selection && selection.rangeCount > 0 && sectionRef.current?.contains(selection.anchorNode);
      setSelectedQuote(inside ? selection.toString().trim().slice(0, 2000) : '');
    }
    setCommentsOpen((value) => !value);
  }

  const others = viewers.filter((viewer) => viewer.person.id !== me.id);
  const openThreads = part.openThreadCount;
  const pendingSuggestions = suggestions.filter((suggestion) => suggestion.status === 'PENDING');
  const shownSuggestions = suggestions.filter((suggestion) => suggestion.status === 'PENDING' || suggestion.proposer.id === me.id);
  const commentsId = `part-${part.id}-comments`;
  const bodyId = `part-${part.id}-body`;

  return (
    <Paper
      component="section"
      ref={sectionRef}
      id={`part-${part.id}`}
      className={classes.part}
      aria-labelledby={headingId}
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      onFocus={() => props.onPresence(part.id, mode.kind === 'edit')}
    >
      <Stack gap="sm">
        <div>
          <Group gap="xs" wrap="wrap" align="center">
            <Title order={3} size="h4" id={headingId} tabIndex={-1}>
              {name}
            </Title>
            {part.unchangedSinceLastYear && <Badge color="gray">{t('iep.editor.unchangedSinceLastYear')}</Badge>}
            {part.changedSinceMyLastView && <Badge color="blue">{t('iep.editor.changedSinceLastVisit')}</Badge>}
            {pendingSuggestions.length > 0 && <Badge color="blue">{t('iep.suggest.pendingBadge', { count: pendingSuggestions.length })}</Badge>}
            {/* An open editor is never folded away: its unsaved text stays in view. */}
            {mode.kind === 'read' && (
              <Button
                size="compact-sm"
                variant="subtle"
                ml="auto"
                aria-expanded={!props.collapsed}
                aria-controls={bodyId}
                aria-label={props.collapsed ? t('iep.nav.expand', { part: name }) : t('iep.nav.collapse', { part: name })}
                onClick={() => props.onToggleCollapsed(part.id)}
              >
                {props.collapsed ? t('iep.nav.expand', { part: name }) : t('iep.nav.collapse', { part: name })}
              </Button>
            )}
          </Group>
          <Text size="sm" c="dimmed" mt={4}>
            {partHelp(part.kind)}
          </Text>
          {props.owner && <PartOwner part={part} me={me} caseManager={props.owner.caseManager} />}
          {part.updatedBy && part.updatedAt && (
            <Text size="xs" c="dimmed" mt={2}>
              {t('iep.editor.lastChanged', { name: part.updatedBy.displayName, version: part.version })}
            </Text>
          )}
        </div>

        {/* Mantine's flex display would override the hidden attribute; display: none hides it from everyone. */}
        <Stack gap="sm" id={bodyId} style={props.collapsed && mode.kind === 'read' ? { display: 'none' } : undefined}>
        {others.length > 0 && (
          <Text size="sm" fw={600} c="blue.9">
            {others
              .map((viewer) => (viewer.editing ? t('iep.presence.editing', { name: viewer.person.displayName }) : t('iep.presence.viewing', { name: viewer.person.displayName })))
              .join(' · ')}
          </Text>
        )}

        {liveChange && (
          <Alert
            color="blue"
            variant="light"
            title={t(liveChange.fromVersion === 0 ? 'iep.live.addedTitle' : 'iep.live.changedTitle', {
              name: liveChange.by?.displayName ?? t('iep.conflict.someone'),
            })}
          >
            <Group gap="sm" mt={4}>
              <Button size="compact-sm" variant="default" aria-expanded={showChange} onClick={() => setShowChange((value) => !value)}>
                {showChange ? t('iep.live.hideChange') : t('iep.live.showChange')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => {
                  setShowChange(false);
                  props.onAcknowledgeChange(part.id);
                }}
              >
                {t('iep.live.gotIt')}
              </Button>
            </Group>
            {showChange && (
              <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
                <VersionDiff partId={part.id} kind={part.kind} from={liveChange.fromVersion} to={liveChange.toVersion} />
              </div>
            )}
          </Alert>
        )}

        {mode.kind === 'read' ? (
          <PartReadView kind={part.kind} content={part.content} goalNames={goalNames} />
        ) : (
          <PartForm
            key={`${mode.kind}-${mode.start.baseVersion}`}
            mode={mode.kind}
            userId={me.id}
            draftId={part.id}
            kind={part.kind}
            start={mode.start}
            latest={{ version: part.version, content: part.content, updatedBy: part.updatedBy, updatedAt: part.updatedAt }}
            goals={goals.filter((goal) => goal.id !== part.id)}
            goalNames={goalNames}
            label={mode.kind === 'edit' ? t('iep.editor.formLabel', { part: name }) : t('iep.suggest.formLabel', { part: name })}
            submitLabel={mode.kind === 'edit' ? t('iep.editor.save') : t('iep.suggest.send')}
            submit={mode.kind === 'edit' ? save : propose}
            onDone={close}
            onCancel={close}
          />
        )}

        {shownSuggestions.length > 0 && (
          <Stack gap="sm">
            {shownSuggestions.map((suggestion) => (
              <SuggestionItem
                key={suggestion.id}
                suggestion={suggestion}
                meId={me.id}
                canDecide={abilities.canDecideSuggestions}
                goalNames={goalNames}
                partContent={part.content}
              />
            ))}
          </Stack>
        )}

        {mode.kind === 'read' && props.owner?.assignable && (
          <AssignPartControl part={part} partName={name} people={props.owner.assignable} />
        )}

        <Group gap="xs" wrap="wrap">
          {mode.kind === 'read' && abilities.canEdit && (
            <Button ref={editButton} variant="light" onClick={() => open('edit')} aria-label={t('iep.editor.editLabel', { part: name })}>
              {t('iep.editor.edit')}
            </Button>
          )}
          {mode.kind === 'read' && abilities.canSuggest && (
            <Button ref={editButton} variant="light" onClick={() => open('suggest')} aria-label={t('iep.suggest.openLabel', { part: name })}>
              {t('iep.suggest.open')}
            </Button>
          )}
          <Button
            variant="default"
            onClick={toggleComments}
            aria-expanded={commentsOpen}
            aria-controls={commentsId}
            aria-label={t('iep.comments.toggleLabel', { part: name, count: openThreads })}
          >
            {t('iep.comments.toggle', { count: openThreads })}
          </Button>
          <Button variant="default" onClick={() => setHistoryOpen(true)} aria-label={t('iep.history.openLabel', { part: name })}>
            {t('iep.history.open')}
          </Button>
          {mode.kind === 'read' && abilities.canEdit && isRepeatable(partKind(part.kind)) && (
            <Button variant="subtle" color="red" onClick={() => setConfirmRemove(true)} aria-label={t('iep.editor.removeLabel', { part: name })}>
              {t('iep.editor.remove')}
            </Button>
          )}
        </Group>

        <div id={commentsId}>
          {commentsOpen && (
            <section aria-label={t('iep.comments.regionLabel', { part: name })}>
              <CommentsPanel
                iepId={iepId}
                partId={part.id}
                partName={name}
                canComment={abilities.canComment}
                selectedQuote={selectedQuote}
                onChanged={props.onCommentsChanged}
              />
            </section>
          )}
        </div>
        </Stack>
      </Stack>

      <HistoryDrawer
        opened={historyOpen}
        onClose={() => setHistoryOpen(false)}
        partId={part.id}
        kind={part.kind}
        partName={name}
        currentVersion={part.version}
      />
      <ConfirmDialog
        opened={confirmRemove}
        title={t('iep.editor.removeTitle', { part: name })}
        body={t('iep.editor.removeBody')}
        confirmLabel={t('iep.editor.removeConfirm')}
        busy={removal.loading}
        failure={removeFailure}
        onConfirm={() => void remove()}
        onCancel={() => setConfirmRemove(false)}
      />
    </Paper>
  );
}
