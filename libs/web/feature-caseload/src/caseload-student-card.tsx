import { Anchor, Badge, Card, Group, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@iep/web/data-access';
import { DeadlineList } from './deadline-list';

export const CaseloadStudentCardFragment = graphql(`
  fragment CaseloadStudentCard_row on CaseloadStudent {
    student {
      id
      firstName
      lastName
      grade
      schoolName
    }
    caseManager {
      id
      displayName
    }
    managed
    currentIepId
    overdueCount
    nextDeadlines {
      id
      kind
      status
      dueDate
    }
    waiting {
      threadsAssigned
      proposalsToDecide
      noticesToSend
      iepId
    }
  }
`);

/** One student of a caseload: a card that reads top to bottom on a phone. */
export function CaseloadStudentCard(props: { row: FragmentType<typeof CaseloadStudentCardFragment> }) {
  const row = getFragmentData(CaseloadStudentCardFragment, props.row);
  const { t } = useTranslation();
  const headingId = useId();
  const name = `${row.student.firstName} ${row.student.lastName}`;
  const { threadsAssigned, proposalsToDecide, noticesToSend, iepId } = row.waiting;
  const waiting = [
    threadsAssigned > 0 && t('caseload.waiting.threads', { count: threadsAssigned }),
    proposalsToDecide > 0 && t('caseload.waiting.proposals', { count: proposalsToDecide }),
    noticesToSend > 0 && t('caseload.waiting.notices', { count: noticesToSend }),
  ].filter((text): text is string => Boolean(text));

  return (
    <Card component="article" aria-labelledby={headingId} withBorder padding="md" radius="md">
      <Group gap="xs" wrap="wrap" align="center">
        <Title order={2} size="h3" id={headingId}>
          <Anchor component={Link} to={`/students/${row.student.id}`} inherit>
            {name}
          </Anchor>
        </Title>
        {row.overdueCount > 0 && <Badge color="red">{t('caseload.overdueCount', { count: row.overdueCount })}</Badge>}
      </Group>
      <Text size="sm">
        {t('students.grade', { grade: row.student.grade })} · {row.student.schoolName}
      </Text>
      <Text size="sm">
        {row.managed
          ? t('caseload.youManage')
          : row.caseManager
            ? t('caseload.caseManager', { name: row.caseManager.displayName })
            : t('caseload.noCaseManager')}
      </Text>
      <Title order={3} size="h5" mt="sm" mb={4}>
        {t('caseload.nextDeadlines')}
      </Title>
      {row.nextDeadlines.length === 0 ? (
        <Text size="sm">{t('caseload.noDeadlines')}</Text>
      ) : (
        <DeadlineList deadlines={row.nextDeadlines} label={t('caseload.deadlinesOf', { name })} />
      )}
      <Title order={3} size="h5" mt="sm" mb={4}>
        {t('caseload.waiting.heading')}
      </Title>
      {waiting.length === 0 ? (
        <Text size="sm">{t('caseload.waiting.nothing')}</Text>
      ) : (
        <Text size="sm">{waiting.join(' · ')}</Text>
      )}
      <Group gap="md" mt="sm" wrap="wrap">
        {iepId && (
          <Anchor component={Link} to={`/ieps/${iepId}`} size="sm">
            {t('caseload.openWaiting', { name })}
          </Anchor>
        )}
        {!iepId && row.currentIepId && (
          <Anchor component={Link} to={`/ieps/${row.currentIepId}`} size="sm">
            {t('caseload.openIep', { name })}
          </Anchor>
        )}
      </Group>
    </Card>
  );
}
