import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, NativeSelect, Stack, Text } from '@mantine/core';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, type MeetingPurpose } from '@iep/web/data-access';
import { checkMeetingTime, type MeetingTimeProblem, type MeetingTimeValues } from './meeting-rules';
import { MeetingTimeFields } from './meeting-time-fields';
import { errorText } from '@iep/web/ui';

const ScheduleIepMeetingMutation = graphql(`
  mutation ScheduleIepMeeting($input: ScheduleIepMeetingInput!) {
    scheduleIepMeeting(input: $input) {
      id
    }
  }
`);

const PURPOSES: MeetingPurpose[] = ['ANNUAL_REVIEW', 'INITIAL_IEP', 'AMENDMENT', 'REEVALUATION', 'OTHER'];
const EMPTY: MeetingTimeValues = { date: '', time: '', durationMinutes: 60, location: '', callIn: '', shortNoticeAgreed: false };

type Member = { userId: string; displayName: string; teamRole: string; isGuardian: boolean };
type Props = {
  iepId: string;
  members: Member[];
  /** What the IEP's kind makes the meeting (an initial IEP's meeting is not an annual review). */
  defaultPurpose: MeetingPurpose;
  noticeDays: number;
  timeZone: string;
  onScheduled: () => Promise<unknown>;
};

export function ScheduleMeetingForm({ iepId, members, defaultPurpose, noticeDays, timeZone, onScheduled }: Props) {
  const { t } = useTranslation();
  const [schedule, { loading }] = useMutation(ScheduleIepMeetingMutation);
  const [purpose, setPurpose] = useState<MeetingPurpose>(defaultPurpose);
  const [values, setValues] = useState<MeetingTimeValues>(EMPTY);
  const staff = members.filter((member) => !member.isGuardian);
  const hasGuardian = members.some((member) => member.isGuardian);
  const [invited, setInvited] = useState<string[]>(staff.map((member) => member.userId));
  const [problem, setProblem] = useState<MeetingTimeProblem | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const refs = { date: useRef<HTMLInputElement>(null), time: useRef<HTMLInputElement>(null), duration: useRef<HTMLInputElement>(null), location: useRef<HTMLInputElement>(null) };

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setDone(false);
    const found = checkMeetingTime(values, noticeDays, timeZone);
    setProblem(found);
    if (found) {
      refs[found.field].current?.focus();
      return;
    }
    try {
      await schedule({
        variables: {
          input: {
            iepId, purpose, date: values.date, time: values.time, durationMinutes: values.durationMinutes,
            location: values.location.trim() || null, callIn: values.callIn.trim() || null, inviteeIds: invited,
            shortNoticeAgreed: values.shortNoticeAgreed,
          },
        },
      });
    } catch (error) {
      setFailure(errorText(t, error));
      return;
    }
    setValues(EMPTY);
    setDone(true);
    await onScheduled();
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" title={t('meetings.scheduleErrorTitle')}>
            {failure}
          </Alert>
        )}
        <NativeSelect label={t('meetings.purposeLabel')} value={purpose} onChange={(event) => setPurpose(event.currentTarget.value as MeetingPurpose)}
          data={PURPOSES.map((value) => ({ value, label: t(`meetings.purpose.${value}`) }))} />
        <MeetingTimeFields values={values} onChange={(next) => { setValues(next); setProblem(null); setDone(false); }} problem={problem}
          noticeDays={noticeDays} refs={refs} />
        <Checkbox.Group label={t('meetings.inviteesLegend')} description={hasGuardian ? t('meetings.parentAlwaysInvited') : t('meetings.noGuardianInvited')} value={invited} onChange={setInvited}>
          <Stack gap="xs" mt="xs">
            {staff.map((member) => (
              <Checkbox key={member.userId} value={member.userId} label={`${member.displayName} – ${member.teamRole}`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('meetings.schedule')}
        </Button>
        <div role="status">{done && <Text>{t('meetings.scheduled')}</Text>}</div>
      </Stack>
    </form>
  );
}
