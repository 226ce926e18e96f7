import { useMutation } from '@apollo/client/react';
import { Accordion, Button, Checkbox, Group, NativeSelect, Stack, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, type AttendanceStatus } from '@iep/web/data-access';
import { MEETING_LIMITS, wallClock } from '@iep/domain/meetings';
import { focusFirstError, useActionFeedback } from '@iep/web/ui';
import type { MeetingTimeValues } from './meeting-rules';
import { formatMeetingDay } from './meeting-format';
import { MeetingTimeFields, validateMeetingTime } from './meeting-time-fields';
import type { Meeting } from './meeting-types';

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

/** The feedback of one action's form: the refusal above it, what was done below it. */
function useAction() {
  const { t } = useTranslation();
  return useActionFeedback(t('meetings.actionErrorTitle'));
}

function RescheduleForm({ meeting, headingId, onChanged }: Props) {
  const { t } = useTranslation();
  const [reschedule, { loading }] = useMutation(RescheduleMutation);
  const { run, failureAlert, status } = useAction();
  // The parent's first suggested time, when there is one, is the likeliest new time.
  const suggested = meeting.invitees.find((invitee) => invitee.isGuardian && invitee.proposedTimes.length > 0)?.proposedTimes[0];
  const start = suggested ? wallClock(new Date(suggested), meeting.timeZone) : { date: meeting.localDate, time: meeting.localTime };
  const form = useForm<MeetingTimeValues>({
    mode: 'controlled',
    name: `reschedule-${meeting.id}`,
    initialValues: {
      date: start.date, time: start.time, durationMinutes: meeting.durationMinutes, location: meeting.location ?? '', callIn: meeting.callIn ?? '',
      shortNoticeAgreed: false,
    },
    validate: validateMeetingTime(t, meeting.noticeDays, meeting.timeZone),
  });

  function submit(values: MeetingTimeValues) {
    const input = {
      meetingId: meeting.id, version: meeting.version, date: values.date, time: values.time, durationMinutes: Number(values.durationMinutes),
      location: values.location.trim(), callIn: values.callIn.trim(), shortNoticeAgreed: values.shortNoticeAgreed,
    };
    void run(() => reschedule({ variables: { input } }), t('meetings.rescheduled'), onChanged);
  }

  return (
    <Part id={`${headingId}-reschedule`} title={t('meetings.rescheduleHeading')}>
      <form noValidate onSubmit={form.onSubmit(submit, focusFirstError(form))}>
        <Stack gap="sm" maw={480}>
          {failureAlert}
          <MeetingTimeFields form={form} noticeDays={meeting.noticeDays} />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.reschedule')}
          </Button>
          {status}
        </Stack>
      </form>
    </Part>
  );
}

/** A reason the API needs (cancelling, asking to excuse a member): not blank. */
function requiredReason(t: TFunction) {
  return (value: string) => (value.trim() ? null : t('meetings.validation.reasonRequired'));
}

function CancelForm({ meeting, headingId, onChanged }: Props) {
  const { t } = useTranslation();
  const [cancel, { loading }] = useMutation(CancelMutation);
  const { run, failureAlert, status } = useAction();
  const form = useForm({ mode: 'controlled', name: `cancel-${meeting.id}`, initialValues: { reason: '' }, validate: { reason: requiredReason(t) } });
  return (
    <Part id={`${headingId}-cancel`} title={t('meetings.cancelHeading')}>
      <form noValidate onSubmit={form.onSubmit(({ reason }) => {
        void run(() => cancel({ variables: { meetingId: meeting.id, reason: reason.trim() } }), t('meetings.cancelled'), onChanged);
      }, focusFirstError(form))}>
        <Stack gap="sm" maw={480}>
          {failureAlert}
          <TextInput label={t('meetings.cancelReasonLabel')} {...form.getInputProps('reason')} />
          <Button type="submit" color="red" variant="outline" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.cancel')}
          </Button>
          {status}
        </Stack>
      </form>
    </Part>
  );
}

function RequestExcusalForm({ meeting, headingId, onChanged }: Props) {
  const { t } = useTranslation();
  const [request, { loading }] = useMutation(RequestExcusalMutation);
  const { run, failureAlert, status } = useAction();
  const members = meeting.invitees.filter((invitee) => !invitee.isGuardian);
  const form = useForm({
    mode: 'controlled',
    name: `excusal-${meeting.id}`,
    initialValues: { userId: members[0]?.userId ?? '', reason: '', writtenInput: false },
    validate: { reason: requiredReason(t) },
  });
  if (members.length === 0) return null;
  return (
    <Part id={`${headingId}-excusal`} title={t('meetings.requestExcusalHeading')}>
      <form noValidate onSubmit={form.onSubmit(({ userId, reason, writtenInput }) => {
        void run(
          () => request({ variables: { input: { meetingId: meeting.id, userId, reason: reason.trim(), writtenInputSubmitted: writtenInput } } }),
          t('meetings.excusalRequested'),
          async () => { form.setFieldValue('reason', ''); await onChanged(); },
        );
      }, focusFirstError(form))}>
        <Stack gap="sm" maw={480}>
          {failureAlert}
          <NativeSelect label={t('meetings.member')} {...form.getInputProps('userId')}
            data={members.map((member) => ({ value: member.userId, label: `${member.displayName} – ${member.teamRole}` }))} />
          <TextInput label={t('meetings.excusalReasonLabel')} {...form.getInputProps('reason')} />
          <Checkbox label={t('meetings.writtenInputLabel')} {...form.getInputProps('writtenInput', { type: 'checkbox' })} />
          <Button type="submit" variant="default" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.requestExcusal')}
          </Button>
          {status}
        </Stack>
      </form>
    </Part>
  );
}

