import { useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { isOnScale } from '@iep/domain/progress';
import { graphql, useMe } from '@iep/web/data-access';
import { ErrorAlert, LoadingState, PageHeading, useProgressText } from '@iep/web/ui';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localToday, newEntryKey, notify } from './entry-helpers';
import { MeasureValueInput } from './measure-value-input';
import { useOfflineEntries } from './use-offline-entries';

const ProgressCaseloadQuery = graphql(`
  query ProgressCaseload {
    myProgressCaseload {
      iepId
      studentId
      studentName
      goals {
        partId
        area
        viewerCanRecord
        measure {
          ...ProgressGoal_measure @unmask
        }
        flags {
          rule
          acknowledgment {
            id
          }
        }
      }
    }
  }
`);

type Translate = (key: string, options?: Record<string, unknown>) => string;
type FormValues = { observedOn: string; setting: string; students: string[]; values: Record<string, number | ''> };

/**
 * "Today's session" on a phone: the provider picks the students of a group session and records every goal
 * they worked on in one form, one shared day and setting. Each value becomes one data point with its own
 * idempotency key; without a connection they wait on the device and go when it returns.
 */
export function SessionRoute() {
  const { t: typed } = useTranslation();
  const t = typed as unknown as Translate;
  const { me } = useMe();
  const { kindLabel, number } = useProgressText();
  const { data, loading, error, refetch } = useQuery(ProgressCaseloadQuery, { fetchPolicy: 'cache-and-network' });
  const [failure, setFailure] = useState<unknown>(null);
  const onSent = useCallback(
    (count: number) => {
      if (count > 0) notify(t('progress.record.sentQueued', { count }));
      void refetch();
    },
    [refetch, t],
  );
  const { record, waiting } = useOfflineEntries(me?.id, onSent);
  const caseload = data?.myProgressCaseload ?? [];
  const goals = caseload.flatMap((student) => student.goals.filter((goal) => goal.viewerCanRecord && goal.measure));
  const form = useForm<FormValues>({
    initialValues: { observedOn: localToday(), setting: '', students: [], values: {} },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (!/^\d{4}-\d{2}-\d{2}$/.test(values.observedOn)) errors['observedOn'] = t('iep.problem.date');
      if (!values.setting.trim()) errors['setting'] = t('progress.record.settingRequired');
      for (const goal of goals) {
        const value = values.values[goal.partId];
        if (typeof value === 'number' && !isOnScale(goal.measure!, value)) {
          errors[`values.${goal.partId}`] = t('iep.problem.offScale', { min: number(goal.measure!.scaleMin), max: number(goal.measure!.scaleMax) });
        }
      }
      return errors;
    },
  });

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorAlert title={t('progress.session.title')} error={error} onRetry={() => void refetch()} />;
  const chosen = caseload.filter((student) => form.values.students.includes(student.iepId));

  return (
    <Stack gap="md">
      <PageHeading>{t('progress.session.title')}</PageHeading>
      <Text size="sm">{t('progress.session.intro')}</Text>
      {waiting > 0 && (
        <Alert color="yellow" variant="light" role="status">
          {t('progress.record.pending', { count: waiting })}
        </Alert>
      )}
      {caseload.length === 0 ? (
        <Text>{t('progress.session.empty')}</Text>
      ) : (
        <form
          onSubmit={form.onSubmit(async (values) => {
            setFailure(null);
            const entries = chosen.flatMap((student) =>
              student.goals
                .filter((goal) => typeof values.values[goal.partId] === 'number')
                .map((goal) => ({
                  idempotencyKey: newEntryKey(), partId: goal.partId, value: values.values[goal.partId] as number,
                  observedOn: values.observedOn, setting: values.setting.trim(), note: '',
                })),
            );
            if (entries.length === 0) {
              setFailure(t('progress.session.nothing'));
              return;
            }
            let queued = 0;
            try {
              for (const entry of entries) if ((await record(entry)) === 'QUEUED') queued += 1;
            } catch (caught) {
              setFailure(caught);
              return;
            }
            form.setFieldValue('values', {});
            notify(queued > 0 ? t('progress.record.queued') : t('progress.session.saved', { count: entries.length }), queued > 0 ? 'gray' : 'green');
            void refetch();
          })}
        >
          <Stack gap="md">
            <Group align="flex-start" gap="sm">
              <TextInput type="date" label={t('progress.record.date')} maw={180} {...form.getInputProps('observedOn')} />
              <TextInput label={t('progress.record.setting')} placeholder={t('progress.record.settingPlaceholder')} maw={240} {...form.getInputProps('setting')} />
            </Group>
            <Checkbox.Group label={t('progress.session.students')} {...form.getInputProps('students')}>
              <Stack mt="xs" gap="xs">
                {caseload.map((student) => (
                  <Checkbox key={student.iepId} value={student.iepId} label={student.studentName} />
                ))}
              </Stack>
            </Checkbox.Group>
            {chosen.map((student) => (
              <fieldset key={student.iepId} style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8, padding: 'var(--mantine-spacing-sm)', margin: 0, minWidth: 0 }}>
                <legend>
                  <Title order={2} size="h4" component="span">
                    {student.studentName}
                  </Title>
                </legend>
                <Stack gap="sm">
                  <Link to={`/ieps/${student.iepId}/progress`}>{t('progress.session.studentProgress', { name: student.studentName })}</Link>
                  {student.goals.map((goal) =>
                    goal.measure && goal.viewerCanRecord ? (
                      <Stack key={goal.partId} gap={4}>
                        <MeasureValueInput
                          id={`session-${goal.partId}`}
                          label={`${goal.area || t('progress.page.titleNoName')} (${kindLabel(goal.measure.kind)})`}
                          measure={goal.measure}
                          value={form.values.values[goal.partId] ?? ''}
                          onChange={(value) => form.setFieldValue('values', { ...form.values.values, [goal.partId]: value })}
                          error={form.errors[`values.${goal.partId}`] as string | undefined}
                        />
                        {goal.flags
                          .filter((flag) => !flag.acknowledgment)
                          .map((flag) => (
                            <Text key={flag.rule} size="sm" c="red.9">
                              {t(`progress.flag.${flag.rule}.title`)}
                            </Text>
                          ))}
                      </Stack>
                    ) : null,
                  )}
                </Stack>
              </fieldset>
            ))}
            {failure !== null && <ErrorAlert title={t('progress.session.title')} error={failure} />}
            <Button type="submit" style={{ alignSelf: 'flex-start' }} loading={form.submitting} disabled={chosen.length === 0}>
              {t('progress.session.save')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
