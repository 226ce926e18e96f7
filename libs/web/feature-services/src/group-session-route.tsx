import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DISTRICT_TIME_ZONE, wallClock } from '@iep/domain/meetings';
import { groupSessionProblems, SESSION_LIMITS, SESSION_STATUSES } from '@iep/domain/service-delivery';
import { describeApiError, graphql, useMe, type GroupSessionServicesQuery, type RecordGroupSessionInput } from '@iep/web/data-access';
import { ErrorAlert, errorText, LoadingState, PageHeading } from '@iep/web/ui';
import { entryOf, type FormValues } from './group-session-rules';
import { flushQueuedGroupSessions, queuedGroupSessions, queueGroupSession, type QueuedGroupSession } from './session-outbox';

const GroupSessionServicesDocument = graphql(`
  query GroupSessionServices {
    myGroupSessionServices {
      serviceId
      iepId
      studentName
      category
      description
      minutes
      startDate
      endDate
      location
      goals {
        id
        area
        scaleMin
        scaleMax
        wholeNumbers
        viewerCanRecord
      }
    }
  }
`);

const RecordGroupSessionDocument = graphql(`
  mutation RecordGroupSession($input: RecordGroupSessionInput!) {
    recordGroupSession(input: $input) {
      replayed
      dataPoints
      sessions {
        id
      }
    }
  }
`);

type Service = GroupSessionServicesQuery['myGroupSessionServices'][number];

/**
 * `/services/group-session`: one group session for several students of the caller's caseload, on a phone.
 * The date, minutes, place and what happened are entered once; each student's part changes what differs
 * (one absent) and takes a data point on the goals worked on. One request records them all or none; without
 * a connection the group waits on the device with a key per student and per point, and goes when it returns.
 */
