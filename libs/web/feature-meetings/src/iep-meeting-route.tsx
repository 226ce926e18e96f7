import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert, LoadingState, PageHeading } from '@iep/web/ui';
import { getFragmentData, graphql, useMe } from '@iep/web/data-access';
import { DEFAULT_DISTRICT_TIME_ZONE, isUpcomingMeeting, meetingPurposeForIepKind } from '@iep/domain/meetings';
import { MeetingCard } from './meeting-card';
import { ScheduleMeetingForm } from './schedule-meeting-form';

// One meeting as the page shows it, whether it is reached through the IEP or, for an invitee who may
// not see the IEP yet, on its own.
const MeetingPageFragment = graphql(`
  fragment MeetingPage_meeting on IepMeeting {
    id
    purpose
    status
    startsAt
    timeZone
    localDate
    localTime
    durationMinutes
    location
    callIn
    noticeSentAt
    noticeDays
    shortNoticeAgreed
    notes
    version
    cancelReason
    viewerCanManage
    viewerIsRightsHolder
    noticeDeadline {
      id
      dueDate
      metOn
    }
    viewerInvitation {
      userId
      response
    }
    studentFirstName
    viewerCanSeeIep
    viewerCanSignAttendance
    discussesTransition
    calendarInvitation
    requiredMembers {
      member
      state
    }
    attendanceSignatures {
      userId
      name
      role
      signedAt
    }
    invitees {
      userId
      displayName
      teamRole
      isGuardian
      response
      message
      proposedTimes
    }
    attendance {
      id
      userId
      name
      capacity
      status
      writtenInputSubmitted
      interpretsEvaluations
      excusalRequestedAt
      excusalReason
      parentAgreedByName
      parentAgreedAt
      districtAgreedByName
      districtAgreedAt
    }
  }
`);

const IepMeetingPageQuery = graphql(`
  query IepMeetingPage($iepId: ID!) {
    iep(id: $iepId) {
      id
      kind
      status
      meetings {
        ...MeetingPage_meeting
      }
    }
    iepTeam(iepId: $iepId) {
      iepId
      studentFirstName
      viewerCanManage
      members {
        userId
        displayName
        teamRole
        isGuardian
      }
    }
  }
`);

const IepMeetingOneQuery = graphql(`
  query IepMeetingOne($meetingId: ID!) {
    iepMeeting(id: $meetingId) {
      ...MeetingPage_meeting
    }
  }
`);

