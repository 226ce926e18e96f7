import { Card, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { IepItem } from './iep-item';

export const StudentCardFragment = graphql(`
  fragment StudentCard_student on Student {
    id
    firstName
    lastName
    grade
    schoolName
    ieps {
      id
      ...IepItem_iep
    }
  }
`);

export function StudentCard(props: { student: FragmentType<typeof StudentCardFragment> }) {
  const student = getFragmentData(StudentCardFragment, props.student);
  const { t } = useTranslation();
  const headingId = useId();
  const name = `${student.firstName} ${student.lastName}`;

  return (
    <Card component="article" aria-labelledby={headingId} withBorder padding="lg" radius="md">
      <Title order={2} id={headingId} size="h3">
        {name}
      </Title>
      <Text mt={4}>{t('students.grade', { grade: student.grade })}</Text>
      <Text>{student.schoolName}</Text>
      {student.ieps.length === 0 ? (
        <Text mt="md">{t('students.noIeps')}</Text>
      ) : (
        // role="list" because Safari drops list semantics from a <ul> styled without bullets.
        <Stack
          component="ul"
          role="list"
          aria-label={t('students.iepsLabel', { name })}
          gap="md"
          mt="md"
          p={0}
          style={{ listStyle: 'none' }}
        >
          {student.ieps.map((iep) => (
            <IepItem key={iep.id} iep={iep} />
          ))}
        </Stack>
      )}
    </Card>
  );
}
