import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title, type MantineColor } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, type MeetingStatus } from '@iep/web/data-access';
import { errorText, formatIsoDate, itemListClasses as classes } from '@iep/web/ui';
import { AttendanceSignature } from '@iep/web/feature-signoff';
import { ManageMeeting } from './manage-meeting';
import { formatMeetingDay, formatMeetingTime } from './meeting-format';
import type { Meeting } from './meeting-types';
import { RespondForm } from './respond-form';
import { isUpcomingMeeting } from '@iep/domain/meetings';

const AgreeMutation = graphql(`
  mutation AgreeToMeetingExcusal($attendanceId: ID!) {
    agreeToMeetingExcusal(attendanceId: $attendanceId) {
      id
    }
  }
`);

// Dark text on a pale background (theme.ts), so every status reads at AA contrast.
const STATUS_COLOR: Record<MeetingStatus, MantineColor> = { SCHEDULED: 'blue', RESCHEDULE_REQUESTED: 'red', HELD: 'green', CANCELLED: 'gray' };

type Props = { meeting: Meeting; onChanged: () => Promise<unknown> };

export function MeetingCard({ meeting, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const headingId = `meeting-${meeting.id}`;
  const when = formatMeetingTime(meeting.startsAt, meeting.timeZone, language);
  // Answering ("I will attend") is for a meeting still ahead, decided by its date, not only by its status.
  const answerable = isUpcomingMeeting(meeting, new Date());
  const excusals = meeting.attendance.filter((a) => a.excusalRequestedAt);
  const [signedHere, setSignedHere] = useState(false);

  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p={{ base: 'md', sm: 'lg' }}>
      <Group gap="xs" wrap="wrap" align="center" mb="xs">
        <Title order={3} size="h4" id={headingId}>
          {`${t(`meetings.purpose.${meeting.purpose}`)} – ${when}`}
        </Title>
        <Badge color={STATUS_COLOR[meeting.status]}>{t(`meetings.status.${meeting.status}`)}</Badge>
      </Group>
      <dl style={{ margin: 0 }}>
        <Fact term={t('meetings.when')}>{when}</Fact>
        <Fact term={t('meetings.duration')}>{t('meetings.minutes', { count: meeting.durationMinutes })}</Fact>
        {meeting.location && <Fact term={t('meetings.where')}>{meeting.location}</Fact>}
        {meeting.callIn && <Fact term={t('meetings.callIn')}>{meeting.callIn}</Fact>}
        <Fact term={t('meetings.noticeSent')}>{formatMeetingDay(meeting.noticeSentAt, meeting.timeZone, language)}</Fact>
        {meeting.cancelReason && <Fact term={t('meetings.cancelReason')}>{meeting.cancelReason}</Fact>}
      </dl>
      {meeting.noticeDeadline && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('meetings.noticeDue', { date: formatIsoDate(meeting.noticeDeadline.dueDate, language), days: meeting.noticeDays })}
        </Text>
      )}
      {meeting.shortNoticeAgreed && <Text size="sm" mt="xs">{t('meetings.shortNotice')}</Text>}
      {meeting.discussesTransition && <Text size="sm" mt="xs">{t('meetings.discussesTransition', { name: meeting.studentFirstName })}</Text>}
      {meeting.calendarInvitation && <CalendarLink ics={meeting.calendarInvitation} />}

      <section aria-labelledby={`${headingId}-invitees`}>
        <Text component="h4" fw={700} id={`${headingId}-invitees`} mt="md" mb="xs">
          {t('meetings.inviteesHeading')}
        </Text>
        <ul className={classes.list}>
          {meeting.invitees.map((invitee) => (
            <li key={invitee.userId} className={classes.item}>
              <Group gap="xs" wrap="wrap">
                <Text fw={700}>{invitee.displayName}</Text>
                {invitee.isGuardian && <Badge color="blue">{t('meetings.guardianBadge')}</Badge>}
                <Text size="sm">{`${invitee.teamRole} · ${t(`meetings.response.${invitee.response}`)}`}</Text>
              </Group>
              {invitee.message && <Text size="sm">{t('meetings.theirMessage', { message: invitee.message })}</Text>}
              {invitee.proposedTimes.length > 0 && (
                <Text size="sm">
                  {t('meetings.theirTimes', { times: invitee.proposedTimes.map((time) => formatMeetingTime(time, meeting.timeZone, language)).join('; ') })}
                </Text>
              )}
            </li>
          ))}
        </ul>
      </section>

      {meeting.viewerInvitation && answerable && (
        <Stack gap="xs" mt="md">
          <Text>{t('meetings.yourAnswer', { answer: t(`meetings.response.${meeting.viewerInvitation.response}`) })}</Text>
          <RespondForm meetingId={meeting.id} headingId={headingId} onAnswered={onChanged} />
        </Stack>
      )}

      {excusals.length > 0 && <Excusals meeting={meeting} headingId={headingId} onChanged={onChanged} />}

      {meeting.status !== 'CANCELLED' && (meeting.attendanceSignatures.length > 0 || meeting.viewerCanSignAttendance || signedHere) && (
        <section aria-labelledby={`${headingId}-signatures`}>
          <Text component="h4" fw={700} id={`${headingId}-signatures`} mt="md" mb="xs">
            {t('meetings.signaturesHeading')}
          </Text>
          {meeting.attendanceSignatures.length === 0 ? (
            <Text size="sm" mb="xs">{t('meetings.noSignatures')}</Text>
          ) : (
            <ul className={classes.list}>
              {meeting.attendanceSignatures.map((signature) => (
                <li key={signature.userId} className={classes.item}>
                  <Text size="sm">
                    {t('meetings.signedBy', { name: signature.name, when: formatMeetingDay(signature.signedAt, meeting.timeZone, language) })}
                  </Text>
                </li>
              ))}
            </ul>
          )}
          {/* Kept after signing, so that its confirmation stays on screen once the refetch says "signed". */}
          {(meeting.viewerCanSignAttendance || signedHere) && (
            <AttendanceSignature
              meetingId={meeting.id}
              onSigned={() => {
                setSignedHere(true);
                void onChanged();
              }}
            />
          )}
        </section>
      )}

      {meeting.viewerCanManage && <ManageMeeting meeting={meeting} headingId={headingId} onChanged={onChanged} />}
    </Paper>
  );
}

