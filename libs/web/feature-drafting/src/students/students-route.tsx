import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading, QueryStatus } from '@iep/web/ui';
import { StudentCard } from './student-card';
import { StudentsEmptyState } from './students-empty-state';
import { graphql, useMe } from '@iep/web/data-access';

const StudentsQuery = graphql(`
  query Students {
    students {
      id
      ...StudentCard_student
    }
  }
`);

export function StudentsRoute() {
  const { t } = useTranslation();
  const { me } = useMe();
  const isParent = me?.role === 'PARENT';
  // Always ask again on arrival: a plan's status changes while the list sits in the cache.
  const { data, loading, error, refetch } = useQuery(StudentsQuery, { fetchPolicy: 'cache-and-network' });

  return (
    <>
      <PageHeading>{isParent ? t('students.headingParent') : t('students.heading')}</PageHeading>
      <QueryStatus data={data} loading={loading} error={error} errorTitle={t('students.loadErrorTitle')} refetch={refetch} />
      {data && data.students.length === 0 && <StudentsEmptyState isParent={isParent} />}
      {data && data.students.length > 0 && (
        <Stack gap="lg">
          {data.students.map((student) => (
            <StudentCard key={student.id} student={student} />
          ))}
        </Stack>
      )}
    </>
  );
}
