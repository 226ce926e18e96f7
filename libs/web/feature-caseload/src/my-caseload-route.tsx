import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '@iep/web/data-access';
import { ErrorAlert, LoadingState, PageHeading } from '@iep/web/ui';
import { CaseloadStudentCard } from './caseload-student-card';

const MyCaseloadQuery = graphql(`
  query MyCaseload {
    myCaseload {
      owner {
        id
        displayName
      }
      students {
        student {
          id
        }
        ...CaseloadStudentCard_row
      }
    }
  }
`);

/** The case manager's day: each of their students, the next deadlines with the overdue ones flagged, and what waits on them. */
export function MyCaseloadRoute() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyCaseloadQuery, { fetchPolicy: 'cache-and-network' });
  const students = data?.myCaseload.students ?? [];
  return (
    <>
      <PageHeading>{t('caseload.heading')}</PageHeading>
      <Text mb="md">{t('caseload.intro')}</Text>
      {!data && loading && <LoadingState />}
      {!data && error && <ErrorAlert title={t('caseload.loadError')} error={error} onRetry={() => void refetch()} />}
      {data && students.length === 0 && <Text>{t('caseload.empty')}</Text>}
      {students.length > 0 && (
        <Stack gap="lg">
          {students.map((row) => (
            <CaseloadStudentCard key={row.student.id} row={row} />
          ))}
        </Stack>
      )}
    </>
  );
}

