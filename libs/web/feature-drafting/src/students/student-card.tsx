import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType, useMe } from '@iep/web/data-access';
import { IepItem } from './iep-item';

// Only staff may start an IEP; its dialog stays out of what a parent's phone downloads.
const StartIepButton = lazy(() => import('../iep/start-iep-button').then((module) => ({ default: module.StartIepButton })));

/** Rights holders and district staff may read a student's access record (34 CFR 300.614). */
const ACCESS_RECORD_ROLES = new Set(['PARENT', 'DISTRICT_REPRESENTATIVE', 'DISTRICT_ADMIN']);
/** The family, the district and school staff see a student's referral and evaluations (EVALUATION_POLICY). */
const EVALUATION_ROLES = new Set(['PARENT', 'GENERAL_EDUCATION_TEACHER', 'SPECIAL_EDUCATION_TEACHER', 'SPECIALIST', 'DISTRICT_REPRESENTATIVE', 'DISTRICT_ADMIN']);

export const StudentCardFragment = graphql(`
  fragment StudentCard_student on Student {
    id
    firstName
    lastName
    grade
    schoolName
    canStartIep
    activeIepId
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
  const { me } = useMe();

  return (
    <Card component="article" aria-labelledby={headingId} withBorder padding="lg" radius="md">
      <Title order={2} id={headingId} size="h3">
        <Anchor component={Link} to={`/students/${student.id}`} inherit>
          {name}
        </Anchor>
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
      {student.canStartIep && (
        <Suspense fallback={null}>
          <StartIepButton studentId={student.id} studentName={name} hasActiveIep={Boolean(student.activeIepId)} />
        </Suspense>
      )}
      {me && EVALUATION_ROLES.has(me.role) && (
        <Anchor component={Link} to={`/students/${student.id}/evaluations`} mt="md">
          {t('students.evaluations', { name })}
        </Anchor>
      )}
      {me && ACCESS_RECORD_ROLES.has(me.role) && (
        <Anchor component={Link} to={`/students/${student.id}/access-record`} mt="md">
          {t('accessRecord.heading', { name })}
        </Anchor>
      )}
      <Anchor component={Link} to={`/students/${student.id}/rights`} mt="xs">
        {t('rights.link', { name })}
      </Anchor>
    </Card>
  );
}
