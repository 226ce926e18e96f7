import { useQuery } from '@apollo/client/react';
import { Button, NativeSelect, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowAction, RowActions, formatIsoDate } from '@iep/web/ui';
import { AdminListPage, useListPage } from '../admin-list-page';
import { graphql, type DistrictStudentsQuery as DistrictStudentsQueryType } from '@iep/web/data-access';
import { AdminSchoolsQuery } from '../schools/admin-schools-query';
import { GuardiansModal } from './guardians-modal';
import { StudentModal } from './student-modal';

/** A student's record as the list shows it and the dialog edits it; saving answers with it, so the list updates. */
graphql(`
  fragment AdminStudent_student on DistrictStudent {
    id
    firstName
    lastName
    dateOfBirth
    grade
    school {
      id
      name
    }
  }
`);

export const DistrictStudentsQuery = graphql(`
  query DistrictStudents($search: String, $schoolId: ID, $first: Int, $after: String) {
    districtStudents(search: $search, schoolId: $schoolId, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes {
        ...AdminStudent_student @unmask
        guardians {
          userId
          displayName
          email
          relationship
          rightsHolder
          active
        }
      }
    }
  }
`);

type Student = NonNullable<DistrictStudentsQueryType['districtStudents']['nodes'][number]>;
type Dialog = { kind: 'create' } | { kind: 'edit' | 'guardians'; student: Student } | null;

export function AdminStudentsRoute() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [schoolId, setSchoolId] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [dialog, setDialog] = useState<Dialog>(null);
  const schools = useQuery(AdminSchoolsQuery);
  const query = useQuery(DistrictStudentsQuery, {
    variables: { search: debouncedSearch || null, schoolId: schoolId || null, first: 25 },
    fetchPolicy: 'cache-and-network',
  });
  const { page, list } = useListPage(query, 'districtStudents');
  const selected =
    dialog && dialog.kind !== 'create'
      ? (page?.nodes.find((student) => student.id === dialog.student.id) ?? dialog.student)
      : null;
  const schoolOptions = (schools.data?.schools ?? []).map((school) => ({
    value: school.id,
    label: school.name,
  }));

  return (
    <>
      <AdminListPage
        section="students"
        search={search}
        onSearchChange={setSearch}
        filters={
          <>
            <NativeSelect
              label={t('admin.students.schoolFilter')}
              value={schoolId}
              onChange={(event) => setSchoolId(event.currentTarget.value)}
              data={[{ value: '', label: t('admin.students.allSchools') }, ...schoolOptions]}
              style={{ flex: '1 1 14rem' }}
            />
            <Button onClick={() => setDialog({ kind: 'create' })} disabled={schoolOptions.length === 0}>
              {t('admin.students.create')}
            </Button>
          </>
        }
        list={list}
        table={{
          minWidth: 820,
          rowKey: (student) => student.id,
          columns: [
            {
              header: t('admin.students.name'),
              rowHeader: true,
              cell: (student) => `${student.lastName}, ${student.firstName}`,
            },
            {
              header: t('admin.students.dateOfBirth'),
              cell: (student) => formatIsoDate(student.dateOfBirth, i18n.resolvedLanguage ?? 'en'),
            },
            {
              header: t('admin.students.grade'),
              cell: (student) => t(`admin.grades.${student.grade}`, { defaultValue: student.grade }),
            },
            { header: t('admin.students.school'), cell: (student) => student.school.name },
            {
              header: t('admin.students.guardians'),
              cell: (student) =>
                student.guardians.length === 0
                  ? t('admin.students.noGuardians')
                  : student.guardians.map((guardian) => (
                      <Text key={guardian.userId} size="sm">
                        {guardian.displayName} ({guardian.relationship})
                      </Text>
                    )),
            },
            {
              header: t('admin.common.actions'),
              cell: (student) => {
                const name = `${student.firstName} ${student.lastName}`;
                return (
                  <RowActions>
                    <RowAction
                      label={t('admin.students.editLabel', { name })}
                      onClick={() => setDialog({ kind: 'edit', student })}
                    >
                      {t('admin.common.edit')}
                    </RowAction>
                    <RowAction
                      label={t('admin.students.guardiansLabel', { name })}
                      onClick={() => setDialog({ kind: 'guardians', student })}
                    >
                      {t('admin.students.guardians')}
                    </RowAction>
                  </RowActions>
                );
              },
            },
          ],
        }}
      />

      <StudentModal
        opened={dialog?.kind === 'create' || (dialog?.kind === 'edit' && selected !== null)}
        student={dialog?.kind === 'edit' ? selected : null}
        schools={schoolOptions}
        onClose={() => setDialog(null)}
        onSaved={() => void query.refetch()}
      />
      <GuardiansModal
        student={dialog?.kind === 'guardians' ? selected : null}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
