import { useQuery } from '@apollo/client/react';
import { Alert, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading, QueryStatus } from '@iep/web/ui';
import { getFragmentData } from '@iep/web/data-access';
import { AdminSchoolsQuery } from '../schools/admin-schools-query';
import { CalendarFragment, SchoolCalendarsQuery, type Recompute } from './calendar-queries';
import { ClosuresTable } from './closures-table';
import { SchoolYearForm } from './school-year-form';
import { ReportingPeriodsSection } from './reporting-periods-section';
import { StateProfileSection } from './state-profile-section';

const DISTRICT = '';
const NEW_YEAR = '__new__';

/** The outcome of the last save, in words, kept on the page (role=status) rather than only in a toast. */
export function RecomputeResult({ result }: { result: Recompute | null }) {
  const { t } = useTranslation();
  if (!result) return null;
  return (
    <Alert color="green" variant="light" role="status" title={t('schoolCalendar.savedTitle')}>
      {t('schoolCalendar.recomputed', { count: result.recomputed })} {t('schoolCalendar.moved', { count: result.moved })}
    </Alert>
  );
}

/** `/admin/calendar`: the school years, their holidays and breaks, and the state rule profile of the district. */
export function AdminCalendarRoute() {
  const { t } = useTranslation();
  const calendars = useQuery(SchoolCalendarsQuery, { fetchPolicy: 'cache-and-network' });
  const schools = useQuery(AdminSchoolsQuery);
  const [year, setYear] = useState<string | null>(null);
  const [scope, setScope] = useState(DISTRICT);
  const [result, setResult] = useState<Recompute | null>(null);

  const all = useMemo(() => getFragmentData(CalendarFragment, calendars.data?.schoolCalendars ?? []), [calendars.data]);
  const years = useMemo(() => [...new Set(all.map((c) => c.schoolYear))], [all]);
  const selectedYear = year ?? years[0] ?? NEW_YEAR;
  const calendar = all.find(
    (c) => c.schoolYear === selectedYear && (c.schoolId ?? DISTRICT) === scope,
  );

  return (
    <>
      <PageHeading>{t('schoolCalendar.heading')}</PageHeading>
      <Text mb="md">{t('schoolCalendar.intro')}</Text>
      <Stack gap="xl">
        <RecomputeResult result={result} />
        <StateProfileSection onSaved={setResult} />
        <ReportingPeriodsSection />
        <section aria-labelledby="school-year-heading">
          <Stack gap="md">
            <Title order={2} size="h3" id="school-year-heading">
              {t('schoolCalendar.yearHeading')}
            </Title>
            <QueryStatus
              data={calendars.data}
              loading={calendars.loading}
              error={calendars.error}
              errorTitle={t('admin.common.loadErrorTitle')}
              refetch={calendars.refetch}
              errorWithData
            />
            {calendars.data && (
              <>
                <Group gap="md" align="flex-end" wrap="wrap">
                  <NativeSelect
                    label={t('schoolCalendar.yearPicker')}
                    value={selectedYear}
                    onChange={(event) => {
                      setYear(event.currentTarget.value);
                      setResult(null);
                    }}
                    data={[...years.map((y) => ({ value: y, label: y })), { value: NEW_YEAR, label: t('schoolCalendar.newYear') }]}
                    style={{ flex: '1 1 12rem' }}
                  />
                  <NativeSelect
                    label={t('schoolCalendar.scope')}
                    value={scope}
                    onChange={(event) => setScope(event.currentTarget.value)}
                    data={[
                      { value: DISTRICT, label: t('schoolCalendar.wholeDistrict') },
                      ...(schools.data?.schools ?? []).map((s) => ({ value: s.id, label: s.name })),
                    ]}
                    style={{ flex: '1 1 16rem' }}
                  />
                </Group>
                {scope !== DISTRICT && !calendar && <Text size="sm">{t('schoolCalendar.schoolFallback')}</Text>}
                <SchoolYearForm
                  key={`${calendar?.id ?? 'new'}-${calendar?.version ?? 0}-${selectedYear}-${scope}`}
                  calendar={calendar ?? null}
                  schoolYear={selectedYear === NEW_YEAR ? '' : selectedYear}
                  schoolId={scope === DISTRICT ? null : scope}
                  onSaved={(saved, recompute) => {
                    setYear(saved.schoolYear);
                    setResult(recompute);
                  }}
                />
                {calendar && <ClosuresTable calendar={calendar} onSaved={setResult} />}
              </>
            )}
          </Stack>
        </section>
      </Stack>
    </>
  );
}
