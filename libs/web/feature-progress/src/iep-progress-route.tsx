import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useMe, type IepProgressQuery as IepProgressData } from '@iep/web/data-access';
import { useProgressText } from '@iep/web/ui';
import { TREND_MIN_POINTS, TREND_WINDOW } from '@iep/domain/progress';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localToday, notify } from './entry-helpers';
import { FlagList } from './flag-list';
import { GoalChart } from './goal-chart';
import { IepPageHeading, iepPageState } from './iep-page-state';
import { PointsTable } from './points-table';
import { IepProgressQuery } from './progress-queries';
import { RecordPointForm } from './record-point-form';
import { useOfflineEntries } from './use-offline-entries';

type Goal = IepProgressData['iepProgress'][number];

/** Progress on every goal of one IEP: the family's view and the team's, with recording for whoever may. */
export function IepProgressRoute() {
  const { iepId = '' } = useParams();
  const { t } = useTranslation();
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(IepProgressQuery, { variables: { iepId }, fetchPolicy: 'cache-and-network' });
  const onSent = useCallback(
    (count: number) => {
      if (count > 0) notify(t('progress.record.sentQueued', { count }));
      void refetch();
    },
    [refetch, t],
  );
  const { record, waiting } = useOfflineEntries(me?.id, onSent);

  const state = iepPageState({ loading, error, data, refetch }, t('progress.page.titleNoName'));
  if (state || !data) return state;
  const name = data.iep?.studentFirstName;
  return (
    <Stack gap="lg">
      <div>
        <IepPageHeading iepId={iepId}>{name ? t('progress.page.title', { name }) : t('progress.page.titleNoName')}</IepPageHeading>
        {me && me.role !== 'PARENT' && me.role !== 'STUDENT' && me.role !== 'GUEST' && me.role !== 'DISTRICT_ADMIN' && (
          <Anchor component={Link} to="/progress/session" size="sm" mb="xs" display="block">
            {t('progress.session.link')}
          </Anchor>
        )}
        <Text size="sm" c="dimmed">
          {t('progress.chart.trendRule', { window: TREND_WINDOW, min: TREND_MIN_POINTS })}
        </Text>
      </div>
      {waiting > 0 && (
        <Alert color="yellow" variant="light" role="status">
          {t('progress.record.pending', { count: waiting })}
        </Alert>
      )}
      {data.iepProgress.length === 0 && <Text>{t('progress.page.noGoals')}</Text>}
      {data.iepProgress.map((goal, index) => (
        <GoalCard
          key={goal.partId}
          goal={goal}
          number={index + 1}
          record={record}
          onChanged={() => void refetch()}
        />
      ))}
    </Stack>
  );
}

function GoalCard({ goal, number, record, onChanged }: {
  goal: Goal;
  number: number;
  record: ReturnType<typeof useOfflineEntries>['record'];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { summary, value, date } = useProgressText();
  const title = goal.area.trim() || t('progress.page.titleNoName');
  const headingId = `goal-${goal.partId}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('iep.editor.numbered', { title: t('iep.part.GOAL.title'), number })}: {title}
        </Title>
        {goal.annualGoal && <Text>{goal.annualGoal}</Text>}
        {!goal.measure ? (
          <Alert color="gray" variant="light">
            {t('progress.page.needsMeasure')}
          </Alert>
        ) : (
          <>
            <Text fw={500}>{summary(goal.measure)}</Text>
            <FlagList partId={goal.partId} flags={goal.flags} canAcknowledge={goal.viewerCanRecord} onAcknowledged={() => {
              notify(t('progress.flag.acknowledgedToast'));
              onChanged();
            }} />
            {goal.points.length === 0 ? (
              <Text c="dimmed">{t('progress.page.noPoints')}</Text>
            ) : (
              <>
                <GoalChart goal={{ ...goal, measure: goal.measure }} label={t('progress.chart.title', { goal: title })} />
                {goal.trend && (
                  <Text size="sm">
                    {t('progress.chart.trendSummary', {
                      value: value(goal.measure, Math.round(goal.trend.projectedAtTargetDate * 10) / 10),
                      date: date(goal.measure.targetDate),
                      target: value(goal.measure, goal.measure.target),
                    })}
                  </Text>
                )}
                <PointsTable goal={{ ...goal, measure: goal.measure }} points={goal.points} caption={t('progress.chart.tableCaption', { goal: title })} />
              </>
            )}
            {goal.viewerCanRecord && (
              <RecordPointForm
                partId={goal.partId}
                goalName={title}
                measure={goal.measure}
                today={localToday()}
                record={record}
                onRecorded={(outcome) => {
                  if (outcome === 'SENT') {
                    notify(t('progress.record.saved'));
                    onChanged();
                  } else {
                    notify(t('progress.record.queued'), 'gray');
                  }
                }}
              />
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
