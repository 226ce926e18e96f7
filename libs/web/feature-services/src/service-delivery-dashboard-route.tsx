import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql, useMe, type ServiceDeliveryDashboardPageQuery } from '@iep/web/data-access';
import { ErrorAlert, formatIsoDate, LoadingState, NotFoundRoute, PageHeading } from '@iep/web/ui';

const DashboardQuery = graphql(`
  query ServiceDeliveryDashboardPage($filter: ServiceDeliveryFilterInput) {
    serviceDeliveryDashboard(filter: $filter) {
      asOf
      services
      underDelivered
      compensatoryOwed
      groups {
        dimension
        key
        label
        services
        underDelivered
        compensatoryOwed
      }
      rows {
        serviceId
        iepId
        studentName
        schoolName
        providerName
        category
        description
        required
        delivered
        compensatoryBalance
        compensatoryPlanned
        underDelivered
      }
    }
  }
`);

type Dashboard = ServiceDeliveryDashboardPageQuery['serviceDeliveryDashboard'];
type Dimension = 'SCHOOL' | 'PROVIDER' | 'SERVICE_TYPE';
/** The address parameter each dimension's drill-down sets. */
const PARAM: Record<Dimension, string> = { SCHOOL: 'school', PROVIDER: 'provider', SERVICE_TYPE: 'type' };

/** `/compliance/services`: the district's services under-delivered and compensatory minutes owed, by school, provider and service type. */
export function ServiceDeliveryDashboardRoute() {
  const { me } = useMe();
  if (me?.role !== 'DISTRICT_REPRESENTATIVE' && me?.role !== 'DISTRICT_ADMIN') return <NotFoundRoute />;
  return <ServiceDeliveryDashboard />;
}

function ServiceDeliveryDashboard() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  const [params] = useSearchParams();
  const filter = { schoolId: params.get('school'), providerId: params.get('provider'), category: params.get('type') };
  const { data, previousData, loading, error, refetch } = useQuery(DashboardQuery, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  const dashboard = (data ?? previousData)?.serviceDeliveryDashboard;
  const categoryName = (category: string) => t(`services.dashboard.category.${category as 'SPECIAL_EDUCATION'}`, { defaultValue: category });
  const groupLabel = (dimension: string, key: string | null, label: string | null) =>
    dimension === 'SERVICE_TYPE' ? categoryName(key ?? '') : label ?? t('services.dashboard.noProvider');
  const filtered = [...params.entries()].filter(([name]) => Object.values(PARAM).includes(name));
  const filteredLabel = dashboard && filtered.length > 0
    ? filtered.map(([name, value]) => {
        const dimension = (Object.keys(PARAM) as Dimension[]).find((d) => PARAM[d] === name)!;
        const group = dashboard.groups.find((g) => g.dimension === dimension && g.key === value);
        return group ? groupLabel(dimension, group.key, group.label) : value;
      }).join(', ')
    : null;

  return (
    <>
      <PageHeading>{t('services.dashboard.heading')}</PageHeading>
      <Group gap="md" mb="md" wrap="wrap">
        <Anchor component={Link} to="/compliance">
          {t('compliance.heading')}
        </Anchor>
        <Anchor href="/exports/service-sessions.csv" download>
          {t('services.dashboard.export')}
        </Anchor>
      </Group>
      {!dashboard && loading && <LoadingState />}
      {error && <ErrorAlert title={t('services.loadErrorTitle')} error={error} onRetry={() => void refetch()} />}
      {dashboard && (
        <Stack gap="lg">
          <Text>{t('services.dashboard.intro', { date: formatIsoDate(dashboard.asOf, language) })}</Text>
          {filteredLabel && (
            <Group gap="sm">
              <Text fw={600}>{t('services.dashboard.filtered', { what: filteredLabel })}</Text>
              <Anchor component={Link} to="/compliance/services">
                {t('services.dashboard.showAll')}
              </Anchor>
            </Group>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Stat label={t('services.dashboard.services')} value={dashboard.services} />
            <Stat label={t('services.dashboard.underDelivered')} value={dashboard.underDelivered} />
            <Stat label={t('services.dashboard.owed')} value={dashboard.compensatoryOwed} />
          </SimpleGrid>
          <RowsTable dashboard={dashboard} categoryName={categoryName} />
          {(['SCHOOL', 'PROVIDER', 'SERVICE_TYPE'] as const).map((dimension) => (
            <GroupTable key={dimension} dashboard={dashboard} dimension={dimension} label={groupLabel} params={params} />
          ))}
        </Stack>
      )}
    </>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm">{label}</Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

function GroupTable({ dashboard, dimension, label, params }: {
  dashboard: Dashboard; dimension: Dimension; label: (dimension: string, key: string | null, label: string | null) => string; params: URLSearchParams;
}) {
  const { t } = useTranslation();
  const caption = { SCHOOL: t('services.dashboard.bySchool'), PROVIDER: t('services.dashboard.byProvider'), SERVICE_TYPE: t('services.dashboard.byServiceType') }[dimension];
  const drill = (key: string) => {
    const next = new URLSearchParams(params);
    next.set(PARAM[dimension], key);
    return `/compliance/services?${next.toString()}`;
  };
  return (
    <Table>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('services.dashboard.group')}</Table.Th>
          <Table.Th scope="col">{t('services.dashboard.services')}</Table.Th>
          <Table.Th scope="col">{t('services.dashboard.underDelivered')}</Table.Th>
          <Table.Th scope="col">{t('services.dashboard.owed')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {dashboard.groups.filter((group) => group.dimension === dimension).map((group) => (
          <Table.Tr key={group.key ?? 'none'}>
            <Table.Th scope="row">
              {group.key ? (
                <Anchor component={Link} to={drill(group.key)}>
                  {label(dimension, group.key, group.label)}
                </Anchor>
              ) : (
                label(dimension, group.key, group.label)
              )}
            </Table.Th>
            <Table.Td>{group.services}</Table.Td>
            <Table.Td>{group.underDelivered}</Table.Td>
            <Table.Td>{group.compensatoryOwed}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function RowsTable({ dashboard, categoryName }: { dashboard: Dashboard; categoryName: (category: string) => string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="services-to-look-at">
      <Title order={2} size="h3" id="services-to-look-at" mb="xs">
        {t('services.dashboard.toLookAt')}
      </Title>
      {dashboard.rows.length === 0 ? (
        <Text>{t('services.dashboard.none')}</Text>
      ) : (
        <Stack gap="sm">
          {dashboard.rows.map((row) => (
            <Paper key={row.serviceId} withBorder p="sm" component="article" aria-label={`${row.studentName}: ${row.description}`}>
              <Group gap="xs" justify="space-between">
                <Anchor component={Link} to={`/ieps/${row.iepId}/services`} fw={600}>
                  {row.studentName}: {row.description}
                </Anchor>
                {row.underDelivered && (
                  <Badge color="red" variant="light">
                    {t('services.dashboard.underDelivered')}
                  </Badge>
                )}
              </Group>
              <Text size="sm">
                {row.schoolName} · {categoryName(row.category)} · {t('services.dashboard.provider')}: {row.providerName ?? t('services.dashboard.noProvider')}
              </Text>
              <Text size="sm">
                {t('services.dashboard.delivered')}: {row.delivered} · {t('services.dashboard.required')}: {row.required} · {t('services.dashboard.owed')}:{' '}
                {row.compensatoryBalance} · {t('services.dashboard.planned')}: {row.compensatoryPlanned}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}
