import { useQuery } from '@apollo/client/react';
import { Anchor, Box, Button, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LoadingState, PageHeading } from '@iep/web/ui';
import { graphql } from '@iep/web/data-access';

const AccessRecordQuery = graphql(`
  query StudentAccessRecord($studentId: ID!, $before: String, $actorId: ID, $event: String) {
    student(id: $studentId) {
      id
      firstName
      lastName
    }
    studentAccessRecord(studentId: $studentId, first: 50, before: $before, actorId: $actorId, event: $event) {
      totalCount
      nextCursor
      actors {
        id
        name
        role
      }
      events
      entries {
        id
        occurredAt
        firstOccurredAt
        count
        actorName
        actorRole
        event
      }
    }
  }
`);

/**
 * "Who has looked at or changed my child's records" (34 CFR 300.614), newest first: a line per person,
 * kind of access and day, filtered by who and what.
 */
export function AccessRecordRoute() {
  const { studentId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<{ actorId: string | null; event: string | null }>({ actorId: null, event: null });
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AccessRecordQuery, {
    variables: { studentId, ...filters },
    fetchPolicy: 'cache-and-network',
  });
  const eventName = (event: string) => t(`accessRecord.events.${event}`, { defaultValue: t('accessRecord.events.OTHER') });
  // The filters keep their choices while the next page of lines loads.
  const facets = (data ?? previousData)?.studentAccessRecord;
  const name = data?.student ? `${data.student.firstName} ${data.student.lastName}` : '';
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const record = data?.studentAccessRecord;
  type Entry = NonNullable<typeof record>['entries'][number];
  // A line stands for one or more accesses of the same kind by the same person on the same day.
  const whenText = (entry: Entry) =>
    entry.count > 1 && entry.firstOccurredAt !== entry.occurredAt
      ? t('accessRecord.span', { from: when.format(new Date(entry.firstOccurredAt as string)), to: when.format(new Date(entry.occurredAt as string)) })
      : when.format(new Date(entry.occurredAt as string));
  const what = (entry: Entry) => `${eventName(entry.event)}${entry.count > 1 ? ` (${t('accessRecord.times', { count: entry.count })})` : ''}`;

  return (
    <>
      <PageHeading>{name ? t('accessRecord.heading', { name }) : t('accessRecord.headingPlain')}</PageHeading>
      <Text mb="md">{t('accessRecord.intro')}</Text>
      {!data && loading && <LoadingState />}
      {!data && error && (
        <ErrorAlert title={t('accessRecord.loadErrorTitle')} error={error} onRetry={() => void refetch()} />
      )}
      {facets && (
        <Group gap="md" mb="md" align="end" wrap="wrap">
          <NativeSelect
            label={t('accessRecord.filterWho')}
            value={filters.actorId ?? ''}
            onChange={(event) => setFilters((current) => ({ ...current, actorId: event.currentTarget.value || null }))}
            data={[{ value: '', label: t('accessRecord.everyone') }, ...facets.actors.map((actor) => ({ value: actor.id, label: actor.name }))]}
          />
          <NativeSelect
            label={t('accessRecord.filterWhat')}
            value={filters.event ?? ''}
            onChange={(event) => setFilters((current) => ({ ...current, event: event.currentTarget.value || null }))}
            data={[{ value: '', label: t('accessRecord.everything') }, ...facets.events.map((event) => ({ value: event, label: eventName(event) }))]}
          />
        </Group>
      )}
      {record && (
        <>
          {/* On a phone each line is a card, so "what" is read without scrolling sideways. */}
          <Box hiddenFrom="sm">
            <Text fw={600} mb="xs">
              {t('accessRecord.caption', { count: record.totalCount })}
            </Text>
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('accessRecord.listLabel')}>
              {record.entries.map((entry) => (
                <Paper component="li" key={entry.id} withBorder p="sm">
                  <Text size="sm" fw={600}>
                    {what(entry)}
                  </Text>
                  <Text size="sm">
                    {entry.actorName ?? t('accessRecord.automatic')}
                    {entry.actorRole ? ` (${t(`roles.${entry.actorRole}`)})` : ''}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {whenText(entry)}
                  </Text>
                </Paper>
              ))}
            </Stack>
          </Box>
          {/* A table wider than the screen scrolls; the region takes focus so the keyboard can scroll it too. */}
          <Box visibleFrom="sm" tabIndex={0} role="region" aria-label={t('accessRecord.caption', { count: record.totalCount })}>
            <Table.ScrollContainer minWidth={560}>
              <Table striped highlightOnHover>
                <Table.Caption>{t('accessRecord.caption', { count: record.totalCount })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('accessRecord.when')}</Table.Th>
                    <Table.Th scope="col">{t('accessRecord.who')}</Table.Th>
                    <Table.Th scope="col">{t('accessRecord.role')}</Table.Th>
                    <Table.Th scope="col">{t('accessRecord.what')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {record.entries.map((entry) => (
                    <Table.Tr key={entry.id}>
                      <Table.Td>{whenText(entry)}</Table.Td>
                      <Table.Td>{entry.actorName ?? t('accessRecord.automatic')}</Table.Td>
                      <Table.Td>{entry.actorRole ? t(`roles.${entry.actorRole}`) : ''}</Table.Td>
                      <Table.Td>{what(entry)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Box>
        </>
      )}
      {record?.nextCursor && (
        <Button
          mt="md"
          variant="outline"
          onClick={() =>
            void fetchMore({
              variables: { before: record.nextCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                ...fetchMoreResult,
                studentAccessRecord: {
                  ...fetchMoreResult.studentAccessRecord,
                  entries: [
                    ...previous.studentAccessRecord.entries,
                    ...fetchMoreResult.studentAccessRecord.entries,
                  ],
                },
              }),
            })
          }
        >
          {t('accessRecord.more')}
        </Button>
      )}
      <Anchor component={Link} to="/" display="block" mt="lg">
        {t('accessRecord.back')}
      </Anchor>
    </>
  );
}
