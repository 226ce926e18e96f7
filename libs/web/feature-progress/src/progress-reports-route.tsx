import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CombinedGraphQLErrors } from '@apollo/client';
import { type IepProgressReportsQuery as ReportsData, type ProgressReportCode } from '@iep/web/data-access';
import { PROGRESS_REPORT_CODE_LABELS, PROGRESS_REPORT_CODES, entriesMissing } from '@iep/domain/progress';
import { ConfirmDialog, ErrorAlert, useProgressText, type MeasureForText } from '@iep/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { notify } from './entry-helpers';
import { FlagList } from './flag-list';
import { GoalChart } from './goal-chart';
import { IepPageHeading, iepPageState } from './iep-page-state';
import { PointsTable } from './points-table';
import {
  AskProgressReportQuestionMutation, IepProgressReportsQuery, MarkProgressReportReadMutation, SaveProgressReportEntryMutation, SendProgressReportMutation,
} from './report-queries';

type Report = ReportsData['iepProgressReports'][number];
type Entry = Report['entries'][number];

/** The code's words from the domain's one list, in the reader's language. */
function useCodeLabel() {
  const { i18n } = useTranslation();
  const language = i18n.language?.startsWith('es') ? 'es' : 'en';
  return (code: ProgressReportCode) => PROGRESS_REPORT_CODE_LABELS[code][language];
}

/** The progress reports of one IEP: the team writes and sends them; the family reads them, says so and asks. */
export function ProgressReportsRoute() {
  const { iepId = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(IepProgressReportsQuery, { variables: { iepId }, fetchPolicy: 'cache-and-network' });
  const state = iepPageState({ loading, error, data, refetch }, t('progress.report.page.titleNoName'));
  if (state || !data) return state;
  const name = data.iep?.studentFirstName;
  return (
    <Stack gap="lg">
      <div>
        <IepPageHeading iepId={iepId}>{name ? t('progress.report.page.title', { name }) : t('progress.report.page.titleNoName')}</IepPageHeading>
      </div>
      {data.iepProgressReports.length === 0 && <Text>{t('progress.report.page.none')}</Text>}
      {data.iepProgressReports.map((report) => (
        <ReportCard key={report.period.id} iepId={iepId} report={report} onChanged={() => void refetch()} />
      ))}
    </Stack>
  );
}

function ReportCard({ iepId, report, onChanged }: { iepId: string; report: Report; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language?.startsWith('es') ? 'es' : 'en';
  const { date } = useProgressText();
  const sent = report.status === 'SENT';
  const headingId = `report-${report.period.id}`;
  const [markRead, marking] = useMutation(MarkProgressReportReadMutation);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} size="h3" id={headingId}>
              {t('progress.report.period', { name: report.period.name, from: date(report.period.firstDay), to: date(report.period.lastDay) })}
            </Title>
            <Text size="sm" c="dimmed">{t('progress.report.due', { date: date(report.dueDate) })}</Text>
          </div>
          <Badge color={sent ? 'green' : 'gray'} variant="light" size="lg">
            {sent ? t('progress.report.status.SENT') : t('progress.report.status.DRAFT')}
          </Badge>
        </Group>
        {sent && report.sentAt && (
          <Text size="sm">{t('progress.report.sentOn', { date: date(report.sentAt.slice(0, 10)), name: report.sentBy?.displayName ?? '' })}</Text>
        )}
        {report.pdfUrl && (
          // The PDF in the language the page is read in, from the same renderer as the IEP.
          <Anchor href={`${report.pdfUrl}?lang=${language}`} download size="sm" style={{ alignSelf: 'flex-start' }}>
            {t('progress.report.pdf', { period: report.period.name })}
          </Anchor>
        )}
        {sent && (
          <Text size="sm" role="status">
            {report.readAt ? t('progress.report.readBy', { name: report.readBy?.displayName ?? '', date: date(report.readAt.slice(0, 10)) }) : t('progress.report.notRead')}
          </Text>
        )}
        {report.viewerCanConfirmRead && report.id && (
          <Stack gap="xs">
            {marking.error && <ErrorAlert title={t('progress.report.markRead')} error={marking.error} />}
            <Button
              style={{ alignSelf: 'flex-start' }}
              loading={marking.loading}
              onClick={() => {
                markRead({ variables: { reportId: report.id! } }).then(() => {
                  notify(t('progress.report.markedRead'));
                  onChanged();
                }, () => undefined);
              }}
            >
              {t('progress.report.markRead')}
            </Button>
          </Stack>
        )}
        {report.entries.map((entry, index) => (
          <EntrySection key={entry.partId} iepId={iepId} report={report} entry={entry} number={index + 1} onChanged={onChanged} />
        ))}
        {report.viewerCanSend && <SendButton iepId={iepId} report={report} onSent={onChanged} />}
      </Stack>
    </Card>
  );
}

