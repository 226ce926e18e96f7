import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { PART_KIND_ORDER } from '@iep/domain/iep-content';
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading, PageLinks, QueryStatus } from '@iep/web/ui';
import { graphql, type IepPageQuery as IepPageResult, useMe } from '@iep/web/data-access';
import { ChangesBanner, QualityPanel, ShareWithFamilyButton } from './iep-panels';
import { DecidedProposals, IepSectionNav } from './iep-navigation';
import { NewPartActions } from './new-part-actions';
import { PartSection, type LiveChange } from './part-section';
import { RevocationBanner } from './revocation-banner';
import { SuggestionItem } from './suggestion-item';
import type { IepPartView, PartDiffView, Person, SuggestionView } from './types';
import { useIepActivity, useIepPresence, type IepActivityEvent } from './use-iep-live';
import { useIepText } from './use-iep-text';
import { notify } from './notify';

const IepPageQuery = graphql(`
  query IepPage($iepId: ID!) {
    iep(id: $iepId) {
      id
      kind
      status
      studentId
      derivedFromIepId
      sharedWithFamilyAt
      canEdit
      canAddParts
      canSuggest
      canDecideSuggestions
      canComment
      canDecide
      studentFirstName
      caseManager {
        id
        displayName
      }
      parts {
        id
        iepId
        kind
        position
        content
        version
        unchangedSinceLastYear
        updatedAt
        changedSinceMyLastView
        threadCount
        openThreadCount
        updatedBy {
          id
          displayName
        }
        assignee {
          id
          displayName
        }
        viewerCanEdit
      }
      qualityChecks {
        code
        severity
        partId
        message
      }
      suggestions {
        id
        iepId
        partId
        partKind
        baseVersion
        proposedContent
        rationale
        status
        createdAt
        decidedAt
        decisionReason
        proposer {
          id
          displayName
        }
        decidedBy {
          id
          displayName
        }
        diff {
          ...IepPartDiffFields @unmask
        }
      }
    }
  }
`);

/** The teachers and specialists on the team, to whom the case manager gives parts to draft. */
const IepAssignableTeamQuery = graphql(`
  query IepAssignableTeam($iepId: ID!) {
    iepTeam(iepId: $iepId) {
      iepId
      members {
        userId
        displayName
        role
      }
    }
  }
`);

const ASSIGNABLE_ROLES = new Set(['GENERAL_EDUCATION_TEACHER', 'SPECIAL_EDUCATION_TEACHER', 'SPECIALIST']);

/** The thread counts on the parts, refreshed on live comment events (the threads load per part, when its panel opens). */
const IepThreadCountsQuery = graphql(`
  query IepThreadCounts($iepId: ID!) {
    iep(id: $iepId) {
      id
      parts {
        id
        threadCount
        openThreadCount
      }
    }
  }
`);

const IepViewersQuery = graphql(`
  query IepViewers($iepId: ID!) {
    iep(id: $iepId) {
      id
      viewers {
        partId
        editing
        since
        person {
          id
          displayName
        }
      }
    }
  }
`);

const IepChangesQuery = graphql(`
  query IepChangesSinceLastView($iepId: ID!) {
    iep(id: $iepId) {
      id
      changesSinceMyLastView {
        lastViewedAt
        parts {
          ...IepPartDiffFields @unmask
        }
      }
    }
  }
`);

const MarkIepViewedMutation = graphql(`
  mutation MarkIepViewed($iepId: ID!) {
    markIepViewed(iepId: $iepId) {
      id
    }
  }
`);

const PAGE_EVENTS = new Set(['PART_SAVED', 'PART_ADDED', 'PART_REMOVED', 'PART_ASSIGNED', 'SUGGESTION_CREATED', 'SUGGESTION_DECIDED', 'IEP_UPDATED']);
const COMMENT_EVENTS = new Set(['COMMENT_ADDED', 'THREAD_UPDATED']);

/** Several events in a burst (a save, its quality checks, a presence change) cost one refetch each. */
function useDebounced(run: () => void, ms = 250) {
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => latest.current(), ms);
  }, [ms]);
}

/** `/ieps/:iepId`: the whole IEP in document order, co-drafted live by its team, with the family's proposals. */
export function IepRoute() {
  const { iepId = '' } = useParams();
  const { me } = useMe();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(IepPageQuery, { variables: { iepId }, fetchPolicy: 'cache-and-network' });
  const iep = data?.iep;
  const name = iep?.studentFirstName;

  return (
    <>
      <PageHeading>{name ? t('iep.page.heading', { name }) : t('iep.page.headingPlain')}</PageHeading>
      <PageLinks
        links={[
          { to: '/', label: t('team.back') },
          { to: `/ieps/${iepId}/team`, label: t('team.link') },
          { to: `/ieps/${iepId}/status`, label: t('iep.page.statusLink') },
          { to: `/ieps/${iepId}/progress`, label: t('progress.page.link') },
          { to: `/ieps/${iepId}/progress-reports`, label: t('progress.report.page.link') },
        ]}
      />
      <QueryStatus data={data} loading={loading} error={error} errorTitle={t('iep.page.loadError')} refetch={refetch} />
      {iep && me && <IepDocument key={iep.id} iep={iep} me={me} readerIsParent={me.role === 'PARENT'} refetchPage={refetch} />}
    </>
  );
}

