import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { schoolYearProblems, type SchoolYearValues } from '@iep/domain/deadlines';
import { getFragmentData } from '@iep/web/data-access';
import { focusFirstError } from '@iep/web/ui';
import { SaveFailure } from '../admin-ui';
import { useCalendarProblemText } from './calendar-problem-text';
import {
  CalendarFragment, ChangeFragment, CreateSchoolCalendarMutation, SchoolCalendarsQuery, UpdateSchoolCalendarMutation, type Calendar, type Recompute,
} from './calendar-queries';

type YearValues = SchoolYearValues;

/** A school year's name and first and last days: a new year, or the one chosen. */
export function SchoolYearForm({
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
    validate: (values) => problemText(schoolYearProblems(values)),
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
