import { useMutation } from '@apollo/client/react';
import { Accordion, Alert, Button, Checkbox, Group, NativeSelect, Stack, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, type AttendanceStatus } from '@iep/web/data-access';
import { wallClock } from '@iep/domain/meetings';
import { checkMeetingTime, type MeetingTimeProblem, type MeetingTimeValues } from './meeting-rules';
import { formatMeetingDay } from './meeting-format';
import { MeetingTimeFields } from './meeting-time-fields';
import type { Meeting } from './meeting-types';
import { errorText } from '@iep/web/ui';

const RescheduleMutation = graphql(`
  mutation RescheduleIepMeeting($input: RescheduleIepMeetingInput!) {
    rescheduleIepMeeting(input: $input) {
      id
    }
  }
`);
const CancelMutation = graphql(`
  mutation CancelIepMeeting($meetingId: ID!, $reason: String!) {
    cancelIepMeeting(meetingId: $meetingId, reason: $reason) {
      id
    }
  }
`);
const RequestExcusalMutation = graphql(`
  mutation RequestMeetingExcusal($input: RequestMeetingExcusalInput!) {
    requestMeetingExcusal(input: $input) {
      id
    }
  }
`);
const AttendanceMutation = graphql(`
  mutation RecordMeetingAttendance($input: RecordMeetingAttendanceInput!) {
    recordMeetingAttendance(input: $input) {
      id
    }
  }
`);
const NotesMutation = graphql(`
  mutation SaveMeetingNotes($meetingId: ID!, $version: Int!, $notes: String!) {
    saveMeetingNotes(meetingId: $meetingId, version: $version, notes: $notes) {
      id
    }
  }
`);
const HeldMutation = graphql(`
  mutation MarkMeetingHeld($meetingId: ID!, $version: Int!) {
    markMeetingHeld(meetingId: $meetingId, version: $version) {
      id
    }
  }
`);

type Props = { meeting: Meeting; headingId: string; onChanged: () => Promise<unknown> };

/**
 * What the case manager or district representative does with one meeting. One action is open at a time:
 * five forms stacked under the card read as one long form nobody could take in on a phone.
 */
