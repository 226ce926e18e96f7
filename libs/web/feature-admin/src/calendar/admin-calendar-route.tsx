import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormActions,
  FormModal,
  PageHeading,
  QueryStatus,
  RecordTable,
  RowAction,
  RowActions,
  focusFirstError,
  formatIsoDate,
} from '@iep/web/ui';
import { getFragmentData, graphql, type AdminCalendar_CalendarFragment, type CalendarClosureKind } from '@iep/web/data-access';
import { AdminSchoolsQuery } from '../schools/admin-schools-query';
import { ConfirmModal, SaveFailure } from '../admin-ui';
import { ReportingPeriodsSection } from './reporting-periods-section';
import { StateProfileSection } from './state-profile-section';
import { closureProblems, yearProblems, type ClosureProblem, type ClosureValues, type YearValues } from './calendar-rules';

/** A school year as this page shows and edits it; every mutation below answers with it. */
const CalendarFragment = graphql(`
  fragment AdminCalendar_calendar on SchoolCalendar {
      id
      schoolId
      schoolName
      schoolYear
      firstDay
      lastDay
      version
      closures {
        id
        kind
        name
        firstDay
        lastDay
      }
  }
`);

/** What a change to a calendar answers: the calendar as saved and how many deadlines it moved. */
const ChangeFragment = graphql(`
  fragment AdminCalendar_change on SchoolCalendarChange {
    calendar {
      ...AdminCalendar_calendar
    }
    deadlines {
      recomputed
      moved
    }
  }
`);

const SchoolCalendarsQuery = graphql(`
  query AdminSchoolCalendars {
    schoolCalendars {
      ...AdminCalendar_calendar
    }
  }
`);

const CreateSchoolCalendarMutation = graphql(`
  mutation CreateSchoolCalendar($input: CreateSchoolCalendarInput!) {
    createSchoolCalendar(input: $input) {
      ...AdminCalendar_change
    }
  }
`);
const UpdateSchoolCalendarMutation = graphql(`
  mutation UpdateSchoolCalendar($input: UpdateSchoolCalendarInput!) {
    updateSchoolCalendar(input: $input) {
      ...AdminCalendar_change
    }
  }
`);
const AddCalendarClosureMutation = graphql(`
  mutation AddCalendarClosure($input: AddCalendarClosureInput!) {
    addCalendarClosure(input: $input) {
      ...AdminCalendar_change
    }
  }
`);
const UpdateCalendarClosureMutation = graphql(`
  mutation UpdateCalendarClosure($input: UpdateCalendarClosureInput!) {
    updateCalendarClosure(input: $input) {
      ...AdminCalendar_change
    }
  }
`);
const RemoveCalendarClosureMutation = graphql(`
  mutation RemoveCalendarClosure($id: ID!, $version: Int!) {
    removeCalendarClosure(id: $id, version: $version) {
      ...AdminCalendar_change
    }
  }
`);

type Calendar = AdminCalendar_CalendarFragment;
type Closure = Calendar['closures'][number];
export type Recompute = { recomputed: number; moved: number };

const DISTRICT = '';
const NEW_YEAR = '__new__';
const KINDS: CalendarClosureKind[] = ['HOLIDAY', 'BREAK', 'NON_SCHOOL_DAY'];

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
                <CalendarForm
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

