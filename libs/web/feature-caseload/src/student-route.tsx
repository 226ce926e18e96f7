import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql, useMe } from '@iep/web/data-access';
import { MajorityStatus, ServicesStatus } from '@iep/web/feature-rights';
import { ErrorAlert, formatIsoDate, IEP_STATUS_COLOR, LoadingState, PageHeading, SectionCard } from '@iep/web/ui';
import { readsAccessRecord } from './caseload-rules';
import { DeadlineList } from './deadline-list';

const StudentPageQuery = graphql(`
  query StudentPage($studentId: ID!) {
    student(id: $studentId) {
      id
      firstName
      lastName
      grade
      schoolName
      dateOfBirth
      ieps {
        id
        kind
        status
        meetingDate
        startDate
        annualReviewDue
        caseManager {
          id
          displayName
        }
        versions {
          id
          number
          proposedOn
          pdfUrl
        }
      }
    }
    studentDeadlines(studentId: $studentId) {
      id
      kind
      status
      dueDate
      metOn
      closedOn
      closedReason
    }
    studentRights(studentId: $studentId) {
      studentId
      majority {
        ...MajorityStatus_majority @unmask
      }
      consentRevocation {
        id
        ...ServicesStatus_revocation @unmask
      }
    }
  }
`);

/** One page per student: every IEP and its versions, the team of the newest, the deadlines, the documents and the access record. */
export function StudentRoute() {
  const { studentId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const language = i18n.resolvedLanguage ?? 'en';
  const date = (iso: string) => formatIsoDate(iso, language);
  const { data, loading, error, refetch } = useQuery(StudentPageQuery, { variables: { studentId }, fetchPolicy: 'cache-and-network' });
  const student = data?.student;
  const newest = student?.ieps[0];
  const name = student ? `${student.firstName} ${student.lastName}` : '';
  const deadlines = data?.studentDeadlines ?? [];
  const open = deadlines.filter((deadline) => !deadline.metOn && !deadline.closedOn);
  const met = deadlines.filter((deadline) => deadline.metOn);
  const closed = deadlines.filter((deadline) => deadline.closedOn);
  const documents = (student?.ieps ?? []).flatMap((iep) => iep.versions.map((version) => ({ iep, version })));

  return (
    <>
      <PageHeading>{name || t('studentPage.headingPlain')}</PageHeading>
      {!data && loading && <LoadingState />}
      {!data && error && <ErrorAlert title={t('studentPage.loadError')} error={error} onRetry={() => void refetch()} />}
      {student && (
        <Stack gap="lg">
          <Text>
            {t('students.grade', { grade: student.grade })} · {student.schoolName} · {t('studentPage.born', { date: date(student.dateOfBirth) })}
          </Text>
          {data.studentRights && (
            <SectionCard headingId="student-rights-heading" title={t('majority.heading')}>
              <Stack gap={4}>
                <MajorityStatus firstName={student.firstName} majority={data.studentRights.majority} />
                {data.studentRights.consentRevocation && <ServicesStatus revocation={data.studentRights.consentRevocation} />}
              </Stack>
              <Anchor component={Link} to={`/students/${student.id}/rights`} size="sm" mt="xs" display="inline-block">
                {t('rights.heading', { name: student.firstName })}
              </Anchor>
            </SectionCard>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <SectionCard headingId="student-deadlines-heading" title={t('studentPage.deadlines')}>
              {open.length === 0 ? (
                <Text size="sm">{t('caseload.noDeadlines')}</Text>
              ) : (
                <DeadlineList deadlines={open} label={t('studentPage.openDeadlines')} />
              )}
              {met.length > 0 && (
                <>
                  <Title order={3} size="h5" mt="sm" mb={4}>
                    {t('studentPage.metDeadlines')}
                  </Title>
                  <DeadlineList deadlines={met} label={t('studentPage.metDeadlines')} />
                </>
              )}
              {closed.length > 0 && (
                <>
                  <Title order={3} size="h5" mt="sm" mb={4}>
                    {t('deadlineClosed.heading')}
                  </Title>
                  <DeadlineList deadlines={closed} label={t('deadlineClosed.heading')} />
                </>
              )}
            </SectionCard>
            <StudentTeam iepId={newest?.id} />
          </SimpleGrid>
          <SectionCard headingId="student-timeline-heading" title={t('studentPage.timeline')}>
            {student.ieps.length === 0 ? (
              <Text size="sm">{t('students.noIeps')}</Text>
            ) : (
              <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
                {student.ieps.map((iep) => (
                  <li key={iep.id}>
                    <Group gap="xs" wrap="wrap" align="center">
                      <Anchor component={Link} to={`/ieps/${iep.id}`} fw={700}>
                        {t(`iep.kind.${iep.kind}`)}
                      </Anchor>
                      <Badge color={IEP_STATUS_COLOR[iep.status]}>{t(`iep.status.${iep.status}`)}</Badge>
                    </Group>
                    <Text size="sm">
                      {[
                        iep.meetingDate && t('studentPage.meeting', { date: date(iep.meetingDate) }),
                        iep.startDate && t('studentPage.started', { date: date(iep.startDate) }),
                        iep.annualReviewDue && t('studentPage.reviewDue', { date: date(iep.annualReviewDue) }),
                        iep.caseManager && t('caseload.caseManager', { name: iep.caseManager.displayName }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                    {iep.versions.length > 0 && (
                      <Group gap="md" wrap="wrap">
                        {iep.versions.map((version) => (
                          <Anchor key={version.id} component={Link} to={`/ieps/${iep.id}/versions/${version.number}`} size="sm">
                            {t('studentPage.version', { number: version.number, date: date(version.proposedOn) })}
                          </Anchor>
                        ))}
                      </Group>
                    )}
                  </li>
                ))}
              </Stack>
            )}
          </SectionCard>
          <SectionCard headingId="student-documents-heading" title={t('studentPage.documents')}>
            {documents.length === 0 ? (
              <Text size="sm">{t('studentPage.noDocuments')}</Text>
            ) : (
              <Stack component="ul" role="list" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
                {documents.map(({ iep, version }) => (
                  <li key={version.id}>
                    <Anchor href={`${version.pdfUrl}?lang=${language}`} size="sm" download>
                      {t('studentPage.document', { kind: t(`iep.kind.${iep.kind}`), number: version.number, date: date(version.proposedOn) })}
                    </Anchor>
                  </li>
                ))}
              </Stack>
            )}
          </SectionCard>
          <SectionCard headingId="student-access-heading" title={t('studentPage.accessRecord')}>
            {me && readsAccessRecord(me.role) ? (
              <Anchor component={Link} to={`/students/${student.id}/access-record`} size="sm">
                {t('accessRecord.heading', { name })}
              </Anchor>
            ) : (
              <Text size="sm">{t('studentPage.accessRecordWho')}</Text>
            )}
          </SectionCard>
        </Stack>
      )}
    </>
  );
}

const StudentTeamQuery = graphql(`
  query StudentPageTeam($iepId: ID!) {
    iepTeam(iepId: $iepId) {
      iepId
      members {
        userId
        displayName
        teamRole
      }
    }
  }
`);

/** The team of the student's newest IEP, with the way to its team page. */
function StudentTeam({ iepId }: { iepId: string | undefined }) {
  const { t } = useTranslation();
  const team = useQuery(StudentTeamQuery, { variables: { iepId: iepId ?? '' }, skip: !iepId });
  return (
    <SectionCard headingId="student-team-heading" title={t('studentPage.team')}>
      {!iepId && <Text size="sm">{t('studentPage.noTeam')}</Text>}
      {team.data && (
        <Stack component="ul" role="list" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
          {team.data.iepTeam.members.map((member) => (
            <li key={member.userId}>
              <Text size="sm">
                <Text span fw={500}>
                  {member.displayName}
                </Text>{' '}
                · {member.teamRole}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {iepId && (
        <Anchor component={Link} to={`/ieps/${iepId}/team`} size="sm" mt="xs" display="inline-block">
          {t('studentPage.openTeam')}
        </Anchor>
      )}
    </SectionCard>
  );
}