export function ManageMeeting({ meeting, headingId, onChanged }: Props) {
  const { t } = useTranslation();
  const open = meeting.status === 'SCHEDULED' || meeting.status === 'RESCHEDULE_REQUESTED';
  const actions: Array<{ key: string; title: string; form: ReactNode }> = [];
  if (open) actions.push({ key: 'reschedule', title: t('meetings.rescheduleHeading'), form: <RescheduleForm meeting={meeting} headingId={headingId} onChanged={onChanged} /> });
  if (open) actions.push({ key: 'excusal', title: t('meetings.requestExcusalHeading'), form: <RequestExcusalForm meeting={meeting} headingId={headingId} onChanged={onChanged} /> });
  if (meeting.status !== 'CANCELLED' && meeting.status !== 'RESCHEDULE_REQUESTED')
    actions.push({ key: 'attendance', title: t('meetings.attendanceHeading'), form: <AttendanceForm meeting={meeting} headingId={headingId} onChanged={onChanged} /> });
  if (meeting.status !== 'CANCELLED') actions.push({ key: 'notes', title: t('meetings.notesHeading'), form: <NotesForm meeting={meeting} headingId={headingId} onChanged={onChanged} /> });
  if (open) actions.push({ key: 'cancel', title: t('meetings.cancelHeading'), form: <CancelForm meeting={meeting} headingId={headingId} onChanged={onChanged} /> });
  if (actions.length === 0) return null;
  return (
    <Stack gap="xs" mt="md">
      <Text component="h4" fw={700} id={`${headingId}-manage`}>
        {t('meetings.manageHeading')}
      </Text>
      <Accordion variant="separated" order={5} aria-labelledby={`${headingId}-manage`}>
        {actions.map((action) => (
          <Accordion.Item key={action.key} value={action.key}>
            <Accordion.Control>{action.title}</Accordion.Control>
            <Accordion.Panel>{action.form}</Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}

/** Each action's form is a region named by its action; the accordion's button already shows the name. */
function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <VisuallyHidden id={id}>{title}</VisuallyHidden>
      {children}
    </section>
  );
}

function useAction() {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  async function run(action: () => Promise<unknown>, success: string, after: () => Promise<unknown>) {
    setFailure(null);
    setDone(null);
    try {
      await action();
    } catch (error) {
      setFailure(errorText(t, error));
      return false;
    }
    setDone(success);
    await after();
    return true;
  }
  const feedback = (
    <>
      {failure && (
        <Alert color="red" variant="light" title={t('meetings.actionErrorTitle')} mb="sm">
          {failure}
        </Alert>
      )}
      <div role="status">{done && <Text mt="xs">{done}</Text>}</div>
    </>
  );
  return { run, feedback };
}

function RescheduleForm({ meeting, headingId, onChanged }: Props) {
  const { t } = useTranslation();
  const [reschedule, { loading }] = useMutation(RescheduleMutation);
  const { run, feedback } = useAction();
  // The parent's first suggested time, when there is one, is the likeliest new time.
  const suggested = meeting.invitees.find((invitee) => invitee.isGuardian && invitee.proposedTimes.length > 0)?.proposedTimes[0];
  const start = suggested ? wallClock(new Date(suggested), meeting.timeZone) : { date: meeting.localDate, time: meeting.localTime };
  const [values, setValues] = useState<MeetingTimeValues>({
    date: start.date, time: start.time, durationMinutes: meeting.durationMinutes, location: meeting.location ?? '', callIn: meeting.callIn ?? '',
    shortNoticeAgreed: false,
  });
  const [problem, setProblem] = useState<MeetingTimeProblem | null>(null);
  const refs = { date: useRef<HTMLInputElement>(null), time: useRef<HTMLInputElement>(null), duration: useRef<HTMLInputElement>(null), location: useRef<HTMLInputElement>(null) };

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkMeetingTime(values, meeting.noticeDays, meeting.timeZone);
    setProblem(found);
    if (found) {
      refs[found.field].current?.focus();
      return;
    }
    await run(
      () => reschedule({
        variables: {
          input: {
            meetingId: meeting.id, version: meeting.version, date: values.date, time: values.time, durationMinutes: values.durationMinutes,
            location: values.location.trim(), callIn: values.callIn.trim(), shortNoticeAgreed: values.shortNoticeAgreed,
          },
        },
      }),
      t('meetings.rescheduled'),
      onChanged,
    );
  }

  return (
    <Part id={`${headingId}-reschedule`} title={t('meetings.rescheduleHeading')}>
      {feedback}
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <Stack gap="sm" maw={480}>
          <MeetingTimeFields values={values} onChange={(next) => { setValues(next); setProblem(null); }} problem={problem}
            noticeDays={meeting.noticeDays} refs={refs} />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.reschedule')}
          </Button>
        </Stack>
      </form>
    </Part>
  );
}

function CancelForm({ meeting, headingId, onChanged }: Props) {
  const { t } = useTranslation();
  const [cancel, { loading }] = useMutation(CancelMutation);
  const { run, feedback } = useAction();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  return (
    <Part id={`${headingId}-cancel`} title={t('meetings.cancelHeading')}>
      {feedback}
      <form noValidate onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) {
          setProblem(true);
          ref.current?.focus();
          return;
        }
        void run(() => cancel({ variables: { meetingId: meeting.id, reason: reason.trim() } }), t('meetings.cancelled'), onChanged);
      }}>
        <Stack gap="sm" maw={480}>
          <TextInput ref={ref} label={t('meetings.cancelReasonLabel')} value={reason} error={problem ? t('meetings.validation.reasonRequired') : undefined}
            onChange={(event) => { setReason(event.currentTarget.value); setProblem(false); }} />
          <Button type="submit" color="red" variant="outline" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.cancel')}
          </Button>
        </Stack>
      </form>
    </Part>
  );
}

