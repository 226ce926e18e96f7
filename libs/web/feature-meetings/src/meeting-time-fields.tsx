import { Checkbox, NumberInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TextField } from '@iep/web/ui';
import { MEETING_LIMITS } from '@iep/domain/meetings';
import { checkMeetingTime, type MeetingTimeValues } from './meeting-rules';

/** The validate of a form holding a meeting time: the domain's rules, worded on the field to fix. */
export function validateMeetingTime(t: TFunction, noticeDays: number, timeZone: string) {
  return (values: MeetingTimeValues): Record<string, string> => {
    const problem = checkMeetingTime(values, noticeDays, timeZone);
    if (!problem) return {};
    return {
      [problem.field]: problem.key === 'shortNotice'
        ? t('meetings.validation.shortNotice', { days: problem.days, date: problem.date })
        : t(`meetings.validation.${problem.key}`),
    };
  };
}

type Props<V extends MeetingTimeValues> = { form: UseFormReturnType<V>; noticeDays: number };

/** Date, time, length, place and the short-notice agreement: shared by scheduling and moving a meeting. */
export function MeetingTimeFields<V extends MeetingTimeValues>({ form, noticeDays }: Props<V>) {
  const { t } = useTranslation();
  return (
    <>
      <TextField type="date" label={t('meetings.date')} required {...form.getInputProps('date')} />
      <TextField type="time" label={t('meetings.time')} required {...form.getInputProps('time')} />
      <NumberInput label={t('meetings.durationLabel')} min={MEETING_LIMITS.minDurationMinutes} max={MEETING_LIMITS.maxDurationMinutes} step={15}
        {...form.getInputProps('durationMinutes')} />
      <TextInput label={t('meetings.location')} description={t('meetings.locationHint')} {...form.getInputProps('location')} />
      <TextInput label={t('meetings.callInLabel')} {...form.getInputProps('callIn')} />
      <Checkbox label={t('meetings.shortNoticeAgreed', { days: noticeDays })} {...form.getInputProps('shortNoticeAgreed', { type: 'checkbox' })} />
    </>
  );
}
