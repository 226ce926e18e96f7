import { Checkbox, NumberInput, TextInput } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingTimeProblem, MeetingTimeValues } from './meeting-rules';

type Props = {
  values: MeetingTimeValues;
  onChange: (values: MeetingTimeValues) => void;
  problem: MeetingTimeProblem | null;
  noticeDays: number;
  refs: Record<MeetingTimeProblem['field'], RefObject<HTMLInputElement | null>>;
};

/** Date, time, length, place and the short-notice agreement: shared by scheduling and moving a meeting. */
export function MeetingTimeFields({ values, onChange, problem, noticeDays, refs }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<MeetingTimeValues>) => onChange({ ...values, ...patch });
  const message = (field: MeetingTimeProblem['field']) => {
    if (problem?.field !== field) return undefined;
    return problem.key === 'shortNotice'
      ? t('meetings.validation.shortNotice', { days: problem.days, date: problem.date })
      : t(`meetings.validation.${problem.key}`);
  };
  return (
    <>
      <TextInput ref={refs.date} type="date" label={t('meetings.date')} required withAsterisk={false} value={values.date}
        onChange={(event) => set({ date: event.currentTarget.value })} error={message('date')} />
      <TextInput ref={refs.time} type="time" label={t('meetings.time')} required withAsterisk={false} value={values.time}
        onChange={(event) => set({ time: event.currentTarget.value })} error={message('time')} />
      <NumberInput ref={refs.duration} label={t('meetings.durationLabel')} min={15} max={480} step={15} value={values.durationMinutes}
        onChange={(value) => set({ durationMinutes: typeof value === 'number' ? value : Number(value) })} error={message('duration')} />
      <TextInput ref={refs.location} label={t('meetings.location')} description={t('meetings.locationHint')} value={values.location}
        onChange={(event) => set({ location: event.currentTarget.value })} error={message('location')} />
      <TextInput label={t('meetings.callInLabel')} value={values.callIn} onChange={(event) => set({ callIn: event.currentTarget.value })} />
      <Checkbox label={t('meetings.shortNoticeAgreed', { days: noticeDays })} checked={values.shortNoticeAgreed}
        onChange={(event) => set({ shortNoticeAgreed: event.currentTarget.checked })} />
    </>
  );
}