function CalendarForm({
  calendar,
  schoolYear,
  schoolId,
  onSaved,
}: {
  calendar: Calendar | null;
  schoolYear: string;
  schoolId: string | null;
  onSaved: (calendar: Calendar, recompute: Recompute) => void;
}) {
  const { t } = useTranslation();
  const problemText = useCalendarProblemText();
  const [failure, setFailure] = useState<unknown>(null);
  const [create, creating] = useMutation(CreateSchoolCalendarMutation, { refetchQueries: [SchoolCalendarsQuery] });
  const [update, updating] = useMutation(UpdateSchoolCalendarMutation);
  const headingId = useId();
  const form = useForm<YearValues>({
    name: 'school-year',
    mode: 'controlled',
    initialValues: {
      schoolYear: calendar?.schoolYear ?? schoolYear,
      firstDay: calendar?.firstDay ?? '',
      lastDay: calendar?.lastDay ?? '',
    },
    validate: (values) => problemText(yearProblems(values)),
  });

  async function save(values: YearValues) {
    setFailure(null);
    try {
      const fields = { ...values, schoolYear: values.schoolYear.trim() };
      const change = getFragmentData(ChangeFragment, calendar
        ? (await update({ variables: { input: { id: calendar.id, version: calendar.version, ...fields } } })).data?.updateSchoolCalendar
        : (await create({ variables: { input: { schoolId, ...fields } } })).data?.createSchoolCalendar);
      if (change) onSaved(getFragmentData(CalendarFragment, change.calendar), change.deadlines);
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void save(values), focusFirstError(form))} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {calendar ? t('schoolCalendar.editYear', { year: calendar.schoolYear }) : t('schoolCalendar.addYear')}
        </Title>
        <SaveFailure error={failure} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('schoolCalendar.yearName')}
            description={t('schoolCalendar.yearNameHint')}
            required
            withAsterisk={false}
            style={{ flex: '1 1 10rem' }}
            {...form.getInputProps('schoolYear')}
          />
          <TextInput
            type="date"
            label={t('schoolCalendar.firstDay')}
            required
            withAsterisk={false}
            style={{ flex: '1 1 10rem' }}
            {...form.getInputProps('firstDay')}
          />
          <TextInput
            type="date"
            label={t('schoolCalendar.lastDay')}
            required
            withAsterisk={false}
            style={{ flex: '1 1 10rem' }}
            {...form.getInputProps('lastDay')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {calendar ? t('schoolCalendar.saveYear') : t('schoolCalendar.createYear')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A calendar problem in the reader's language, field by field, for @mantine/form. */
function useCalendarProblemText() {
  const { t } = useTranslation();
  return (problems: Partial<Record<string, ClosureProblem>>) =>
    Object.fromEntries(
      Object.entries(problems).flatMap(([field, problem]) =>
        problem ? [[field, problem === 'required' ? t('admin.validation.required') : t(`schoolCalendar.${problem}`)]] : [],
      ),
    );
}

function ClosuresTable({ calendar, onSaved }: { calendar: Calendar; onSaved: (recompute: Recompute) => void }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<Closure | 'new' | null>(null);
  const [removing, setRemoving] = useState<Closure | null>(null);
  const [remove] = useMutation(RemoveCalendarClosureMutation);
  const date = (iso: string) => formatIsoDate(iso, i18n.language);

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4">
          {t('schoolCalendar.closuresHeading', { year: calendar.schoolYear })}
        </Title>
        <Button variant="default" onClick={() => setEditing('new')}>
          {t('schoolCalendar.addClosure')}
        </Button>
      </Group>
      <RecordTable
        minWidth={320}
        caption={t('schoolCalendar.closuresCaption', { count: calendar.closures.length, year: calendar.schoolYear })}
        rows={calendar.closures}
        rowKey={(closure) => closure.id}
        columns={[
          { header: t('schoolCalendar.closureName'), rowHeader: true, cell: (closure) => closure.name },
          { header: t('schoolCalendar.closureKind'), cell: (closure) => t(`schoolCalendar.kinds.${closure.kind}`) },
          {
            header: t('schoolCalendar.dates'),
            cell: (closure) =>
              closure.firstDay === closure.lastDay
                ? date(closure.firstDay)
                : t('schoolCalendar.range', { from: date(closure.firstDay), to: date(closure.lastDay) }),
          },
          {
            header: t('admin.common.actions'),
            cell: (closure) => (
              <RowActions>
                <RowAction label={t('schoolCalendar.editLabel', { name: closure.name })} onClick={() => setEditing(closure)}>
                  {t('admin.common.edit')}
                </RowAction>
                <RowAction label={t('schoolCalendar.removeLabel', { name: closure.name })} onClick={() => setRemoving(closure)}>
                  {t('schoolCalendar.remove')}
                </RowAction>
              </RowActions>
            ),
          },
        ]}
      />
      <FormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('schoolCalendar.addClosure') : editing ? t('schoolCalendar.editLabel', { name: editing.name }) : ''}
      >
        {editing && (
          <ClosureForm
            calendar={calendar}
            closure={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
            onSaved={(recompute) => {
              setEditing(null);
              onSaved(recompute);
            }}
          />
        )}
      </FormModal>
      <ConfirmModal
        opened={removing !== null}
        title={removing ? t('schoolCalendar.removeLabel', { name: removing.name }) : ''}
        body={t('schoolCalendar.removeBody')}
        confirmLabel={t('schoolCalendar.remove')}
        danger
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          const result = await remove({ variables: { id: removing.id, version: calendar.version } });
          if (result.data) onSaved(getFragmentData(ChangeFragment, result.data.removeCalendarClosure).deadlines);
        }}
      />
    </Stack>
  );
}

