import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DEFAULT_DISTRICT_TIME_ZONE, wallClock } from '@iep/domain/meetings';
import { describeApiError, graphql, useMe, type IepServicesPageQuery } from '@iep/web/data-access';
import { ErrorAlert, errorText, formatIsoDate, LoadingState, PageHeading } from '@iep/web/ui';
import { CompensatoryPlan } from './compensatory-plan';
import { SessionForm } from './session-form';
import { flushQueuedSessions, queuedSessions, queueSession, type QueuedSession } from './session-outbox';

const IepServicesQuery = graphql(`
  query IepServicesPage($iepId: ID!) {
    iepTeam(iepId: $iepId) {
      iepId
      studentFirstName
    }
    iepServiceDelivery(iepId: $iepId) {
      serviceId
      description
      providerRole
      minutes
      frequency
      startDate
      endDate
      location
      providerName
      viewerCanRecord
      requiredIsEstimate
      underDelivered
      compensatoryBalance
      compensatory {
        owed
        planned
        delivered
        plans {
          id
          date
          minutes
          fulfilledBySessionId
        }
      }
      goals {
        id
        area
      }
      toDate {
        required
        delivered
        excused
        missedBySchool
        madeUp
      }
      lastFourWeeks {
        required
        delivered
      }
      weeks {
        weekStart
        schoolDays
        required
        delivered
        excused
        missedBySchool
        madeUp
      }
      sessions {
        id
        date
        minutes
        groupSize
        status
        providerName
      }
    }
  }
`);

const RecordServiceSessionMutation = graphql(`
  mutation RecordServiceSession($input: RecordServiceSessionInput!) {
    recordServiceSession(input: $input) {
      id
    }
  }
`);

type Service = IepServicesPageQuery['iepServiceDelivery'][number];

/** How many weeks and sessions a service shows at first: a month or two is what a reader looks at. */
const RECENT = 8;

