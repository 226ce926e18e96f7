import { useQuery } from '@apollo/client/react';
import { Anchor, Box, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LoadingState, PageHeading } from '@iep/web/ui';
import { graphql } from '@iep/web/data-access';

const AccessRecordQuery = graphql(`
  query StudentAccessRecord($studentId: ID!, $before: String) {
    student(id: $studentId) {
      id
      firstName
      lastName
    }
    studentAccessRecord(studentId: $studentId, first: 50, before: $before) {
      totalCount
      nextCursor
      entries {
        id
        occurredAt
        actorName
        actorRole
        event
      }
    }
  }
`);

/** "Who has looked at or changed my child's records" (34 CFR 300.614), newest first. */
export function AccessRecordRoute() {
  const { studentId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(AccessRecordQuery, {
    variables: { studentId },
    fetchPolicy: 'cache-and-network',
  });
  const name = data?.student ? `${data.student.firstName} ${data.student.lastName}` : '';
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const record = data?.studentAccessRecord;
  const eventText = (event: string) => t(`accessRecord.events.${event}`, { defaultValue: t('accessRecord.events.OTHER') });

  return (
    <>
      <PageHeading>{name ? t('accessRecord.heading', { name }) : t('accessRecord.headingPlain')}</PageHeading>
      <Text mb="md">{t('accessRecord.intro')}</Text>
      {!data && loading && <LoadingState />}
      {!data && error && (
        <ErrorAlert title={t('accessRecord.loadErrorTitle')} error={error} onRetry={() => void refetch()} />
      )}
      {record && (
        <>
          {/* On a phone each access is a card, so "what" is read without scrolling sideways. */}
          <Box hiddenFrom="sm">
            <Text fw={600} mb="xs">
              {t('accessRecord.caption', { count: record.totalCount })}
            </Text>
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('accessRecord.listLabel')}>
              {record.entries.map((entry) => (
                <Paper component="li" key={entry.id} withBorder p="sm">
                  <Text size="sm" fw={600}>
                    {eventText(entry.event)}
                  </Text>
                  <Text size="sm">
                    {entry.actorName ?? t('accessRecord.automatic')}
                    {entry.actorRole ? ` (${t(`roles.${entry.actorRole}`)})` : ''}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {when.format(new Date(entry.occurredAt as string))}
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
                      <Table.Td>{when.format(new Date(entry.occurredAt as string))}</Table.Td>
                      <Table.Td>{entry.actorName ?? t('accessRecord.automatic')}</Table.Td>
                      <Table.Td>{entry.actorRole ? t(`roles.${entry.actorRole}`) : ''}</Table.Td>
                      <Table.Td>{eventText(entry.event)}</Table.Td>
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
