import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, FileInput, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert, LoadingState, PageHeading, RecordTable } from '@iep/web/ui';
import { graphql, type RosterAction, type RosterEntity, type RosterImportStatus } from '@iep/web/data-access';
import { SaveFailure, useNotifySuccess } from '../admin-ui';
import { isRosterImportWorking, rosterBundleProblem, uploadRosterBundle } from './roster-rules';

const RosterImportQuery = graphql(`
  query RosterImport($id: ID!) {
    rosterImport(id: $id) {
      id
      fileName
      status
      mode
      progress
      rows
      changeCount
      unchanged
      skipped
      problemCount
      failure
      counts {
        entity
        created
        updated
        deactivated
      }
      changes {
        entity
        action
        sourcedId
        name
      }
      problems {
        file
        line
        column
        message
      }
    }
  }
`);

const RosterImportsQuery = graphql(`
  query RosterImports {
    rosterImports(first: 5) {
      id
      fileName
      status
      createdAt
    }
  }
`);

const ApplyRosterImportMutation = graphql(`
  mutation ApplyRosterImport($id: ID!) {
    applyRosterImport(id: $id) {
      id
      status
    }
  }
`);

/** Upload a OneRoster 1.2 CSV bundle, read its dry run, apply it, and watch it go through. */
export function AdminRosterRoute() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const importId = params.get('import');
  const [uploadError, setUploadError] = useState<unknown>(null);
  const form = useForm<{ bundle: File | null }>({
    initialValues: { bundle: null },
    validate: {
      bundle: (file) => {
        const problem = rosterBundleProblem(file);
        return problem ? t(`admin.roster.fileProblem.${problem}`) : null;
      },
    },
  });
  const recent = useQuery(RosterImportsQuery, { fetchPolicy: 'cache-and-network' });

  async function upload({ bundle }: { bundle: File | null }) {
    setUploadError(null);
    try {
      const { id } = await uploadRosterBundle(bundle!, i18n.language);
      form.reset();
      setParams({ import: id });
      void recent.refetch();
    } catch (caught) {
      setUploadError(caught);
    }
  }

  return (
    <>
      <PageHeading>{t('admin.roster.heading')}</PageHeading>
      <Text mb="md">{t('admin.roster.intro')}</Text>
      <Stack gap="xl">
        <form onSubmit={form.onSubmit(upload)} noValidate>
          <Stack gap="sm" maw={560}>
            <FileInput
              label={t('admin.roster.fileLabel')}
              description={t('admin.roster.fileHint')}
              accept=".zip,application/zip"
              clearable
              clearButtonProps={{ 'aria-label': t('admin.roster.clearFile') }}
              {...form.getInputProps('bundle')}
            />
            <Group>
              <Button type="submit" loading={form.submitting}>
                {t('admin.roster.upload')}
              </Button>
            </Group>
            {uploadError !== null && (
              <Alert color="red" variant="light" title={t('admin.roster.uploadFailed')}>
                {uploadError instanceof Error ? uploadError.message : String(uploadError)}
              </Alert>
            )}
          </Stack>
        </form>
        {importId && <RosterImportReport key={importId} id={importId} onApplied={() => void recent.refetch()} />}
        <RecentImports imports={recent.data?.rosterImports ?? []} />
      </Stack>
    </>
  );
}

