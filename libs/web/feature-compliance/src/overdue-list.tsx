import { Anchor, Badge, Box, Button, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatIsoDate } from '@iep/web/ui';
import type { DeadlineKindName } from './compliance-queries';

export type OverdueDeadline = {
  id: string;
  kind: DeadlineKindName;
  studentId: string;
  studentName: string;
  iepId?: string | null;
  schoolName: string;
  caseManagerName?: string | null;
  dueDate: string;
  daysOverdue: number;
  explanation: string;
  estimated: boolean;
};

type Props = { nodes: OverdueDeadline[]; total: number; hasNextPage: boolean; loadingMore: boolean; onShowMore: () => void };

/** Overdue deadlines, longest overdue first, each with its rule in words and the way to the IEP and the student. */
export function OverdueList({ nodes, total, hasNextPage, loadingMore, onShowMore }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <Box component="section" aria-labelledby="compliance-overdue">
      <Title order={2} size="h3" id="compliance-overdue" mb="xs">
        {t('compliance.overdue.heading', { count: total })}
      </Title>
      {nodes.length === 0 ? (
        <Text>{t('compliance.overdue.none')}</Text>
      ) : (
        <div role="region" aria-label={t('compliance.overdue.caption')} tabIndex={0} style={{ overflowX: 'auto' }}>
          <Table striped verticalSpacing="sm" miw={860}>
            <Table.Caption>{t('compliance.overdue.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('compliance.overdue.student')}</Table.Th>
                <Table.Th scope="col">{t('compliance.overdue.deadline')}</Table.Th>
                <Table.Th scope="col">{t('compliance.overdue.due')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('compliance.overdue.daysOverdue')}
                </Table.Th>
                <Table.Th scope="col">{t('compliance.overdue.school')}</Table.Th>
                <Table.Th scope="col">{t('compliance.overdue.caseManager')}</Table.Th>
                <Table.Th scope="col">{t('compliance.overdue.rule')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {nodes.map((deadline) => (
                <Table.Tr key={deadline.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/students/${deadline.studentId}`}>
                      {deadline.studentName}
                    </Anchor>
                    {deadline.iepId && (
                      <Text size="sm">
                        <Anchor
                          component={Link}
                          to={`/ieps/${deadline.iepId}`}
                          aria-label={t('compliance.overdue.openIepLabel', { name: deadline.studentName, kind: t(`compliance.kinds.${deadline.kind}`) })}
                        >
                          {t('compliance.overdue.openIep')}
                        </Anchor>
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>{t(`compliance.kinds.${deadline.kind}`)}</Table.Td>
                  <Table.Td>{formatIsoDate(deadline.dueDate, language)}</Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {deadline.daysOverdue}
                  </Table.Td>
                  <Table.Td>{deadline.schoolName}</Table.Td>
                  <Table.Td>{deadline.caseManagerName ?? t('compliance.noCaseManager')}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{deadline.explanation}</Text>
                    {deadline.estimated && (
                      <Text size="sm" mt={4}>
                        <Badge color="red" mr={6}>
                          {t('compliance.overdue.estimated')}
                        </Badge>
                        {t('compliance.overdue.estimatedPrompt')}{' '}
                        <Anchor component={Link} to="/admin/calendar">
                          {t('compliance.overdue.enterCalendar')}
                        </Anchor>
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {hasNextPage && (
        <Button mt="sm" variant="outline" loading={loadingMore} onClick={onShowMore}>
          {t('compliance.overdue.showMore')}
        </Button>
      )}
    </Box>
  );
}
