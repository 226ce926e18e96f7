import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closureProblems } from '@iep/domain/deadlines';
import { getFragmentData, type CalendarClosureKind } from '@iep/web/data-access';
import { FormActions, FormModal, RecordTable, RowAction, RowActions, focusFirstError, formatIsoDate } from '@iep/web/ui';
import { ConfirmModal, SaveFailure } from '../admin-ui';
import { useCalendarProblemText } from './calendar-problem-text';
import {
  AddCalendarClosureMutation, ChangeFragment, RemoveCalendarClosureMutation, UpdateCalendarClosureMutation, type Calendar, type Recompute,
} from './calendar-queries';

type Closure = Calendar['closures'][number];
type ClosureValues = { kind: string; name: string; firstDay: string; lastDay: string };

const KINDS: CalendarClosureKind[] = ['HOLIDAY', 'BREAK', 'NON_SCHOOL_DAY'];

/** The holidays, breaks and other days without school of one school year, each to edit or remove. */
export function ClosuresTable({ calendar, onSaved }: { calendar: Calendar; onSaved: (recompute: Recompute) => void }) {
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
    validate: (values) => {
      // The API's rule (libs/domain) on the closure as it is sent: a one-day closure ends on its first day.
      const problems = closureProblems({ ...values, lastDay: values.lastDay || values.firstDay }, calendar);
      if (!values.lastDay && problems.lastDay === 'dateRequired') delete problems.lastDay;
      return problemText(problems);
    },
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
