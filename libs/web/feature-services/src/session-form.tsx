import { Alert, Button, Checkbox, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_LIMITS, SESSION_STATUSES, sessionProblems } from '@iep/domain/service-delivery';
import type { SessionStatus } from '@iep/web/data-access';
import type { QueuedSession } from './session-outbox';

export interface SessionFormValues {
  date: string;
  minutes: number | string;
  groupSize: number | string;
  status: SessionStatus;
  location: string;
  goalIds: string[];
  note: string;
}

type Service = { serviceId: string; description: string; minutes: number | null; location: string; startDate: string | null; endDate: string | null; goals: Array<{ id: string; area: string }> };

type Props = {
  service: Service;
  today: string;
  /** Sends the entry (or keeps it on the device); resolves to a message to show, or throws a refusal to show. */
  onSubmit: (entry: QueuedSession) => Promise<'LOGGED' | 'KEPT_ON_DEVICE'>;
  failureText: (error: unknown) => string;
};

/**
 * One session of one service, entered in a few taps on a phone: the date, the minutes and the place start
 * as the service's own, the goals it supports are ticked. The domain's rules (sessionProblems) check it
 * here as the server will.
 */
export function SessionForm({ service, today, onSubmit, failureText }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const initial: SessionFormValues = {
    date: today, minutes: service.minutes ?? 30, groupSize: 1, status: 'DELIVERED', location: service.location, goalIds: service.goals.map((g) => g.id), note: '',
  };
  const form = useForm<SessionFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => {
      const problems = sessionProblems({ ...values, minutes: Number(values.minutes), groupSize: Number(values.groupSize) }, { ...service, goalIds: service.goals.map((g) => g.id) }, today);
      return Object.fromEntries(problems.map((problem) => [problem.field, problem.message[language]]));
    },
  });

  async function submit(values: SessionFormValues) {
    setDone(null);
    setFailure(null);
    const idempotencyKey = crypto.randomUUID();
    const input = {
      serviceId: service.serviceId, idempotencyKey, date: values.date, minutes: Number(values.minutes), groupSize: Number(values.groupSize),
      location: values.location.trim(), goalIds: values.goalIds, status: values.status, note: values.note.trim(),
    };
    try {
      const outcome = await onSubmit({ idempotencyKey, input, label: `${service.description}, ${values.date}` });
      setDone(outcome === 'LOGGED' ? t('services.logged') : t('services.keptOnDevice'));
      // The next session of a week is usually the same length, place and group: only the note starts over.
      form.setValues({ note: '' });
    } catch (error) {
      setFailure(failureText(error));
    }
  }

  const id = `session-${service.serviceId}`;
  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} aria-labelledby={`${id}-heading`}>
      <Stack gap="sm">
        {failure && (
          <Alert color="red" variant="light" title={t('services.logErrorTitle')}>
            {failure}
          </Alert>
        )}
        <TextInput type="date" label={t('services.date')} max={today} {...form.getInputProps('date')} />
        <NativeSelect label={t('services.status')} data={SESSION_STATUSES.map((value) => ({ value, label: t(`services.statusName.${value}`) }))}
          {...form.getInputProps('status')} />
        <NumberInput label={t('services.minutes')} min={SESSION_LIMITS.minutes.min} max={SESSION_LIMITS.minutes.max} allowDecimal={false} clampBehavior="none"
          inputMode="numeric" {...form.getInputProps('minutes')} />
        <NumberInput label={t('services.groupSize')} min={SESSION_LIMITS.groupSize.min} max={SESSION_LIMITS.groupSize.max} allowDecimal={false}
          clampBehavior="none" inputMode="numeric" {...form.getInputProps('groupSize')} />
        <TextInput label={t('services.location')} maxLength={SESSION_LIMITS.locationLength} {...form.getInputProps('location')} />
        {service.goals.length > 0 && (
          <Checkbox.Group label={t('services.goals')} {...form.getInputProps('goalIds')}>
            <Stack gap="xs" mt="xs">
              {service.goals.map((goal) => (
                <Checkbox key={goal.id} value={goal.id} label={goal.area} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <TextInput label={t('services.note')} maxLength={SESSION_LIMITS.noteLength} {...form.getInputProps('note')} />
        <Button type="submit" style={{ alignSelf: 'flex-start' }}>
          {t('services.log')}
        </Button>
        <div role="status">{done && <Text>{done}</Text>}</div>
      </Stack>
    </form>
  );
}