/** `/ieps/:iepId/meeting`: the IEP's meetings; the notice to answer for invitees; scheduling and records for the case manager. */
export function IepMeetingRoute() {
  const { iepId = '' } = useParams();
  const [search] = useSearchParams();
  const meetingId = search.get('meeting');
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(IepMeetingPageQuery, { variables: { iepId }, fetchPolicy: 'cache-and-network' });
  // A notice names its meeting: an invitee who may not see the IEP yet (a draft not shared with the
  // family) still opens the meeting they were invited to.
  const one = useQuery(IepMeetingOneQuery, {
    variables: { meetingId: meetingId ?? '' },
    skip: !meetingId,
    fetchPolicy: 'cache-and-network',
  });
  const team = data?.iepTeam;
  const invitedOnly = !data && one.data ? getFragmentData(MeetingPageFragment, one.data.iepMeeting) : null;
  const meetings = data ? getFragmentData(MeetingPageFragment, data.iep.meetings) : invitedOnly ? [invitedOnly] : [];
  // Upcoming by date: a meeting a week past is not upcoming, whatever its status (it waits to be recorded).
  const now = new Date();
  const upcoming = meetings.filter((m) => isUpcomingMeeting(m, now)).reverse();
  const past = meetings.filter((m) => !isUpcomingMeeting(m, now));
  const [scheduling, setScheduling] = useState(false);
  const [justScheduled, setJustScheduled] = useState(false);
  const hasGuardian = team?.members.some((member) => member.isGuardian) ?? true;
  const { me } = useMe();
  const timeZone = meetings[0]?.timeZone ?? DEFAULT_DISTRICT_TIME_ZONE;
  const studentFirstName = team?.studentFirstName ?? invitedOnly?.studentFirstName;
  const heading = studentFirstName ? t('meetings.heading', { name: studentFirstName }) : t('meetings.headingPlain');
  const refetchAll = () => Promise.all([refetch(), ...(meetingId ? [one.refetch()] : [])]);
  const stillLoading = (loading && !data) || (one.loading && !one.data);
  const failure = !data && !invitedOnly && !stillLoading ? (meetingId ? one.error : undefined) ?? error : undefined;

  return (
    <>
      <PageHeading>{heading}</PageHeading>
      {invitedOnly ? (
        <Text mb="md">{t('meetings.iepNotShared')}</Text>
      ) : (
        <Anchor component={Link} to={`/ieps/${iepId}/team`} display="inline-block" mb="md">
          {t('meetings.backToTeam')}
        </Anchor>
      )}
      {!data && !invitedOnly && stillLoading && <LoadingState />}
      {failure && <ErrorAlert title={t('meetings.loadErrorTitle')} error={failure} onRetry={() => void refetchAll()} />}
      {((data && team) || invitedOnly) && (
        <Stack gap="xl">
          <Text>{t('meetings.timeZoneNote', { zone: timeZone })}</Text>
          <section aria-labelledby="meetings-upcoming-heading">
            <Title order={2} size="h3" id="meetings-upcoming-heading" mb="sm">
              {t('meetings.upcomingHeading')}
            </Title>
            {upcoming.length === 0 ? (
              <Text>{t('meetings.noUpcoming')}</Text>
            ) : (
              <Stack gap="md">
                {upcoming.map((meeting) => (
                  <MeetingCard key={meeting.id} meeting={meeting} onChanged={refetchAll} />
                ))}
              </Stack>
            )}
          </section>

          {team?.viewerCanManage && data && (
            <section aria-labelledby="meetings-schedule-heading">
              <Title order={2} size="h3" id="meetings-schedule-heading" mb="sm">
                {t('meetings.scheduleHeading')}
              </Title>
              {!hasGuardian && (
                <Alert color="red" variant="light" title={t('meetings.noGuardianTitle')} mb="md">
                  <Text size="sm">{t('meetings.noGuardian', { name: studentFirstName ?? '' })}</Text>
                  {/* Guardians are the district's record: an administrator adds them, others are told whom to ask. */}
                  {me?.role === 'DISTRICT_ADMIN' && (
                    <Anchor component={Link} to="/admin/students" size="sm">
                      {t('meetings.addGuardianLink')}
                    </Anchor>
                  )}
                </Alert>
              )}
              {/* With a meeting already ahead, a second scheduling form is one click away rather than always open. */}
              <div role="status">{justScheduled && <Text mb="sm">{t('meetings.scheduled')}</Text>}</div>
              {upcoming.length > 0 && !scheduling ? (
                <Button
                  variant="default"
                  onClick={() => {
                    setScheduling(true);
                    setJustScheduled(false);
                  }}
                >
                  {t('meetings.scheduleAnother')}
                </Button>
              ) : (
                <Paper withBorder p={{ base: 'md', sm: 'lg' }} maw={560}>
                  <ScheduleMeetingForm
                    iepId={iepId}
                    members={team.members}
                    defaultPurpose={meetingPurposeForIepKind(data.iep.kind)}
                    noticeDays={meetings[0]?.noticeDays ?? 10}
                    timeZone={timeZone}
                    onScheduled={async () => {
                      await refetchAll();
                      setScheduling(false);
                      setJustScheduled(true);
                    }}
                  />
                </Paper>
              )}
            </section>
          )}

          {past.length > 0 && (
            <section aria-labelledby="meetings-past-heading">
              <Title order={2} size="h3" id="meetings-past-heading" mb="sm">
                {t('meetings.pastHeading')}
              </Title>
              <Stack gap="md">
                {past.map((meeting) => (
                  <MeetingCard key={meeting.id} meeting={meeting} onChanged={refetchAll} />
                ))}
              </Stack>
            </section>
          )}
        </Stack>
      )}
    </>
  );
}