function RequestExcusalForm({ meeting, headingId, onChanged }: Props) {
  const { t } = useTranslation();
  const [request, { loading }] = useMutation(RequestExcusalMutation);
  const { run, feedback } = useAction();
  const members = meeting.invitees.filter((invitee) => !invitee.isGuardian);
  const [userId, setUserId] = useState(members[0]?.userId ?? '');
  const [reason, setReason] = useState('');
  const [writtenInput, setWrittenInput] = useState(false);
  const [problem, setProblem] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  if (members.length === 0) return null;
  return (
    <Part id={`${headingId}-excusal`} title={t('meetings.requestExcusalHeading')}>
      {feedback}
      <form noValidate onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) {
          setProblem(true);
          ref.current?.focus();
          return;
        }
        void run(
          () => request({ variables: { input: { meetingId: meeting.id, userId, reason: reason.trim(), writtenInputSubmitted: writtenInput } } }),
          t('meetings.excusalRequested'),
          async () => { setReason(''); await onChanged(); },
        );
      }}>
        <Stack gap="sm" maw={480}>
          <NativeSelect label={t('meetings.member')} value={userId} onChange={(event) => setUserId(event.currentTarget.value)}
            data={members.map((member) => ({ value: member.userId, label: `${member.displayName} – ${member.teamRole}` }))} />
          <TextInput ref={ref} label={t('meetings.excusalReasonLabel')} value={reason} error={problem ? t('meetings.validation.reasonRequired') : undefined}
            onChange={(event) => { setReason(event.currentTarget.value); setProblem(false); }} />
          <Checkbox label={t('meetings.writtenInputLabel')} checked={writtenInput} onChange={(event) => setWrittenInput(event.currentTarget.checked)} />
          <Button type="submit" variant="default" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.requestExcusal')}
          </Button>
        </Stack>
      </form>
    </Part>
  );
}

const STATUSES: AttendanceStatus[] = ['PRESENT', 'ABSENT', 'EXCUSED'];

