import { useQuery } from '@apollo/client/react';
import { Anchor, Box, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading, QueryStatus, RecordTable, ShowMoreButton, appendPage } from '@iep/web/ui';
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
      <QueryStatus data={data} loading={loading} error={error} errorTitle={t('accessRecord.loadErrorTitle')} refetch={refetch} />
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
            <RecordTable
              minWidth={560}
              scrollType="scrollarea"
              tableProps={{ verticalSpacing: undefined, highlightOnHover: true }}
              caption={t('accessRecord.caption', { count: record.totalCount })}
              rows={record.entries}
              rowKey={(entry) => entry.id}
              columns={[
                { header: t('accessRecord.when'), cell: whenText },
                { header: t('accessRecord.who'), cell: (entry) => entry.actorName ?? t('accessRecord.automatic') },
                { header: t('accessRecord.role'), cell: (entry) => (entry.actorRole ? t(`roles.${entry.actorRole}`) : '') },
                { header: t('accessRecord.what'), cell: what },
              ]}
            />
          </Box>
        </>
      )}
      {record?.nextCursor && (
        <ShowMoreButton
          mt="md"
          onClick={() =>
            void fetchMore({ variables: { before: record.nextCursor }, updateQuery: appendPage('studentAccessRecord', 'entries') })
          }
        >
          {t('accessRecord.more')}
        </ShowMoreButton>
      )}
      <Anchor component={Link} to="/" display="block" mt="lg">
        {t('accessRecord.back')}
      </Anchor>
    </>
  );
}