function EntrySection({ iepId, report, entry, number, onChanged }: { iepId: string; report: Report; entry: Entry; number: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const codeLabel = useCodeLabel();
  const { value, date } = useProgressText();
  const goal = entry.progress;
  const title = goal.area.trim() || t('progress.page.titleNoName');
  const headingId = `report-${report.period.id}-goal-${entry.partId}`;
  const latest = goal.points[goal.points.length - 1];
  const writing = report.status === 'DRAFT' && entry.viewerCanWrite;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId} pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Title order={3} size="h4" id={headingId}>
        {t('iep.editor.numbered', { title: t('iep.part.GOAL.title'), number })}: {title}
      </Title>
      {goal.annualGoal && <Text>{goal.annualGoal}</Text>}
      {!writing && (
        <>
          <Text fw={600}>
            {t('progress.report.code')}: {entry.code ? codeLabel(entry.code) : t('progress.report.noCode')}
          </Text>
          {entry.narrative && <Text style={{ whiteSpace: 'pre-wrap' }}>{entry.narrative}</Text>}
        </>
      )}
      {goal.measure && latest && (
        <Text size="sm">{t('progress.report.latest', { value: value(goal.measure as MeasureForText, latest.value), date: date(latest.observedOn) })}</Text>
      )}
      {goal.measure && goal.trend && (
        <Text size="sm">
          {t('progress.chart.trendSummary', {
            value: value(goal.measure as MeasureForText, Math.round(goal.trend.projectedAtTargetDate * 10) / 10),
            date: date(goal.measure.targetDate),
            target: value(goal.measure as MeasureForText, goal.measure.target),
          })}
        </Text>
      )}
      <FlagList partId={entry.partId} flags={goal.flags} canAcknowledge={false} onAcknowledged={onChanged} />
      {goal.measure && goal.points.length > 0 && (
        <>
          <GoalChart goal={{ ...goal, measure: goal.measure }} label={t('progress.chart.title', { goal: title })} />
          <PointsTable goal={{ ...goal, measure: goal.measure }} points={goal.points} caption={t('progress.chart.tableCaption', { goal: title })} />
        </>
      )}
      {writing && <EntryForm iepId={iepId} periodId={report.period.id} entry={entry} goalName={title} onSaved={onChanged} />}
      {report.status === 'SENT' && report.id && <Questions reportId={report.id} entry={entry} goalName={title} onAsked={onChanged} />}
    </Stack>
  );
}