export function GroupSessionRoute() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  const { me } = useMe();
  const client = useApolloClient();
  const userId = me?.id ?? null;
  const today = wallClock(new Date(), DEFAULT_DISTRICT_TIME_ZONE).date;
  const { data, loading, error, refetch } = useQuery(GroupSessionServicesDocument, { fetchPolicy: 'cache-and-network' });
  const services = data?.myGroupSessionServices ?? [];
  const categories = [...new Set(services.map((service) => service.category))];
  const [waiting, setWaiting] = useState(0);
  const [news, setNews] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [groupSizeTouched, setGroupSizeTouched] = useState(false);
  const flushing = useRef(false);

  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: { category: '', date: today, minutes: 30, groupSize: 1, status: 'DELIVERED', location: '', serviceIds: [], students: {} },
    validate: (values) => {
      const chosen = services.filter((service) => values.serviceIds.includes(service.serviceId));
      const entries = chosen.map((service) => {
        const entry = entryOf(service, values.students[service.serviceId], values.status);
        return { ...entry, dataPoints: entry.points };
      });
      const problems = groupSessionProblems(
        { date: values.date, minutes: Number(values.minutes), groupSize: Number(values.groupSize), location: values.location, status: values.status },
        entries, chosen.map((service) => ({ ...service, goalIds: service.goals.map((goal) => goal.id) })), today,
      );
      const errors: Record<string, string> = {};
      for (const problem of problems) {
        const service = problem.entry === null ? null : chosen[problem.entry];
        const own = service && (problem.field === 'status' || (problem.field === 'minutes' && entries[problem.entry!].minutes !== null) || problem.field === 'goalIds');
        const path = problem.entry === null ? (problem.rule === 'NO_STUDENTS' ? 'serviceIds' : problem.field) : own ? `students.${service!.serviceId}.${problem.field}` : problem.field;
        errors[path] ??= problem.message[language];
      }
      for (const service of chosen) {
        const values_ = values.students[service.serviceId]?.values ?? {};
        for (const goal of service.goals) {
          const value = values_[goal.id];
          if (value === '' || value === undefined || goal.scaleMin === null || goal.scaleMax === null) continue;
          const number = Number(value);
          if (number < goal.scaleMin || number > goal.scaleMax || (goal.wholeNumbers && !Number.isInteger(number))) {
            errors[`students.${service.serviceId}.values.${goal.id}`] = t('services.group.offScale', { min: goal.scaleMin, max: goal.scaleMax });
          }
        }
      }
      return errors;
    },
  });

  const category = form.values.category || categories[0] || '';
  const ofKind = services.filter((service) => service.category === category);
  const chosen = ofKind.filter((service) => form.values.serviceIds.includes(service.serviceId));

  const send = useCallback(
    async (input: RecordGroupSessionInput) => {
      await client.mutate({ mutation: RecordGroupSessionDocument, variables: { input } });
    },
    [client],
  );

  const flush = useCallback(async () => {
    if (!userId || flushing.current) return;
    flushing.current = true;
    try {
      const { sent, refused } = await flushQueuedGroupSessions(localStorage, userId, async (entry) => {
        try {
          await send(entry.input);
          return { outcome: 'SENT' };
        } catch (caught) {
          return describeApiError(caught).kind === 'network' ? { outcome: 'OFFLINE' } : { outcome: 'REFUSED', message: errorText(t, caught) };
        }
      });
      setWaiting(queuedGroupSessions(localStorage, userId).length);
      if (sent.length + refused.length > 0) {
        setNews([
          ...(sent.length > 0 ? [t('services.group.sentFromDevice', { count: sent.length })] : []),
          ...refused.map(({ entry, message }) => t('services.refusedFromDevice', { label: entry.label, message })),
        ]);
      }
    } finally {
      flushing.current = false;
    }
  }, [userId, send, t]);

  // Waiting groups go out when the page opens and whenever the connection returns.
  useEffect(() => {
    if (!userId) return;
    setWaiting(queuedGroupSessions(localStorage, userId).length);
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [userId, flush]);

  function choose(serviceIds: string[]) {
    form.setFieldValue('serviceIds', serviceIds);
    // The group size follows the students picked until the provider sets it (a group with students of another provider).
    if (!groupSizeTouched) form.setFieldValue('groupSize', Math.max(1, serviceIds.length));
    for (const serviceId of serviceIds) {
      if (form.values.students[serviceId]) continue;
      const service = services.find((s) => s.serviceId === serviceId);
      form.setFieldValue(`students.${serviceId}`, { status: '', minutes: '', goalIds: service?.goals.map((goal) => goal.id) ?? [], values: {} });
    }
  }

  async function submit(values: FormValues) {
    setDone(null);
    setFailure(null);
    const input: RecordGroupSessionInput = {
      date: values.date, minutes: Number(values.minutes), groupSize: Number(values.groupSize), location: values.location.trim(), status: values.status,
      entries: chosen.map((service) => {
        const entry = entryOf(service, values.students[service.serviceId], values.status);
        return {
          serviceId: entry.serviceId, idempotencyKey: crypto.randomUUID(), status: entry.status, minutes: entry.minutes, note: '', goalIds: entry.goalIds,
          dataPoints: entry.points.map((point) => ({ ...point, idempotencyKey: crypto.randomUUID() })),
        };
      }),
    };
    const queued: QueuedGroupSession = {
      idempotencyKey: input.entries[0]!.idempotencyKey, input, label: t('services.group.label', { count: input.entries.length, date: values.date }),
    };
    const keep = () => {
      setWaiting(queueGroupSession(localStorage, userId!, queued).length);
      setDone(t('services.group.keptOnDevice'));
    };
    if (!navigator.onLine) return keep();
    try {
      await send(input);
    } catch (caught) {
      // No answer at all: keep it, with its keys, for when the connection returns. A refusal is shown as it is.
      if (describeApiError(caught).kind === 'network') return keep();
      setFailure(errorText(t, caught));
      return;
    }
    setDone(t('services.group.logged', { count: input.entries.length }));
    // The next group usually meets at the same length and place: the students' parts start over.
    form.setValues({ serviceIds: [], students: {} });
    if (!groupSizeTouched) form.setFieldValue('groupSize', 1);
  }

  return (
    <Stack gap="md" maw={560}>
      <PageHeading>{t('services.group.heading')}</PageHeading>
      <Text size="sm">{t('services.group.intro')}</Text>
      <div role="status">
        {waiting > 0 && (
          <Alert color="yellow" variant="light" mb="sm">
            {t('services.group.waiting', { count: waiting })}
          </Alert>
        )}
        {news.map((line) => (
          <Text key={line} mb="xs">
            {line}
          </Text>
        ))}
      </div>
      {!data && loading && <LoadingState />}
      {!data && error && <ErrorAlert title={t('services.group.loadErrorTitle')} error={error} onRetry={() => void refetch()} />}
      {data && services.length === 0 && <Text>{t('services.group.empty')}</Text>}
      {data && services.length > 0 && (
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
          <Stack gap="sm">
            {categories.length > 1 && (
              <NativeSelect
                label={t('services.group.kind')}
                data={categories.map((value) => ({ value, label: t(`services.dashboard.category.${value}` as 'services.dashboard.category.SPECIAL_EDUCATION', { defaultValue: value }) }))}
                value={category}
                onChange={(event) => {
                  form.setFieldValue('category', event.currentTarget.value);
                  choose([]);
                }}
              />
            )}
            <Checkbox.Group label={t('services.group.students')} value={form.values.serviceIds} onChange={choose} error={form.errors['serviceIds']}>
              <Stack gap="xs" mt="xs">
                {ofKind.map((service) => (
                  <Checkbox key={service.serviceId} value={service.serviceId} label={`${service.studentName} · ${service.description}`} />
                ))}
              </Stack>
            </Checkbox.Group>
            <TextInput type="date" label={t('services.date')} max={today} {...form.getInputProps('date')} />
            <NativeSelect label={t('services.status')} data={SESSION_STATUSES.map((value) => ({ value, label: t(`services.statusName.${value}`) }))}
              {...form.getInputProps('status')} />
            <Group grow align="flex-start">
              <NumberInput label={t('services.minutes')} min={SESSION_LIMITS.minutes.min} max={SESSION_LIMITS.minutes.max} allowDecimal={false} clampBehavior="none"
                inputMode="numeric" {...form.getInputProps('minutes')} />
              <NumberInput label={t('services.groupSize')} min={SESSION_LIMITS.groupSize.min} max={SESSION_LIMITS.groupSize.max} allowDecimal={false}
                clampBehavior="none" inputMode="numeric" {...form.getInputProps('groupSize')}
                onChange={(value) => {
                  setGroupSizeTouched(true);
                  form.setFieldValue('groupSize', value);
                }} />
            </Group>
            <TextInput label={t('services.location')} maxLength={SESSION_LIMITS.locationLength} {...form.getInputProps('location')} />
            {chosen.map((service) => (
              <StudentPart key={service.serviceId} service={service} form={form} />
            ))}
            {failure && (
              <Alert color="red" variant="light" title={t('services.group.errorTitle')}>
                {failure}
              </Alert>
            )}
            <Button type="submit" style={{ alignSelf: 'flex-start' }} disabled={chosen.length === 0}>
              {t('services.group.save', { count: chosen.length })}
            </Button>
            <div role="status">{done && <Text>{done}</Text>}</div>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

type Form = UseFormReturnType<FormValues>;

/** One student's part: what differs from the group, the goals worked on and a data point on each measured goal. */
function StudentPart({ service, form }: { service: Service; form: Form }) {
  const { t } = useTranslation();
  const path = `students.${service.serviceId}`;
  const student = form.values.students[service.serviceId];
  const status = student?.status || form.values.status;
  const served = status === 'DELIVERED' || status === 'MAKE_UP';
  const name = service.studentName;
  return (
    <fieldset style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8, padding: 'var(--mantine-spacing-sm)', margin: 0, minWidth: 0 }}>
      <legend>
        <Title order={2} size="h4" component="span">
          {name}
        </Title>
      </legend>
      <Stack gap="xs">
        <NativeSelect
          label={t('services.group.studentStatus', { name })}
          data={[{ value: '', label: t('services.group.sameAsGroup') }, ...SESSION_STATUSES.map((value) => ({ value, label: t(`services.statusName.${value}`) }))]}
          {...form.getInputProps(`${path}.status`)}
        />
        <NumberInput label={t('services.group.studentMinutes', { name })} placeholder={t('services.group.sameAsGroup')} min={SESSION_LIMITS.minutes.min}
          max={SESSION_LIMITS.minutes.max} allowDecimal={false} clampBehavior="none" inputMode="numeric" {...form.getInputProps(`${path}.minutes`)} />
        {service.goals.length > 0 && (
          <Checkbox.Group label={t('services.group.goals', { name })} {...form.getInputProps(`${path}.goalIds`)}>
            <Stack gap="xs" mt="xs">
              {service.goals.map((goal) => (
                <Checkbox key={goal.id} value={goal.id} label={goal.area} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {served &&
          service.goals
            .filter((goal) => goal.viewerCanRecord && goal.scaleMin !== null && goal.scaleMax !== null)
            .map((goal) => (
              <NumberInput key={goal.id} label={t('services.group.dataPoint', { goal: goal.area, name, min: goal.scaleMin, max: goal.scaleMax })}
                min={goal.scaleMin!} max={goal.scaleMax!} allowDecimal={!goal.wholeNumbers} clampBehavior="none" inputMode="decimal"
                {...form.getInputProps(`${path}.values.${goal.id}`)} />
            ))}
      </Stack>
    </fieldset>
  );
}