function RosterImportReport({ id, onApplied }: { id: string; onApplied: () => void }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  // Polled while the worker is on it (the import's row carries its progress), then left alone.
  const { data, error, refetch, startPolling, stopPolling } = useQuery(RosterImportQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
    pollInterval: 700,
  });
  const [applyImport, applying] = useMutation(ApplyRosterImportMutation);
  const [failure, setFailure] = useState<unknown>(null);
  const [announceApplied, setAnnounceApplied] = useState(false);
  const current = data?.rosterImport;
  const working = current ? isRosterImportWorking(current.status) : true;

  useEffect(() => {
    if (current && !working) stopPolling();
    if (announceApplied && current?.status === 'APPLIED') {
      setAnnounceApplied(false);
      notifySuccess(t('admin.roster.applied'));
      onApplied();
    }
  }, [current, working, announceApplied, stopPolling, notifySuccess, onApplied, t]);

  async function apply() {
    setFailure(null);
    try {
      await applyImport({ variables: { id } });
      setAnnounceApplied(true);
      startPolling(700);
      await refetch();
    } catch (caught) {
      setFailure(caught);
    }
  }

  if (error) return <ErrorAlert title={t('admin.common.loadErrorTitle')} error={error} onRetry={() => void refetch()} />;
  if (!current) return <LoadingState />;

  return (
    <Stack gap="md" component="section" aria-labelledby="roster-import-heading">
      <Title order={2} size="h3" id="roster-import-heading">
        {t('admin.roster.reportHeading', { file: current.fileName })}
      </Title>
      <Group gap="sm">
        <Badge variant="light" color={statusColor(current.status)}>{t(`admin.roster.status.${current.status}`)}</Badge>
        {current.mode && <Text size="sm">{t(`admin.roster.mode.${current.mode}`)}</Text>}
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Progress.Root size="xl" style={{ flex: 1 }}>
          <Progress.Section
            value={current.progress}
            color={statusColor(current.status)}
            aria-label={t('admin.roster.progressLabel', { step: t(`admin.roster.status.${current.status}`) })}
          />
        </Progress.Root>
        {/* Beside the bar rather than on it, so the figure keeps its contrast whatever the bar's colour. */}
        <Text size="sm" fw={700} aria-hidden>{`${current.progress} %`}</Text>
      </Group>
      <SaveFailure error={failure} />
      {current.failure && (
        <Alert color="red" variant="light" title={t('admin.roster.failedTitle')}>
          {t(`admin.roster.failure.${current.failure}`)}
        </Alert>
      )}
      {current.status === 'INVALID' && current.problemCount > 0 && <ProblemTable problems={current.problems} total={current.problemCount} />}
      {(current.status === 'VALIDATED' || current.status === 'APPLIED') && (
        <>
          <Text>
            {current.status === 'VALIDATED'
              ? t('admin.roster.dryRunSummary', { rows: current.rows, changes: current.changeCount, unchanged: current.unchanged, skipped: current.skipped })
              : t('admin.roster.appliedSummary', { rows: current.rows, changes: current.changeCount, unchanged: current.unchanged, skipped: current.skipped })}
          </Text>
          <CountTable counts={current.counts} />
          {current.changes.length > 0 && <ChangeTable changes={current.changes} total={current.changeCount} />}
          {current.status === 'VALIDATED' && (
            <Group>
              <Button onClick={() => void apply()} loading={applying.loading}>
                {t('admin.roster.apply')}
              </Button>
              <Text size="sm">{t('admin.roster.applyHint')}</Text>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

function statusColor(status: RosterImportStatus): string {
  if (status === 'APPLIED' || status === 'VALIDATED') return 'green';
  if (status === 'INVALID' || status === 'FAILED') return 'red';
  return 'blue';
}

/** The roster's tables look like Mantine's own: striped, with its default row height. */
const ROSTER_TABLE = { striped: true, verticalSpacing: 'xs' } as const;

function CountTable({ counts }: { counts: Array<{ entity: RosterEntity; created: number; updated: number; deactivated: number }> }) {
  const { t } = useTranslation();
  return (
    <RecordTable
      minWidth={480}
      tableProps={ROSTER_TABLE}
      caption={t('admin.roster.countsCaption')}
      rows={counts}
      rowKey={(count) => count.entity}
      columns={[
        { header: t('admin.roster.record'), rowHeader: true, cell: (count) => t(`admin.roster.entity.${count.entity}`) },
        { header: t('admin.roster.action.CREATE'), cell: (count) => count.created },
        { header: t('admin.roster.action.UPDATE'), cell: (count) => count.updated },
        { header: t('admin.roster.action.DEACTIVATE'), cell: (count) => count.deactivated },
      ]}
    />
  );
}

function ChangeTable({ changes, total }: { changes: Array<{ entity: RosterEntity; action: RosterAction; sourcedId?: string | null; name: string }>; total: number }) {
  const { t } = useTranslation();
  return (
    <RecordTable
      minWidth={480}
      tableProps={ROSTER_TABLE}
      caption={t('admin.roster.changesCaption', { shown: changes.length, total })}
      rows={changes}
      rowKey={(change) => `${change.entity}-${change.action}-${change.sourcedId}`}
      columns={[
        { header: t('admin.roster.name'), rowHeader: true, cell: (change) => change.name },
        { header: t('admin.roster.record'), cell: (change) => t(`admin.roster.entity.${change.entity}`) },
        { header: t('admin.roster.change'), cell: (change) => t(`admin.roster.action.${change.action}`) },
        { header: 'sourcedId', cell: (change) => change.sourcedId },
      ]}
    />
  );
}

function ProblemTable({ problems, total }: { problems: Array<{ file: string; line: number; column?: string | null; message: string }>; total: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert color="red" variant="light" title={t('admin.roster.invalidTitle')}>
        {t('admin.roster.invalidBody', { count: total })}
      </Alert>
      <RecordTable
        minWidth={560}
        tableProps={ROSTER_TABLE}
        caption={t('admin.roster.problemsCaption', { shown: problems.length, total })}
        rows={problems.map((problem, index) => ({ ...problem, key: `${problem.file}-${problem.line}-${problem.column}-${index}` }))}
        rowKey={(problem) => problem.key}
        columns={[
          { header: t('admin.roster.file'), cell: (problem) => problem.file || '—' },
          { header: t('admin.roster.line'), cell: (problem) => problem.line || '—' },
          { header: t('admin.roster.column'), cell: (problem) => problem.column ?? '—' },
          { header: t('admin.roster.problem'), cell: (problem) => problem.message },
        ]}
      />
    </>
  );
}

function RecentImports({ imports }: { imports: Array<{ id: string; fileName: string; status: RosterImportStatus; createdAt: unknown }> }) {
  const { t, i18n } = useTranslation();
  if (imports.length === 0) return null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Stack gap="xs" component="section" aria-labelledby="roster-recent-heading">
      <Title order={2} size="h4" id="roster-recent-heading">
        {t('admin.roster.recentHeading')}
      </Title>
      <ul>
        {imports.map((item) => (
          <li key={item.id}>
            <Anchor component={Link} to={`?import=${item.id}`}>
              {item.fileName}
            </Anchor>{' '}
            — {when.format(new Date(item.createdAt as string))} — {t(`admin.roster.status.${item.status}`)}
          </li>
        ))}
      </ul>
    </Stack>
  );
}
