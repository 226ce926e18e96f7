import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, ErrorAlert, RecordTable, RowAction, RowActions, loadPageTexts } from '@iep/web/ui';
import { graphql } from '@iep/web/data-access';

const ReportingPeriodsQuery = graphql(`
  query ReportingPeriods {
    reportingPeriods {
      id
      name
      firstDay
      lastDay
      version
    }
  }
`);

const SaveReportingPeriodMutation = graphql(`
  mutation SaveReportingPeriod($input: SaveReportingPeriodInput!) {
    saveReportingPeriod(input: $input) {
      period {
        id
        name
        firstDay
        lastDay
        version
      }
      deadlinesWritten
    }
  }
`);

const DeleteReportingPeriodMutation = graphql(`
  mutation DeleteReportingPeriod($id: ID!, $version: Int!) {
    deleteReportingPeriod(id: $id, version: $version) {
      periodId
      deadlinesClosed
    }
  }
`);

type Period = { id: string; name: string; firstDay: string; lastDay: string; version: number };

/**
 * The district's reporting periods, kept with its calendar: each one gives every IEP in force a progress
 * report due on its last day. Its texts are the progress pages' (loaded here), so the calendar's own stay
 * in the first download.
 */
export function ReportingPeriodsSection() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void loadPageTexts().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  return ready ? <Periods /> : null;
}

function Periods() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ReportingPeriodsQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Period | null>(null);
  const [written, setWritten] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<Period | null>(null);
  const [closed, setClosed] = useState<number | null>(null);
  const [remove, removal] = useMutation(DeleteReportingPeriodMutation);
  return (
    <section aria-labelledby="reporting-periods-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="reporting-periods-heading">
          {t('progress.report.periods.heading')}
        </Title>
        <Text size="sm">{t('progress.report.periods.intro')}</Text>
        {error && <ErrorAlert title={t('progress.report.periods.heading')} error={error} onRetry={() => void refetch()} />}
        {written !== null && (
          <Alert color="green" variant="light" role="status">
            {t('progress.report.periods.written', { count: written })}
          </Alert>
        )}
        {closed !== null && (
          <Alert color="green" variant="light" role="status">
            {t('progress.report.periods.deleted', { count: closed })}
          </Alert>
        )}
        {data && data.reportingPeriods.length > 0 && (
          <RecordTable
            minWidth={480}
            tableProps={{ striped: false, verticalSpacing: 'xs' }}
            caption={t('progress.report.periods.caption')}
            rows={data.reportingPeriods}
            rowKey={(period) => period.id}
            columns={[
              { header: t('progress.report.periods.name'), cell: (period) => period.name },
              { header: t('progress.report.periods.firstDay'), cell: (period) => period.firstDay },
              { header: t('progress.report.periods.lastDay'), cell: (period) => period.lastDay },
              {
                header: t('progress.report.periods.actions'),
                cell: (period) => (
                  <RowActions>
                    <RowAction label={t('progress.report.periods.editLabel', { name: period.name })} onClick={() => setEditing(period)}>
                      {t('progress.report.periods.edit')}
                    </RowAction>
                    <RowAction
                      label={t('progress.report.periods.deleteLabel', { name: period.name })} color="red"
                      onClick={() => {
                        removal.reset();
                        setDeleting(period);
                      }}
                    >
                      {t('progress.report.periods.delete')}
                    </RowAction>
                  </RowActions>
                ),
              },
            ]}
          />
        )}
        <ConfirmDialog
          opened={deleting !== null}
          title={t('progress.report.periods.deleteTitle', { name: deleting?.name ?? '' })}
          body={t('progress.report.periods.deleteBody')}
          confirmLabel={t('progress.report.periods.delete')}
          busy={removal.loading}
          failure={removal.error ? removal.error.message : null}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            if (!deleting) return;
            remove({ variables: { id: deleting.id, version: deleting.version } }).then((result) => {
              if (!result.data) return;
              setWritten(null);
              setClosed(result.data.deleteReportingPeriod.deadlinesClosed);
              if (editing?.id === deleting.id) setEditing(null);
              setDeleting(null);
              void refetch();
            }, () => undefined);
          }}
        />
        <PeriodForm
          key={editing?.id ?? 'new'}
          period={editing}
          onSaved={(count) => {
            setClosed(null);
            setWritten(count);
            setEditing(null);
            void refetch();
          }}
        />
      </Stack>
    </section>
  );
}

function PeriodForm({ period, onSaved }: { period: Period | null; onSaved: (written: number) => void }) {
  const { t } = useTranslation();
  const [save, { loading, error }] = useMutation(SaveReportingPeriodMutation);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: period?.name ?? '', firstDay: period?.firstDay ?? '', lastDay: period?.lastDay ?? '' },
    validate: {
      name: (value) => (value.trim() ? null : t('progress.report.periods.required')),
      firstDay: (value) => (value ? null : t('progress.report.periods.required')),
      lastDay: (value, values) => (!value ? t('progress.report.periods.required') : value < values.firstDay ? t('progress.report.periods.lastBeforeFirst') : null),
    },
  });
  return (
    <form
      noValidate
      aria-label={period ? t('progress.report.periods.editLabel', { name: period.name }) : t('progress.report.periods.add')}
      onSubmit={form.onSubmit((values) => {
        const input = { ...values, id: period?.id ?? null, version: period?.version ?? null };
        save({ variables: { input } }).then((result) => {
          if (result.data) {
            form.reset();
            onSaved(result.data.saveReportingPeriod.deadlinesWritten);
          }
        }, () => undefined);
      })}
    >
      <Stack gap="xs">
        <Group align="flex-end" wrap="wrap">
          <TextInput label={t('progress.report.periods.name')} {...form.getInputProps('name')} />
          <TextInput type="date" label={t('progress.report.periods.firstDay')} {...form.getInputProps('firstDay')} />
          <TextInput type="date" label={t('progress.report.periods.lastDay')} {...form.getInputProps('lastDay')} />
          <Button type="submit" loading={loading}>
            {period ? t('progress.report.periods.save') : t('progress.report.periods.add')}
          </Button>
        </Group>
        {error && <ErrorAlert title={t('progress.report.periods.heading')} error={error} />}
      </Stack>
    </form>
  );
}