function EntryForm({ iepId, periodId, entry, goalName, onSaved }: { iepId: string; periodId: string; entry: Entry; goalName: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const codeLabel = useCodeLabel();
  const [save, { loading, error }] = useMutation(SaveProgressReportEntryMutation);
  const [theirs, setTheirs] = useState<{ narrative: string; code: ProgressReportCode | null } | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { code: (entry.code ?? '') as ProgressReportCode | '', narrative: entry.narrative } });
  return (
    <form
      aria-label={t('progress.report.formLabel', { goal: goalName })}
      onSubmit={form.onSubmit(async (values) => {
        try {
          await save({ variables: { input: { iepId, periodId, partId: entry.partId, baseVersion: entry.version, code: values.code || null, narrative: values.narrative } } });
          setTheirs(null);
          notify(t('progress.report.saved'));
          onSaved();
        } catch (failure) {
          const details = CombinedGraphQLErrors.is(failure) ? failure.errors[0]?.extensions : undefined;
          const current = details?.['current'] as { narrative: string; code: ProgressReportCode | null } | undefined;
          if (details?.['code'] === 'CONFLICT' && current) {
            // Their words are shown beside the writer's own, which stay in the form: nothing typed is lost.
            setTheirs(current);
            onSaved();
          }
        }
      })}
    >
      <Stack gap="xs">
        <NativeSelect
          label={t('progress.report.code')}
          data={[{ value: '', label: t('progress.report.chooseCode') }, ...PROGRESS_REPORT_CODES.map((code) => ({ value: code, label: codeLabel(code) }))]}
          {...form.getInputProps('code')}
        />
        <Textarea label={t('progress.report.narrative')} autosize minRows={3} maxLength={4000} {...form.getInputProps('narrative')} />
        {theirs && (
          <Alert color="yellow" variant="light" title={t('progress.report.conflict')} role="alert">
            <Text size="sm">{theirs.code ? codeLabel(theirs.code) : t('progress.report.noCode')}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{theirs.narrative}</Text>
          </Alert>
        )}
        {error && !theirs && <ErrorAlert title={t('progress.report.save')} error={error} />}
        <Button type="submit" size="sm" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('progress.report.save')}
        </Button>
      </Stack>
    </form>
  );
}

function SendButton({ iepId, report, onSent }: { iepId: string; report: Report; onSent: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [send, { loading, error }] = useMutation(SendProgressReportMutation);
  const missing = entriesMissing(report.entries.map((entry) => entry.partId), report.entries);
  return (
    <Stack gap="xs">
      {missing.length > 0 && <Text size="sm" c="dimmed">{t('progress.report.missing', { count: missing.length })}</Text>}
      <Button style={{ alignSelf: 'flex-start' }} disabled={missing.length > 0} onClick={() => setOpened(true)}>
        {t('progress.report.send')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('progress.report.sendTitle')}
        body={t('progress.report.sendBody')}
        confirmLabel={t('progress.report.send')}
        busy={loading}
        failure={error ? error.message : null}
        onCancel={() => setOpened(false)}
        onConfirm={() => {
          send({ variables: { iepId, periodId: report.period.id } }).then(() => {
            setOpened(false);
            notify(t('progress.report.sent'));
            onSent();
          }, () => undefined);
        }}
      />
    </Stack>
  );
}

function Questions({ reportId, entry, goalName, onAsked }: { reportId: string; entry: Entry; goalName: string; onAsked: () => void }) {
  const { t } = useTranslation();
  const { date } = useProgressText();
  const [ask, { loading, error }] = useMutation(AskProgressReportQuestionMutation);
  const form = useForm({
    mode: 'controlled',
    initialValues: { body: '' },
    validate: { body: (body) => (body.trim() ? null : t('progress.report.questionRequired')) },
  });
  return (
    <Stack gap="xs">
      {entry.questions.length > 0 && (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('progress.report.questions', { goal: goalName })}>
          {entry.questions.map((question) => (
            <li key={question.id}>
              <Text size="sm" fw={600}>{t('progress.report.questionBy', { name: question.author.displayName, date: date(question.createdAt.slice(0, 10)) })}</Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{question.body}</Text>
            </li>
          ))}
        </Stack>
      )}
      <form
        noValidate
        onSubmit={form.onSubmit(({ body }) => {
          ask({ variables: { input: { reportId, partId: entry.partId, body } } }).then(() => {
            form.reset();
            notify(t('progress.report.asked'));
            onAsked();
          }, () => undefined);
        })}
      >
        <Stack gap="xs">
          <Textarea label={t('progress.report.ask', { goal: goalName })} autosize minRows={2} maxLength={2000} {...form.getInputProps('body')} />
          {error && <ErrorAlert title={t('progress.report.askSend')} error={error} />}
          <Button type="submit" size="sm" variant="default" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('progress.report.askSend')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
