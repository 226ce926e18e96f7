import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert, LoadingState, PageHeading, formatIsoDate, NotFoundRoute } from '@iep/web/ui';
import { useMe } from '@iep/web/data-access';
import { ComplianceFilters, type Filter } from './compliance-filters';
import { seesComplianceDashboard } from './compliance-link';
import { ComplianceDashboardQuery, type DeadlineKindName } from './compliance-queries';
import { CountTable } from './count-table';
import { OverdueList } from './overdue-list';
import { StatCards } from './stat-cards';
import { UpcomingWeeks } from './upcoming-weeks';

const PAGE = 25;
const PARAMS = { school: 'school', caseManager: 'caseManager', kind: 'kind' } as const;

/** The district's compliance dashboard; the filter lives in the address, so a view can be bookmarked or shared. */
export function ComplianceRoute() {
  const { me } = useMe();
  if (!seesComplianceDashboard(me?.role)) return <NotFoundRoute />;
  return <ComplianceDashboard />;
}

function ComplianceDashboard() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  const [params, setParams] = useSearchParams();
  const filter: Filter = {
    school: params.get(PARAMS.school) ?? '',
    caseManager: params.get(PARAMS.caseManager) ?? '',
    kind: params.get(PARAMS.kind) ?? '',
  };
  const [loadingMore, setLoadingMore] = useState(false);
  const variables = {
    filter: {
      schoolId: filter.school || null,
      caseManagerId: filter.caseManager || null,
      kind: (filter.kind || null) as DeadlineKindName | null,
    },
    first: PAGE,
    locale: language,
  } as const;
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ComplianceDashboardQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  // While another filter loads, the last answer stays on screen.
  const dashboard = (data ?? previousData)?.complianceDashboard;

  const changed = (base: URLSearchParams, change: Partial<Filter>) => {
    const search = new URLSearchParams(base);
    for (const [key, value] of Object.entries(change)) {
      if (value) search.set(PARAMS[key as keyof Filter], value);
      else search.delete(PARAMS[key as keyof Filter]);
    }
    return search;
  };
  // From the address as it is now: a second change made before the first has rendered keeps both.
  const setFilter = (change: Partial<Filter>) => setParams(changed(new URLSearchParams(window.location.search), change));
  const filterLink = (change: Partial<Filter>) => `/compliance?${changed(params, change).toString()}`;
  const csv = new URLSearchParams();
  if (filter.school) csv.set('schoolId', filter.school);
  if (filter.caseManager) csv.set('caseManagerId', filter.caseManager);
  if (filter.kind) csv.set('kind', filter.kind);
  const csvHref = `/exports/compliance.csv${csv.size ? `?${csv.toString()}` : ''}`;

  const showMore = async () => {
    if (!dashboard) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: dashboard.overdue.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          complianceDashboard: {
            ...previous.complianceDashboard,
            overdue: {
              ...fetchMoreResult.complianceDashboard.overdue,
              nodes: [...previous.complianceDashboard.overdue.nodes, ...fetchMoreResult.complianceDashboard.overdue.nodes],
            },
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <PageHeading>{t('compliance.heading')}</PageHeading>
      <Stack gap="lg">
        <Text>
          {dashboard ? t('compliance.intro', { date: formatIsoDate(dashboard.today, language) }) : t('compliance.introPlain')}
        </Text>
        <Anchor component={Link} to="/compliance/services">
          {t('services.dashboard.link')}
        </Anchor>
        <ComplianceFilters filter={filter} onChange={setFilter} csvHref={csvHref} />
        {!dashboard && loading && <LoadingState />}
        {error && <ErrorAlert title={t('compliance.loadErrorTitle')} error={error} onRetry={() => void refetch()} />}
        {dashboard && (
          <>
            <Text role="status" size="sm" c="dimmed">
              {loading ? t('app.loading') : t('compliance.updated')}
            </Text>
            <StatCards totals={dashboard.totals} />
            <CountTable
              caption={t('compliance.byKind')}
              rowHeader={t('compliance.kind')}
              rows={dashboard.byKind.map((row) => ({ key: row.kind, label: t(`compliance.kinds.${row.kind}`), counts: row.counts }))}
            />
            <UpcomingWeeks weeks={dashboard.upcomingWeeks} />
            <SafeguardsList families={dashboard.familiesWithoutSafeguards} />
            <OverdueList
              nodes={dashboard.overdue.nodes}
              total={dashboard.totals.overdue}
              hasNextPage={dashboard.overdue.hasNextPage}
              loadingMore={loadingMore}
              onShowMore={() => void showMore()}
            />
            <CountTable
              caption={t('compliance.bySchool')}
              rowHeader={t('compliance.school')}
              note={dashboard.schoolCount > dashboard.bySchool.length ? t('compliance.topNote', { shown: dashboard.bySchool.length, count: dashboard.schoolCount }) : undefined}
              rows={dashboard.bySchool.map((row) => ({
                key: row.groupId ?? 'none',
                label: row.groupId ? (
                  <Anchor component={Link} to={filterLink({ school: row.groupId, caseManager: '' })}>
                    {row.name}
                  </Anchor>
                ) : (
                  row.name
                ),
                counts: row.counts,
              }))}
            />
            <CountTable
              caption={t('compliance.byCaseManager')}
              rowHeader={t('compliance.caseManager')}
              note={t('compliance.caseManagerNote')}
              rows={dashboard.byCaseManager.map((row) => ({
                key: row.groupId ?? 'none',
                label: row.groupId ? (
                  <Anchor component={Link} to={filterLink({ caseManager: row.groupId })}>
                    {row.name}
                  </Anchor>
                ) : (
                  t('compliance.noCaseManager')
                ),
                counts: row.counts,
              }))}
            />
          </>
        )}
      </Stack>
    </>
  );
}

/** Families who have not had the procedural safeguards notice this school year (34 CFR 300.504(a)), each a link to give it. */
function SafeguardsList({ families }: { families: Array<{ studentId: string; studentName: string; schoolName: string; lastReceivedOn: string | null }> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <section aria-labelledby="safeguards-missing-heading">
      <Title order={2} size="h3" id="safeguards-missing-heading" mb="xs">{t('compliance.safeguardsHeading')}</Title>
      {families.length === 0 ? (
        <Text>{t('compliance.safeguardsNone')}</Text>
      ) : (
        <ul>
          {families.map((family) => (
            <li key={family.studentId}>
              <Anchor component={Link} to={`/students/${family.studentId}/rights`}>{family.studentName}</Anchor>
              {` – ${family.schoolName} – ${family.lastReceivedOn ? t('compliance.safeguardsLast', { date: formatIsoDate(family.lastReceivedOn, language) }) : t('compliance.safeguardsNever')}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
