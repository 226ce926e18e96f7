import { Button, Group, Stack, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { isOnScale } from '@iep/domain/progress';
import { ErrorAlert, useProgressText } from '@iep/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newEntryKey } from './entry-helpers';
import { MeasureValueInput, type EntryMeasure } from './measure-value-input';
import type { QueuedEntry } from './offline-queue';

type Props = {
  partId: string;
  goalName: string;
  measure: EntryMeasure;
  today: string;
  record: (entry: QueuedEntry) => Promise<'SENT' | 'QUEUED'>;
  onRecorded: (outcome: 'SENT' | 'QUEUED') => void;
};

/** One measurement of one goal: a value on the goal's scale (the domain's rule, as the API checks it), the day, where, a note. */
export function RecordPointForm({ partId, goalName, measure, today, record, onRecorded }: Props) {
  const { t } = useTranslation();
  const { number } = useProgressText();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<{ value: number | ''; observedOn: string; setting: string; note: string }>({
    initialValues: { value: '', observedOn: today, setting: '', note: '' },
    validate: {
      value: (value) =>
        typeof value === 'number' && isOnScale(measure, value)
          ? null
          : t('iep.problem.offScale', { min: number(measure.scaleMin), max: number(measure.scaleMax) }),
      observedOn: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('iep.problem.date')),
      setting: (value) => (value.trim() ? null : t('progress.record.settingRequired')),
    },
  });
  const idPrefix = `record-${partId}`;

  return (
    <form
      aria-labelledby={`${idPrefix}-title`}
      onSubmit={form.onSubmit(async (values) => {
        setFailure(null);
        try {
          const outcome = await record({
            idempotencyKey: newEntryKey(), partId, value: values.value as number, observedOn: values.observedOn, setting: values.setting.trim(), note: values.note.trim(),
          });
          form.setValues({ value: '', note: '' });
          onRecorded(outcome);
        } catch (error) {
          setFailure(error);
        }
      })}
    >
      <Stack gap="xs">
        <Title order={4} size="h5" id={`${idPrefix}-title`}>
          {t('progress.record.title')}
          <VisuallyHidden> – {goalName}</VisuallyHidden>
        </Title>
        <Group align="flex-start" gap="sm">
          <MeasureValueInput
            id={`${idPrefix}-value`}
            label={t('progress.record.value')}
            measure={measure}
            value={form.values.value}
            onChange={(value) => form.setFieldValue('value', value)}
            error={form.errors['value'] as string | undefined}
          />
          <TextInput id={`${idPrefix}-date`} type="date" label={t('progress.record.date')} maw={180} {...form.getInputProps('observedOn')} />
          <TextInput id={`${idPrefix}-setting`} label={t('progress.record.setting')} placeholder={t('progress.record.settingPlaceholder')} maw={240} {...form.getInputProps('setting')} />
        </Group>
        <TextInput id={`${idPrefix}-note`} label={t('progress.record.note')} {...form.getInputProps('note')} />
        {failure !== null && <ErrorAlert title={t('progress.record.title')} error={failure} />}
        <Button type="submit" style={{ alignSelf: 'flex-start' }} loading={form.submitting}>
          {t('progress.record.save')}
        </Button>
      </Stack>
    </form>
  );
}