function ClosureForm({
  calendar,
  closure,
  onClose,
  onSaved,
}: {
  calendar: Calendar;
  closure: Closure | null;
  onClose: () => void;
  onSaved: (recompute: Recompute) => void;
}) {
  const { t } = useTranslation();
  const problemText = useCalendarProblemText();
  const [failure, setFailure] = useState<unknown>(null);
  const [add, adding] = useMutation(AddCalendarClosureMutation);
  const [update, updating] = useMutation(UpdateCalendarClosureMutation);
  const form = useForm<ClosureValues>({
    name: 'closure',
    mode: 'controlled',
    initialValues: {
      kind: closure?.kind ?? 'HOLIDAY',
      name: closure?.name ?? '',
      firstDay: closure?.firstDay ?? '',
      lastDay: closure?.lastDay ?? '',
    },
    validate: (values) => problemText(closureProblems(values, calendar)),
  });

  async function save({ kind, name, firstDay, lastDay }: ClosureValues) {
    setFailure(null);
    const fields = {
      version: calendar.version,
      kind: kind as CalendarClosureKind,
      name: name.trim(),
      firstDay,
      lastDay: lastDay || firstDay,
    };
    try {
      const change = getFragmentData(ChangeFragment, closure
        ? (await update({ variables: { input: { id: closure.id, ...fields } } })).data?.updateCalendarClosure
        : (await add({ variables: { input: { calendarId: calendar.id, ...fields } } })).data?.addCalendarClosure);
      if (change) onSaved(change.deadlines);
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void save(values), focusFirstError(form))}>
      <Stack gap="md">
        <SaveFailure error={failure} />
        <NativeSelect
          label={t('schoolCalendar.closureKind')}
          data={KINDS.map((value) => ({ value, label: t(`schoolCalendar.kinds.${value}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput
          label={t('schoolCalendar.closureName')}
          data-autofocus
          required
          withAsterisk={false}
          {...form.getInputProps('name')}
        />
        <TextInput
          type="date"
          label={t('schoolCalendar.closureFirstDay')}
          min={calendar.firstDay}
          max={calendar.lastDay}
          required
          withAsterisk={false}
          {...form.getInputProps('firstDay')}
        />
        <TextInput
          type="date"
          label={t('schoolCalendar.closureLastDay')}
          description={t('schoolCalendar.closureLastDayHint')}
          min={calendar.firstDay}
          max={calendar.lastDay}
          {...form.getInputProps('lastDay')}
        />
        <FormActions onCancel={onClose} loading={adding.loading || updating.loading} submitLabel={t('admin.common.save')} />
      </Stack>
    </form>
  );
}