const STATUSES: AttendanceStatus[] = ['PRESENT', 'ABSENT', 'EXCUSED'];

type AttendanceValues = { statuses: Record<string, AttendanceStatus>; interpreter: string; outsideName: string; outsideCapacity: string };

function AttendanceForm({ meeting, headingId, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [record, { loading }] = useMutation(AttendanceMutation);
  const [markHeld, held] = useMutation(HeldMutation);
  const { run, failureAlert, status } = useAction();
  const recorded = new Map(meeting.attendance.filter((a) => a.userId).map((a) => [a.userId!, a.status]));
  const signedOn = new Map(
    meeting.attendanceSignatures.map((signature) => [signature.userId, formatMeetingDay(signature.signedAt, meeting.timeZone, i18n.resolvedLanguage ?? 'en')]),
  );
  const form = useForm<AttendanceValues>({
    mode: 'controlled',
    name: `attendance-${meeting.id}`,
    initialValues: {
      statuses: Object.fromEntries(meeting.invitees.map((invitee) => [invitee.userId, recorded.get(invitee.userId) ?? 'PRESENT'])),
      // Who interprets the evaluation results (300.321(a)(5)); a specialist does without being named.
      interpreter: meeting.attendance.find((a) => a.interpretsEvaluations && a.userId)?.userId ?? '',
      outsideName: '',
      outsideCapacity: '',
    },
    validate: {
      outsideCapacity: (value, values) => (values.outsideName.trim() && !value.trim() ? t('meetings.validation.outsideCapacityRequired') : null),
    },
  });
  const { statuses, interpreter, outsideName, outsideCapacity } = form.values;

  function submit() {
    const entries = [
      ...meeting.invitees.map((invitee) => ({
        userId: invitee.userId, status: statuses[invitee.userId], interpretsEvaluations: invitee.userId === interpreter,
      })),
      ...(outsideName.trim() ? [{ name: outsideName.trim(), capacity: outsideCapacity.trim(), status: 'PRESENT' as const }] : []),
    ];
    void run(() => record({ variables: { input: { meetingId: meeting.id, entries } } }), t('meetings.attendanceSaved'), async () => {
      form.setValues({ outsideName: '', outsideCapacity: '' });
      await onChanged();
    });
  }

  return (
    <Part id={`${headingId}-attendance`} title={t('meetings.attendanceHeading')}>
      <form noValidate onSubmit={form.onSubmit(submit, focusFirstError(form))}>
        <Stack gap="sm" maw={480}>
          {failureAlert}
          {meeting.invitees.map((invitee) => (
            <NativeSelect key={invitee.userId} label={`${invitee.displayName} – ${invitee.teamRole}`}
              description={signedOn.has(invitee.userId) ? t('meetings.signedAttendance', { when: signedOn.get(invitee.userId) }) : undefined}
              {...form.getInputProps(`statuses.${invitee.userId}`)}
              data={STATUSES.map((value) => ({ value, label: t(`meetings.attendanceStatus.${value}`) }))} />
          ))}
          <NativeSelect label={t('meetings.interpreterLabel')} description={t('meetings.interpreterHint')} {...form.getInputProps('interpreter')}
            data={[{ value: '', label: t('meetings.interpreterNone') }, ...meeting.invitees.filter((invitee) => !invitee.isGuardian).map((invitee) => ({
              value: invitee.userId, label: invitee.displayName,
            }))]} />
          {meeting.attendance.filter((a) => !a.userId).map((a) => (
            <Text key={a.id} size="sm">{`${a.name} – ${a.capacity}: ${a.status ? t(`meetings.attendanceStatus.${a.status}`) : ''}`}</Text>
          ))}
          <TextInput label={t('meetings.outsideName')} {...form.getInputProps('outsideName')} />
          {outsideName.trim() && <TextInput label={t('meetings.outsideCapacity')} {...form.getInputProps('outsideCapacity')} />}
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
          {status}
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
  const { run, failureAlert, status } = useAction();
  // The version the notes were read at when editing began: a save over someone else's newer notes is refused.
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const form = useForm({
    mode: 'controlled',
    name: `notes-${meeting.id}`,
    initialValues: { notes: meeting.notes },
    onValuesChange: () => setBaseVersion((current) => current ?? meeting.version),
  });
  return (
    <Part id={`${headingId}-notes`} title={t('meetings.notesHeading')}>
      <form noValidate onSubmit={form.onSubmit(({ notes }) => {
        void run(() => save({ variables: { meetingId: meeting.id, version: baseVersion ?? meeting.version, notes } }), t('meetings.notesSaved'), async () => {
          setBaseVersion(null);
          await onChanged();
        });
      })}>
        <Stack gap="sm" maw={640}>
          {failureAlert}
          <Textarea label={t('meetings.notesLabel')} autosize minRows={4} maxLength={MEETING_LIMITS.maxNotesLength} {...form.getInputProps('notes')} />
          <Button type="submit" variant="default" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('meetings.saveNotes')}
          </Button>
          {status}
        </Stack>
      </form>
    </Part>
  );
}
