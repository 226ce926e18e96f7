import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useMe } from '@iep/web/data-access';
import { MyElectronicRecordsConsentQuery } from './electronic-records-consent-panel';
import { RecordsDisclosureStep } from './records-disclosure-step';
import { SignatureFields, showSignatureRefusal, useSignatureForm, type SignatureValues } from './signature-fields';
import { signoffError } from './signoff-errors';
import { useSignoffFormat } from './use-signoff-text';
import { errorText } from '@iep/web/ui';

const AttendanceIntentQuery = graphql(`
  query SignoffAttendanceIntent($locale: String) {
    signatureIntent(purpose: ATTENDANCE, locale: $locale) {
      version
      locale
      statement
    }
  }
`);

const SignAttendanceMutation = graphql(`
  mutation SignoffSignIepAttendance($input: SignIepAttendanceInput!) {
    signIepAttendance(input: $input) {
      id
      signedAt
      typedName
    }
  }
`);

type Props = {
  meetingId: string;
  /** Called after the signature is recorded, e.g. to refetch the meeting's attendance. */
  onSigned?: () => void;
};

/**
 * Signing one's attendance at an IEP meeting (attendance only, not agreement), for the meeting page to
 * embed: the e-records agreement first if needed, then the statement, typed name and password.
 */
export function AttendanceSignature({ meetingId, onSigned }: Props) {
  const { t } = useTranslation();
  const { me } = useMe();
  const { dateTime, language } = useSignoffFormat();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [needsRecords, setNeedsRecords] = useState(false);
  const consent = useQuery(MyElectronicRecordsConsentQuery, { skip: !open, fetchPolicy: 'network-only' });
  const intent = useQuery(AttendanceIntentQuery, {
    variables: { locale: language },
    skip: !open,
    fetchPolicy: 'network-only',
  });
  const [sign, signing] = useMutation(SignAttendanceMutation, { refetchQueries: ['SignoffIepTimeline'] });
  const form = useSignatureForm();
  const [failure, setFailure] = useState<string | null>(null);
  const [signedAt, setSignedAt] = useState<string | null>(null);

  if (signedAt) {
    return (
      <Text role="status" fw={700}>
        {t('signoff.attendance.signed', { when: dateTime(signedAt) })}
      </Text>
    );
  }
  if (!open) {
    return (
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('signoff.attendance.open')}
      </Button>
    );
  }

  const showRecords =
    needsRecords || (consent.data !== undefined && !consent.data.myElectronicRecordsConsent?.current);

  async function submit(values: SignatureValues) {
    const statement = intent.data?.signatureIntent;
    if (!statement) return;
    setFailure(null);
    try {
      const result = await sign({
        variables: {
          input: {
            meetingId,
            typedName: values.typedName.trim(),
            password: values.password,
            intentVersion: statement.version,
          },
        },
      });
      if (result.data) {
        setSignedAt(result.data.signIepAttendance.signedAt);
        onSigned?.();
      }
    } catch (caught) {
      const detail = signoffError(caught);
      if (showSignatureRefusal(form, detail.reason, t, me?.displayName ?? '')) return;
      if (detail.reason === 'E_RECORDS_CONSENT_REQUIRED') setNeedsRecords(true);
      else if (detail.reason === 'INTENT_OUTDATED') {
        setFailure(t('signoff.sign.errors.INTENT_OUTDATED'));
        await intent.refetch();
      } else if (detail.reason === 'ALREADY_SIGNED') setFailure(t('signoff.attendance.alreadySigned'));
      else setFailure(errorText(t, caught));
    }
  }

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      {showRecords ? (
        <RecordsDisclosureStep
          locale={language}
          headingId={headingId}
          onAgreed={() => {
            setNeedsRecords(false);
            void consent.refetch();
          }}
          onBack={() => setOpen(false)}
        />
      ) : (
        <form
          noValidate
          aria-labelledby={headingId}
          onSubmit={form.onSubmit((values) => void submit(values))}
        >
          <Stack gap="md">
            <Title order={3} size="h4" id={headingId}>
              {t('signoff.attendance.heading')}
            </Title>
            {intent.data && me && (
              <SignatureFields
                statement={intent.data.signatureIntent.statement}
                statementId={`${headingId}-statement`}
                accountName={me.displayName}
                form={form}
              />
            )}
            {failure && (
              <Alert color="red" variant="light" title={t('signoff.failed')}>
                {failure}
              </Alert>
            )}
            <Group gap="sm" wrap="wrap">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('signoff.cancel')}
              </Button>
              <Button type="submit" loading={signing.loading} disabled={!intent.data}>
                {t('signoff.attendance.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