/** `/ieps/:iepId/services`: each service's minutes required and delivered, the compensatory minutes owed, and session entry for its provider. */
export function IepServicesRoute() {
  const { iepId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(IepServicesQuery, { variables: { iepId }, fetchPolicy: 'cache-and-network' });
  const today = wallClock(new Date(), DEFAULT_DISTRICT_TIME_ZONE).date;
  const [waiting, setWaiting] = useState(0);
  const [flushNews, setFlushNews] = useState<string[]>([]);
  const flushing = useRef(false);
  const userId = me?.id ?? null;

  const send = useCallback(
    async (entry: QueuedSession) => {
      await client.mutate({ mutation: RecordServiceSessionMutation, variables: { input: entry.input } });
    },
    [client],
  );

  const flush = useCallback(async () => {
    if (!userId || flushing.current) return;
    flushing.current = true;
    try {
      const { sent, refused } = await flushQueuedSessions(localStorage, userId, async (entry) => {
        try {
          await send(entry);
          return { outcome: 'SENT' };
        } catch (failure) {
          return describeApiError(failure).kind === 'network' ? { outcome: 'OFFLINE' } : { outcome: 'REFUSED', message: errorText(t, failure) };
        }
      });
      setWaiting(queuedSessions(localStorage, userId).length);
      if (sent.length + refused.length > 0) {
        setFlushNews([
          ...(sent.length > 0 ? [t('services.sentFromDevice', { count: sent.length })] : []),
          ...refused.map(({ entry, message }) => t('services.refusedFromDevice', { label: entry.label, message })),
        ]);
        await refetch();
      }
    } finally {
      flushing.current = false;
    }
  }, [userId, send, t, refetch]);

  // Waiting entries go out when the page opens and whenever the connection returns.
  useEffect(() => {
    if (!userId) return;
    setWaiting(queuedSessions(localStorage, userId).length);
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [userId, flush]);

  async function submit(entry: QueuedSession): Promise<'LOGGED' | 'KEPT_ON_DEVICE'> {
    const keep = () => {
      setWaiting(queueSession(localStorage, userId!, entry).length);
      return 'KEPT_ON_DEVICE' as const;
    };
    if (!navigator.onLine) return keep();
    try {
      await send(entry);
    } catch (failure) {
      // No answer at all: keep it, with its key, for when the connection returns. A refusal is shown as it is.
      if (describeApiError(failure).kind === 'network') return keep();
      throw failure;
    }
    await refetch();
    return 'LOGGED';
  }

  const name = data?.iepTeam.studentFirstName;
  return (
    <>
      <PageHeading>{name ? t('services.heading', { name }) : t('services.headingPlain')}</PageHeading>
      <Anchor component={Link} to={`/ieps/${iepId}/team`} display="inline-block" mb="md">
        {t('services.back')}
      </Anchor>
      {data?.iepServiceDelivery.some((service) => service.viewerCanRecord) && (
        <Anchor component={Link} to="/services/group-session" display="block" mb="md">
          {t('services.group.link')}
        </Anchor>
      )}
      <div role="status">
        {waiting > 0 && (
          <Alert color="yellow" variant="light" mb="md">
            {t('services.waiting', { count: waiting })}
          </Alert>
        )}
        {flushNews.map((line) => (
          <Text key={line} mb="xs">
            {line}
          </Text>
        ))}
      </div>
      {!data && loading && <LoadingState />}
      {!data && error && <ErrorAlert title={t('services.loadErrorTitle')} error={error} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="xl">
          <Text>{t('services.howCounted')}</Text>
          {data.iepServiceDelivery.length === 0 && <Text>{t('services.noServices')}</Text>}
          {data.iepServiceDelivery.map((service) => (
            <ServiceSection key={service.serviceId} service={service} studentName={name ?? null} language={i18n.resolvedLanguage ?? 'en'} today={today} onSubmit={submit}
              failureText={(e) => errorText(t, e)} onPlanned={() => refetch()} />
          ))}
        </Stack>
      )}
    </>
  );
}

type SectionProps = {
  service: Service;
  studentName: string | null;
  onPlanned: () => Promise<unknown>;
  language: string;
  today: string;
  onSubmit: (entry: QueuedSession) => Promise<'LOGGED' | 'KEPT_ON_DEVICE'>;
  failureText: (error: unknown) => string;
};

function ServiceSection({ service, studentName, language, today, onSubmit, failureText, onPlanned }: SectionProps) {
  const { t } = useTranslation();
  const headingId = `service-${service.serviceId}-heading`;
  const date = (iso: string) => formatIsoDate(iso, language);
  const { toDate, lastFourWeeks } = service;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {service.description}
        </Title>
        {service.minutes !== null && service.frequency && (
          <Text>{t('services.plan', { minutes: service.minutes, frequency: t(`services.frequency.${service.frequency as 'DAILY' | 'WEEKLY' | 'MONTHLY'}`), role: service.providerRole })}</Text>
        )}
        <Text>{service.providerName ? t('services.provider', { name: service.providerName }) : t('services.noProvider')}</Text>
        {service.startDate && service.endDate && <Text>{t('services.dates', { start: date(service.startDate), end: date(service.endDate) })}</Text>}
        {service.requiredIsEstimate && <Text c="dimmed">{t('services.estimate')}</Text>}

        <Title order={3} size="h4">
          {t('services.summaryHeading')}
        </Title>
        <Group gap="xs">
          <Text fw={600}>{t('services.lastFourWeeks', { delivered: lastFourWeeks.delivered, required: lastFourWeeks.required })}</Text>
          <Badge color={service.underDelivered ? 'red' : 'green'} variant="light">
            {service.underDelivered ? t('services.underDelivered') : t('services.onTrack')}
          </Badge>
        </Group>
        <Table>
          <Table.Tbody>
            {(['required', 'delivered', 'excused', 'missedBySchool', 'madeUp'] as const).map((key) => (
              <Table.Tr key={key}>
                <Table.Th scope="row">{t(`services.${key}`)}</Table.Th>
                <Table.Td>{toDate[key]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Alert color={service.compensatoryBalance > 0 ? 'red' : 'blue'} variant="light" title={t('services.balance', { minutes: service.compensatoryBalance })}>
          {t('services.balanceExplained')}
        </Alert>
        <CompensatoryPlan serviceId={service.serviceId} studentName={studentName} compensatory={service.compensatory} service={service}
          canPlan={service.viewerCanRecord} today={today} language={language} onPlanned={onPlanned} />

        {service.weeks.length > 0 && (
          <>
            <Title order={3} size="h4">
              {t('services.weeksHeading')}
            </Title>
            <Table fz="sm">
                <Table.Caption>{t('services.weeksCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('services.weekOf')}</Table.Th>
                    <Table.Th scope="col">{t('services.schoolDays')}</Table.Th>
                    <Table.Th scope="col">{t('services.required')}</Table.Th>
                    <Table.Th scope="col">{t('services.delivered')}</Table.Th>
                    <Table.Th scope="col">{t('services.missedBySchool')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {service.weeks.slice(0, RECENT).map((week) => (
                    <Table.Tr key={week.weekStart}>
                      <Table.Td>{date(week.weekStart)}</Table.Td>
                      <Table.Td>{week.schoolDays}</Table.Td>
                      <Table.Td>{week.required}</Table.Td>
                      <Table.Td>{week.delivered}</Table.Td>
                      <Table.Td>{week.missedBySchool}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
            </Table>
          </>
        )}

        <Title order={3} size="h4">
          {t('services.sessionsHeading')}
        </Title>
        {service.sessions.length === 0 ? (
          <Text>{t('services.noSessions')}</Text>
        ) : (
          <ul aria-label={t('services.sessionsHeading')} style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {service.sessions.slice(0, RECENT).map((session) => (
              <li key={session.id}>
                {date(session.date)} · {t(`services.statusName.${session.status}`)} · {session.minutes} {t('services.minutes').toLowerCase()} · {t('services.groupSize')}{' '}
                {session.groupSize} · {session.providerName}
              </li>
            ))}
          </ul>
        )}

        {service.viewerCanRecord && (
          <>
            <Title order={3} size="h4" id={`session-${service.serviceId}-heading`}>
              {t('services.logHeading')}
            </Title>
            <SessionForm service={service} today={service.endDate && service.endDate < today ? service.endDate : today} onSubmit={onSubmit} failureText={failureText} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