function Fact({ term, children }: { term: string; children: string }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 0.5rem' }}>
      <dt style={{ fontWeight: 700 }}>{term}:</dt>
      <dd style={{ margin: 0 }}>{children}</dd>
    </div>
  );
}

function Excusals({ meeting, headingId, onChanged }: Props & { headingId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const [agree, { loading }] = useMutation(AgreeMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const open = meeting.status === 'SCHEDULED' || meeting.status === 'RESCHEDULE_REQUESTED';
  const day = (iso: string) => formatMeetingDay(iso, meeting.timeZone, language);

  async function agreeTo(attendanceId: string) {
    setFailure(null);
    setDone(null);
    try {
      await agree({ variables: { attendanceId } });
    } catch (error) {
      setFailure(errorText(t, error));
      return;
    }
    setDone(t('meetings.agreed'));
    await onChanged();
  }

  return (
    <section aria-labelledby={`${headingId}-excusals`}>
      <Text component="h4" fw={700} id={`${headingId}-excusals`} mt="md" mb="xs">
        {t('meetings.excusalsHeading')}
      </Text>
      <Text size="sm" mb="xs">{t('meetings.excusalsIntro')}</Text>
      {failure && (
        <Alert color="red" variant="light" title={t('meetings.actionErrorTitle')} mb="sm">
          {failure}
        </Alert>
      )}
      <ul className={classes.list}>
        {meeting.attendance.filter((a) => a.excusalRequestedAt).map((a) => {
          const canAgreeAsParent = open && meeting.viewerIsRightsHolder && !a.parentAgreedAt;
          const canAgreeAsDistrict = open && meeting.viewerCanManage && !a.districtAgreedAt;
          return (
            <li key={a.id} className={classes.item}>
              <Text fw={700}>{t('meetings.excusalOf', { name: a.name })}</Text>
              {a.excusalReason && <Text size="sm">{t('meetings.excusalReason', { reason: a.excusalReason })}</Text>}
              {a.writtenInputSubmitted && <Text size="sm">{t('meetings.writtenInput')}</Text>}
              <Text size="sm">
                {a.parentAgreedAt ? t('meetings.parentAgreed', { name: a.parentAgreedByName, date: day(a.parentAgreedAt) }) : t('meetings.parentNotYet')}
              </Text>
              <Text size="sm">
                {a.districtAgreedAt
                  ? t('meetings.districtAgreed', { name: a.districtAgreedByName, date: day(a.districtAgreedAt) })
                  : t('meetings.districtNotYet')}
              </Text>
              {(canAgreeAsParent || canAgreeAsDistrict) && (
                <Button mt="xs" size="sm" variant="default" loading={loading} onClick={() => void agreeTo(a.id)}>
                  {canAgreeAsParent ? t('meetings.agreeAsParent', { name: a.name }) : t('meetings.agreeAsDistrict', { name: a.name })}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <div role="status">{done && <Text mt="xs">{done}</Text>}</div>
    </section>
  );
}

/** The meeting as a calendar event: the same UID as the e-mailed invitations, so a calendar keeps one event. */
function CalendarLink({ ics }: { ics: string }) {
  const { t } = useTranslation();
  const href = `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
  return (
    <Anchor href={href} download="meeting.ics" size="sm" mt="xs" display="inline-block">
      {t('meetings.addToCalendar')}
    </Anchor>
  );
}