type IepData = IepPageResult['iep'];

function IepDocument({ iep, me, readerIsParent, refetchPage }: { iep: IepData; me: Person; readerIsParent: boolean; refetchPage: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { partName } = useIepText();
  const client = useApolloClient();
  const parts = iep.parts as readonly IepPartView[];
  const suggestions = iep.suggestions as readonly SuggestionView[];
  const abilities = { canEdit: iep.canEdit, canSuggest: iep.canSuggest, canDecideSuggestions: iep.canDecideSuggestions, canComment: iep.canComment };

  // The case manager (and the district representative) assign parts of a draft to the team's staff.
  const mayAssign = iep.canDecideSuggestions && iep.status === 'DRAFT';
  const teamQuery = useQuery(IepAssignableTeamQuery, { variables: { iepId: iep.id }, skip: !mayAssign });
  const assignable = useMemo(
    () =>
      (teamQuery.data?.iepTeam.members ?? [])
        .filter((member) => ASSIGNABLE_ROLES.has(member.role) && member.userId !== iep.caseManager?.id)
        .map((member) => ({ id: member.userId, displayName: member.displayName })),
    [teamQuery.data, iep.caseManager?.id],
  );

  const viewersQuery = useQuery(IepViewersQuery, { variables: { iepId: iep.id }, fetchPolicy: 'network-only' });
  const viewers = viewersQuery.data?.iep.viewers ?? [];

  // Numbering and names of goals and services, in document order.
  const { numbers, partNames, goals, goalNames } = useMemo(() => {
    const numbers = new Map<string, number>();
    const counters: Record<string, number> = {};
    for (const part of parts) {
      if (part.kind === 'GOAL' || part.kind === 'SERVICE') {
        counters[part.kind] = (counters[part.kind] ?? 0) + 1;
        numbers.set(part.id, counters[part.kind]!);
      }
    }
    const partNames = new Map(parts.map((part) => [part.id, partName(part, numbers.get(part.id))]));
    const goals = parts.filter((part) => part.kind === 'GOAL').map((part) => ({ id: part.id, name: partNames.get(part.id)! }));
    return { numbers, partNames, goals, goalNames: new Map(goals.map((goal) => [goal.id, goal.name])) };
  }, [parts, partName]);

  // "What changed since your last visit": read once on arrival, then this visit counts as seen.
  const [markViewed] = useMutation(MarkIepViewedMutation);
  const [changes, setChanges] = useState<{ lastViewedAt: string; parts: readonly PartDiffView[] } | null>(null);
  useEffect(() => {
    let cancelled = false;
    client
      .query({ query: IepChangesQuery, variables: { iepId: iep.id }, fetchPolicy: 'network-only' })
      .then((result) => {
        const found = result.data?.iep.changesSinceMyLastView;
        if (cancelled || !found) return;
        if (found.lastViewedAt && found.parts.length > 0) setChanges({ lastViewedAt: found.lastViewedAt, parts: found.parts as readonly PartDiffView[] });
        return markViewed({ variables: { iepId: iep.id } });
      })
      .catch(() => {
        // Without the summary the page still shows every part as it is now.
      });
    return () => {
      cancelled = true;
    };
  }, [client, iep.id, markViewed]);

  // Live: the version of each part this person has seen; a newer one saved by someone else is announced on the part.
  const [seen, setSeen] = useState<Record<string, number>>(() => Object.fromEntries(parts.map((part) => [part.id, part.version])));
  const liveChanges = useMemo(() => {
    const found = new Map<string, LiveChange>();
    for (const part of parts) {
      const before = seen[part.id];
      if (part.updatedBy?.id === me.id) continue;
      if (before === undefined) found.set(part.id, { fromVersion: 0, toVersion: part.version, by: part.updatedBy ?? null });
      else if (part.version > before) found.set(part.id, { fromVersion: before, toVersion: part.version, by: part.updatedBy ?? null });
    }
    return found;
  }, [parts, seen, me.id]);
  useEffect(() => {
    // My own saves and additions count as seen.
    const mine = parts.filter((part) => part.updatedBy?.id === me.id && (seen[part.id] ?? 0) < part.version);
    if (mine.length > 0) setSeen((current) => ({ ...current, ...Object.fromEntries(mine.map((part) => [part.id, part.version])) }));
  }, [parts, seen, me.id]);
  const acknowledge = (partId: string) => {
    const part = parts.find((candidate) => candidate.id === partId);
    if (part) setSeen((current) => ({ ...current, [partId]: part.version }));
    void markViewed({ variables: { iepId: iep.id } }).catch(() => undefined);
  };

  // Decisions on my own proposals, told as they happen.
  const [decisions, setDecisions] = useState<string[]>([]);
  const statuses = useRef(new Map(suggestions.map((suggestion) => [suggestion.id, suggestion.status])));
  useEffect(() => {
    for (const suggestion of suggestions) {
      const before = statuses.current.get(suggestion.id);
      statuses.current.set(suggestion.id, suggestion.status);
      if (before !== 'PENDING' || suggestion.proposer.id !== me.id) continue;
      if (suggestion.status !== 'ACCEPTED' && suggestion.status !== 'REJECTED') continue;
      const part = suggestion.partId ? partNames.get(suggestion.partId) : undefined;
      const message = t(`iep.suggest.notice.${suggestion.status}`, {
        part: part ?? t(`iep.part.${suggestion.partKind}.title`),
        name: suggestion.decidedBy?.displayName ?? t('iep.conflict.someone'),
      });
      setDecisions((current) => [...current, message]);
      notify(message, suggestion.status === 'ACCEPTED' ? 'green' : 'gray');
    }
  }, [suggestions, me.id, partNames, t]);

  const refetchPageSoon = useDebounced(() => void refetchPage());
  // A comment event refreshes the thread counts of the parts and the open comments panels only (usually
  // one); my own change in a panel has refetched that panel already, so it refreshes the counts.
  const refetchThreadCountsSoon = useDebounced(
    () => void client.query({ query: IepThreadCountsQuery, variables: { iepId: iep.id }, fetchPolicy: 'network-only' }).catch(() => undefined),
  );
  // Filtered, not named: with every panel closed, naming IepComments would only warn about an unknown query.
  const refetchOpenCommentsSoon = useDebounced(
    () => void client.refetchQueries({ include: 'active', onQueryUpdated: (query) => query.queryName === 'IepComments' }),
  );
  const refetchCommentsSoon = useCallback(() => {
    refetchThreadCountsSoon();
    refetchOpenCommentsSoon();
  }, [refetchThreadCountsSoon, refetchOpenCommentsSoon]);
  const refetchViewersSoon = useDebounced(() => void viewersQuery.refetch());
  useIepActivity(
    iep.id,
    (event: IepActivityEvent) => {
      if (PAGE_EVENTS.has(event.kind)) refetchPageSoon();
      if (COMMENT_EVENTS.has(event.kind)) refetchCommentsSoon();
      if (event.kind === 'PRESENCE_CHANGED') refetchViewersSoon();
    },
    () => {
      refetchPageSoon();
      refetchCommentsSoon();
      refetchViewersSoon();
    },
  );

  const [focus, setFocus] = useState<{ partId: string | null; editing: boolean }>({ partId: null, editing: false });
  useIepPresence(iep.id, focus);
  const onPresence = useCallback((partId: string, editing: boolean) => {
    setFocus((current) => (current.partId === partId && current.editing === editing ? current : { partId, editing }));
  }, []);

  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const toggleCollapsed = useCallback((partId: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(partId)) next.add(partId);
      return next;
    });
  }, []);
  const openPart = useCallback((partId: string) => {
    setCollapsed((current) => {
      if (!current.has(partId)) return current;
      const next = new Set(current);
      next.delete(partId);
      return next;
    });
  }, []);
  const newPartProposals = suggestions.filter((suggestion) => !suggestion.partId && (suggestion.status === 'PENDING' || suggestion.proposer.id === me.id));
  const others = viewers.filter((viewer) => viewer.person.id !== me.id);
  const isFamilyView = !iep.canEdit && !iep.canAddParts && iep.status === 'DRAFT';
  const orderedParts = PART_KIND_ORDER.flatMap((kind) => parts.filter((part) => part.kind === kind));

  const renderNewPartArea = (kind: 'GOAL' | 'SERVICE') => (
    <Stack gap="sm">
      {newPartProposals
        .filter((suggestion) => suggestion.partKind === kind)
        .map((suggestion) => (
          <SuggestionItem key={suggestion.id} suggestion={suggestion} meId={me.id} canDecide={iep.canDecideSuggestions} goalNames={goalNames} partContent={null} />
        ))}
      {iep.status === 'DRAFT' && (iep.canAddParts || iep.canSuggest) && (
        <NewPartActions
          iepId={iep.id}
          kind={kind}
          me={me}
          canEdit={iep.canAddParts}
          canSuggest={iep.canSuggest && !iep.canAddParts}
          goals={goals}
          goalNames={goalNames}
          onAdded={setJustAdded}
        />
      )}
    </Stack>
  );

  return (
    <Stack gap="lg">
      <Text>
        {t(`iep.kind.${iep.kind}`)} · {iep.canDecide && iep.status === 'PROPOSED' ? t('iep.statusForDecider.PROPOSED') : t(`iep.status.${iep.status}`)}
        {iep.caseManager ? ` · ${t('iep.caseManager')}: ${iep.caseManager.displayName}` : ''}
      </Text>
      <RevocationBanner studentId={iep.studentId} />
      {iep.status === 'DRAFT' && (
        <Alert color="blue" variant="light" title={t('iep.page.draftTitle')}>
          {/* "When you sign it" is for a parent; a guest or the student reads that the family signs. */}
          {!isFamilyView ? t('iep.page.draftTeam') : readerIsParent ? t('iep.page.draftFamily') : t('iep.page.draftReader')}
        </Alert>
      )}
      {iep.canDecideSuggestions && iep.status === 'DRAFT' && <ShareWithFamilyButton iepId={iep.id} sharedAt={iep.sharedWithFamilyAt} />}

      <div role="status" aria-live="polite">
        {decisions.length > 0 && (
          <Alert color="green" variant="light" title={t('iep.suggest.noticeTitle')} withCloseButton closeButtonLabel={t('iep.changes.dismiss')} onClose={() => setDecisions([])}>
            <Stack gap={4}>
              {decisions.map((message, index) => (
                <Text key={index} size="sm">
                  {message}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
      </div>

      {others.length > 0 && (
        <Text size="sm" fw={600}>
          {t('iep.presence.here', {
            names: others
              .map((viewer) =>
                viewer.partId && partNames.get(viewer.partId)
                  ? t(viewer.editing ? 'iep.presence.editingPart' : 'iep.presence.viewingPart', { name: viewer.person.displayName, part: partNames.get(viewer.partId) })
                  : viewer.person.displayName,
              )
              .join(', '),
          })}
        </Text>
      )}

      {changes && (
        <ChangesBanner lastViewedAt={changes.lastViewedAt} changes={changes.parts} parts={parts} partNames={partNames} onDismiss={() => setChanges(null)} />
      )}

      {/* The checks say what to fix before finalizing: only those who can still fix it, on a draft, need them. */}
      {iep.status === 'DRAFT' && iep.canEdit && <QualityPanel issues={iep.qualityChecks} partNames={partNames} />}

      {iep.canDecideSuggestions && <DecidedProposals suggestions={suggestions} partNames={partNames} />}

      <section aria-labelledby="iep-parts-heading">
        <Title order={2} size="h3" id="iep-parts-heading" mb="sm">
          {t('iep.page.partsHeading')}
        </Title>
        <IepSectionNav
          parts={orderedParts}
          partNames={partNames}
          collapsedCount={orderedParts.filter((part) => collapsed.has(part.id)).length}
          onOpen={openPart}
          onCollapseAll={(fold) => setCollapsed(fold ? new Set(orderedParts.map((part) => part.id)) : new Set())}
        />
        {iep.derivedFromIepId && (
          <Text size="sm" mb="sm">
            {t('iep.page.derived')}
          </Text>
        )}
        <Stack gap="md">
          {PART_KIND_ORDER.map((kind) => {
            const ofKind = parts.filter((part) => part.kind === kind);
            return (
              <Fragment key={kind}>
                {ofKind.map((part) => (
                  <PartSection
                    key={part.id}
                    iepId={iep.id}
                    part={part}
                    number={numbers.get(part.id)}
                    abilities={{
                      ...abilities,
                      // Edit what is yours to edit; propose on the rest, like the family.
                      canEdit: part.viewerCanEdit === true,
                      canSuggest: abilities.canSuggest && part.viewerCanEdit !== true,
                    }}
                    owner={iep.status === 'DRAFT' ? { caseManager: iep.caseManager ?? null, assignable: mayAssign ? assignable : null } : null}
                    me={me}
                    goals={goals}
                    goalNames={goalNames}
                    suggestions={suggestions.filter((suggestion) => suggestion.partId === part.id)}
                    viewers={viewers.filter((viewer) => viewer.partId === part.id)}
                    liveChange={liveChanges.get(part.id) ?? null}
                    onAcknowledgeChange={acknowledge}
                    onPresence={onPresence}
                    onCommentsChanged={refetchThreadCountsSoon}
                    startEditing={part.id === justAdded}
                    collapsed={collapsed.has(part.id)}
                    onToggleCollapsed={toggleCollapsed}
                  />
                ))}
                {(kind === 'GOAL' || kind === 'SERVICE') && renderNewPartArea(kind)}
              </Fragment>
            );
          })}
        </Stack>
      </section>
    </Stack>
  );
}