function AttendanceForm({ meeting, headingId, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [record, { loading }] = useMutation(AttendanceMutation);
  const [markHeld, held] = useMutation(HeldMutation);
  const { run, feedback } = useAction();
  const recorded = new Map(meeting.attendance.filter((a) => a.userId).map((a) => [a.userId!, a.status]));
  const signedOn = new Map(
    meeting.attendanceSignatures.map((signature) => [signature.userId, formatMeetingDay(signature.signedAt, meeting.timeZone, i18n.resolvedLanguage ?? 'en')]),
  );
  const [statuses, setStatuses] = useState<Record<string, AttendanceStatus>>(() =>
    Object.fromEntries(meeting.invitees.map((invitee) => [invitee.userId, recorded.get(invitee.userId) ?? 'PRESENT'])),
  );
  // Who interprets the evaluation results (300.321(a)(5)); a specialist does without being named.
  const [interpreter, setInterpreter] = useState(() => meeting.attendance.find((a) => a.interpretsEvaluations && a.userId)?.userId ?? '');
  const [outsideName, setOutsideName] = useState('');
  const [outsideCapacity, setOutsideCapacity] = useState('');
  const [problem, setProblem] = useState(false);
  const capacityRef = useRef<HTMLInputElement>(null);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (outsideName.trim() && !outsideCapacity.trim()) {
      setProblem(true);
      capacityRef.current?.focus();
      return;
    }
    const entries = [
      ...meeting.invitees.map((invitee) => ({
        userId: invitee.userId, status: statuses[invitee.userId], interpretsEvaluations: invitee.userId === interpreter,
      })),
      ...(outsideName.trim() ? [{ name: outsideName.trim(), capacity: outsideCapacity.trim(), status: 'PRESENT' as const }] : []),
    ];
    void run(() => record({ variables: { input: { meetingId: meeting.id, entries } } }), t('meetings.attendanceSaved'), async () => {
      setOutsideName('');
      setOutsideCapacity('');
      await onChanged();
    });
  }

  return (
    <Part id={`${headingId}-attendance`} title={t('meetings.attendanceHeading')}>
      {feedback}
      <form noValidate onSubmit={handleSubmit}>
        <Stack gap="sm" maw={480}>
          {meeting.invitees.map((invitee) => (
            <NativeSelect key={invitee.userId} label={`${invitee.displayName} – ${invitee.teamRole}`} value={statuses[invitee.userId]}
              description={signedOn.has(invitee.userId) ? t('meetings.signedAttendance', { when: signedOn.get(invitee.userId) }) : undefined}
              onChange={(event) => setStatuses((current) => ({ ...current, [invitee.userId]: event.currentTarget.value as AttendanceStatus }))}
              data={STATUSES.map((value) => ({ value, label: t(`meetings.attendanceStatus.${value}`) }))} />
          ))}
          <NativeSelect label={t('meetings.interpreterLabel')} description={t('meetings.interpreterHint')} value={interpreter}
            onChange={(event) => setInterpreter(event.currentTarget.value)}
            data={[{ value: '', label: t('meetings.interpreterNone') }, ...meeting.invitees.filter((invitee) => !invitee.isGuardian).map((invitee) => ({
              value: invitee.userId, label: invitee.displayName,
            }))]} />
          {meeting.attendance.filter((a) => !a.userId).map((a) => (
            <Text key={a.id} size="sm">{`${a.name} – ${a.capacity}: ${a.status ? t(`meetings.attendanceStatus.${a.status}`) : ''}`}</Text>
          ))}
          <TextInput label={t('meetings.outsideName')} value={outsideName} onChange={(event) => { setOutsideName(event.currentTarget.value); setProblem(false); }} />
          {outsideName.trim() && (
            <TextInput ref={capacityRef} label={t('meetings.outsideCapacity')} value={outsideCapacity}
              error={problem ? t('meetings.validation.outsideCapacityRequired') : undefined}
              onChange={(event) => { setOutsideCapacity(event.currentTarget.value); setProblem(false); }} />
          )}
          <RequiredMembers meeting={meeting} headingId={headingId} />
          <Group gap="sm">
            <Button type="submit" loading={loading}>
              {t('meetings.saveAttendance')}
            </Button>
            {meeting.status === 'SCHEDULED' && new Date(meeting.startsAt).getTime() <= Date.now() && (
              <Button variant="default" loading={held.loading}
                onClick={() => void run(() => markHeld({ variables: { meetingId: meeting.id, version: meeting.version } }), t('meetings.held'), onChanged)}>
                {t('meetings.markHeld')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Part>
  );
}

/** The seats of 300.321(a) as the saved attendance fills them: what still keeps the meeting from being recorded as held. */
function RequiredMembers({ meeting, headingId }: Pick<Props, 'meeting' | 'headingId'>) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${headingId}-required`}>
      <Text fw={700} id={`${headingId}-required`}>{t('meetings.requiredHeading')}</Text>
      <Text size="sm" mb="xs">{t('meetings.requiredIntro')}</Text>
      <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {meeting.requiredMembers.map((seat) => (
          <li key={seat.member}>
            <Text size="sm">{`${t(`meetings.requiredMember.${seat.member}`)}: ${t(`meetings.seatState.${seat.state}`)}`}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

function NotesForm({ meeting, headingId, onChanged }: Props) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(NotesMutation);
  const { run, feedback } = useAction();
  const [notes, setNotes] = useState(meeting.notes);
  // The version the notes were read at when editing began: a save over someone else's newer notes is refused.
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  return (
    <Part id={`${headingId}-notes`} title={t('meetings.notesHeading')}>
      {feedback}
      <form noValidate onSubmit={(event) => {
        event.preventDefault();
        void run(() => save({ variables: { meetingId: meeting.id, version: baseVersion ?? meeting.version, notes } }), t('meetings.notesSaved'), async () => {
          setBaseVersion(null);
          await onChanged();
        });
      }}>
        <Stack gap="sm" maw={640}>
          <Textarea label={t('meetings.notesLabel')} autosize minRows={4} value={notes}
            onChange={(event) => { setNotes(event.currentTarget.value); setBaseVersion((current) => current ?? meeting.version); }} />
          <Button type="submit" variant="default" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.saveNotes')}
          </Button>
        </Stack>
      </form>
    </Part>
  );
}
