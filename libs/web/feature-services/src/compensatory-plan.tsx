import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compensatoryPlanProblems, SESSION_LIMITS } from '@iep/domain/service-delivery';
import { graphql } from '@iep/web/data-access';
import { errorText, formatIsoDate } from '@iep/web/ui';

const PlanCompensatoryMinutesDocument = graphql(`
  mutation PlanCompensatoryMinutes($input: PlanCompensatoryMinutesInput!) {
    planCompensatoryMinutes(input: $input) {
      owed
      planned
      delivered
    }
  }
`);

export interface Compensatory {
  owed: number;
  planned: number;
  delivered: number;
  plans: Array<{ id: string; date: string; minutes: number; fulfilledBySessionId?: string | null }>;
}

type Props = {
  serviceId: string;
  studentName: string | null;
  compensatory: Compensatory;
  service: { startDate: string | null; endDate: string | null };
  canPlan: boolean;
  today: string;
  language: string;
  onPlanned: () => Promise<unknown>;
};

/**
 * Compensatory minutes in plain words for the family (owed, planned, made up, and each planned make-up
 * session), and for the case manager or provider a form to plan make-up sessions, checked by the domain's
 * rules as the server checks them (the server also knows the school calendar's holidays).
 */
export function CompensatoryPlan({ serviceId, studentName, compensatory, service, canPlan, today, language, onPlanned }: Props) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [plan, { loading }] = useMutation(PlanCompensatoryMinutesDocument);
  const lang = language === 'es' ? 'es' : 'en';
  const room = Math.max(0, compensatory.owed - compensatory.planned);
  const form = useForm({
    mode: 'controlled',
    initialValues: { date: '', minutes: Math.min(room, SESSION_LIMITS.minutes.max) as number | string },
    validate: (values) => {
      const problems = compensatoryPlanProblems([{ date: values.date, minutes: Number(values.minutes) }], {
        owed: compensatory.owed, planned: compensatory.planned, service, today, isSchoolDay: () => true,
      });
      const errors: Record<string, string> = {};
      for (const problem of problems) errors[problem.field === 'sessions' ? 'minutes' : problem.field] ??= problem.message[lang];
      return errors;
    },
  });
  const date = (iso: string) => formatIsoDate(iso, language);
  const id = `compensatory-${serviceId}`;
  const name = studentName ?? t('services.compensatory.yourChild');

  return (
    <Stack gap="xs">
      <Title order={3} size="h4" id={`${id}-heading`}>
        {t('services.compensatory.heading')}
      </Title>
      <Text>
        {compensatory.owed > 0 ? t('services.compensatory.owed', { name, minutes: compensatory.owed }) : t('services.compensatory.nothingOwed', { name })}{' '}
        {t('services.compensatory.plannedAndGiven', { planned: compensatory.planned, delivered: compensatory.delivered })}
      </Text>
      {compensatory.plans.length > 0 && (
        <ul aria-label={t('services.compensatory.plansLabel')} style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {compensatory.plans.map((planned) => (
            <li key={planned.id}>
              {planned.fulfilledBySessionId
                ? t('services.compensatory.planGiven', { date: date(planned.date), minutes: planned.minutes })
                : t('services.compensatory.planOpen', { date: date(planned.date), minutes: planned.minutes })}
            </li>
          ))}
        </ul>
      )}
      {canPlan && room > 0 && (!service.endDate || service.endDate >= today) && (
        <form
          noValidate
          aria-labelledby={`${id}-plan-heading`}
          onSubmit={form.onSubmit(async (values) => {
            setDone(null);
            setFailure(null);
            try {
              await plan({ variables: { input: { serviceId, sessions: [{ date: values.date, minutes: Number(values.minutes) }], note: '' } } });
            } catch (caught) {
              setFailure(errorText(t, caught));
              return;
            }
            setDone(t('services.compensatory.planned', { date: date(values.date), minutes: Number(values.minutes) }));
            form.setValues({ date: '' });
            await onPlanned();
          })}
        >
          <Stack gap="xs">
            <Title order={4} size="h5" id={`${id}-plan-heading`}>
              {t('services.compensatory.planHeading', { minutes: room })}
            </Title>
            {failure && (
              <Alert color="red" variant="light" title={t('services.compensatory.planErrorTitle')}>
                {failure}
              </Alert>
            )}
            <Group grow align="flex-start">
              <TextInput type="date" label={t('services.compensatory.date')} min={today} {...form.getInputProps('date')} />
              <NumberInput label={t('services.compensatory.minutes')} min={1} max={room} allowDecimal={false} clampBehavior="none" inputMode="numeric"
                {...form.getInputProps('minutes')} />
            </Group>
            <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
              {t('services.compensatory.plan')}
            </Button>
          </Stack>
        </form>
      )}
      <div role="status">{done && <Text>{done}</Text>}</div>
    </Stack>
  );
}
