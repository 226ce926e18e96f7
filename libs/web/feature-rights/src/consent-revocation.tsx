import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useMe, type RevocationStatus_RevocationFragment, type ServicesStatus_RevocationFragment } from '@iep/web/data-access';
import {
  MyElectronicRecordsConsentQuery, RecordsDisclosureStep, SignatureFields, showSignatureRefusal, signoffError, useSignatureForm,
} from '@iep/web/feature-signoff';
import { errorText, focusFirstError, formatIsoDate, LoadingState, useActionFeedback } from '@iep/web/ui';

const RevokeMutation = graphql(`
  mutation RevokeConsentForServices($input: RevokeConsentForServicesInput!) {
    revokeConsentForServices(input: $input) {
      studentId
    }
  }
`);

/** Whether services continue after a revocation of consent: what the student page and the rights page both show. */
graphql(`
  fragment ServicesStatus_revocation on ConsentRevocation {
    status
    servicesEndOn
  }
`);

/** The whole revocation as the rights page shows it. */
graphql(`
  fragment RevocationStatus_revocation on ConsentRevocation {
    revokedOn
    revokedByName
    reason
    noticeStatus
    noticePdfUrl
    ...ServicesStatus_revocation @unmask
  }
`);

/** The services' end after a revocation: awaiting the district's notice, or the last day of services. */
export function ServicesStatus({ revocation }: { revocation: Omit<ServicesStatus_RevocationFragment, ' $fragmentName'> }) {
  const { t, i18n } = useTranslation();
  return (
    <Text fw={700}>
      {revocation.status === 'AWAITING_NOTICE' || !revocation.servicesEndOn
        ? t('consentRevocation.status.AWAITING_NOTICE')
        : t(`consentRevocation.status.${revocation.status}`, { date: formatIsoDate(revocation.servicesEndOn, i18n.resolvedLanguage ?? 'en') })}
    </Text>
  );
}

/** Where the revocation stands, in words for the family and the district alike. */
export function RevocationStatusText({ revocation }: { revocation: RevocationStatus_RevocationFragment }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatIsoDate(iso, i18n.resolvedLanguage ?? 'en');
  return (
    <Stack gap={4}>
      <Text fw={700}>{t('consentRevocation.revoked', { date: date(revocation.revokedOn), name: revocation.revokedByName })}</Text>
      {revocation.reason && <Text size="sm">{t('consentRevocation.reasonGiven', { reason: revocation.reason })}</Text>}
      <ServicesStatus revocation={revocation} />
      {revocation.noticePdfUrl ? (
        <Anchor href={revocation.noticePdfUrl} download>{t('consentRevocation.noticePdf')}</Anchor>
      ) : (
        revocation.servicesEndOn && <Text size="sm">{t('consentRevocation.noticeDraft')}</Text>
      )}
    </Stack>
  );
}

/** The rights holder revokes in writing, e-signed with the same evidence as every signature in IEP Team. */
export function RevokeConsent({ studentId, statement, intentVersion, onRevoked }: {
  studentId: string; statement: string; intentVersion: string; onRevoked: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const headingId = useId();
  const [started, setStarted] = useState(false);
  const [needsRecords, setNeedsRecords] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const consent = useQuery(MyElectronicRecordsConsentQuery, { fetchPolicy: 'network-only', skip: !started });
  const [revoke, { loading }] = useMutation(RevokeMutation);
  const form = useSignatureForm();
  const language = i18n.language.startsWith('es') ? 'es' : 'en';

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">{t('consentRevocation.revokeHeading')}</Title>
      <Text mb="sm">{t('consentRevocation.revokeAbout')}</Text>
      {!started ? (
        <Button variant="light" color="red" onClick={() => setStarted(true)}>{t('consentRevocation.start')}</Button>
      ) : !consent.data ? (
        // Whether the agreement to electronic records comes first is known only once it is read.
        <LoadingState />
      ) : needsRecords || (consent.data && !consent.data.myElectronicRecordsConsent?.current) ? (
        <RecordsDisclosureStep
          locale={language}
          headingId={`${headingId}-records`}
          onAgreed={() => {
            setNeedsRecords(false);
            void consent.refetch();
          }}
          onBack={() => {
            setNeedsRecords(false);
            setStarted(false);
          }}
        />
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit(async ({ typedName, password }) => {
            setFailure(null);
            try {
              await revoke({ variables: { input: { studentId, reason: reason.trim(), typedName: typedName.trim(), password, intentVersion } } });
            } catch (caught) {
              const { reason: refusal } = signoffError(caught);
              if (showSignatureRefusal(form, refusal, t, me?.displayName ?? '')) return;
              if (refusal === 'E_RECORDS_CONSENT_REQUIRED') return setNeedsRecords(true);
              setFailure(errorText(t, caught));
              return;
            }
            await onRevoked();
          })}
        >
          <Stack gap="sm" maw={560}>
            {failure && <Alert color="red" variant="light" title={t('consentRevocation.error')}>{failure}</Alert>}
            <Textarea label={t('consentRevocation.reasonLabel')} description={t('consentRevocation.reasonHint')} value={reason}
              onChange={(event) => setReason(event.currentTarget.value)} autosize minRows={2} maxLength={4000} />
            {me && <SignatureFields statement={statement} statementId={`${headingId}-statement`} accountName={me.displayName} form={form} />}
            <Button type="submit" color="red" loading={loading} style={{ alignSelf: 'flex-start' }}>{t('consentRevocation.submit')}</Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}

const SetServicesEndMutation = graphql(`
  mutation SetServicesEndAfterRevocation($input: SetServicesEndInput!) {
    setServicesEndAfterRevocation(input: $input) {
      studentId
    }
  }
`);

/** The district's answer: the last day of services, named in the prior written notice sent now. */
export function SetServicesEnd({ revocationId, onSet }: { revocationId: string; onSet: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { run, failureAlert } = useActionFeedback(t('consentRevocation.error'));
  const form = useForm({
    initialValues: { endOn: '' },
    validate: { endOn: (value) => (value ? null : t('consentRevocation.endRequired')) },
  });
  const [setEnd, { loading }] = useMutation(SetServicesEndMutation);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">{t('consentRevocation.endHeading')}</Title>
      <Text mb="sm">{t('consentRevocation.endAbout')}</Text>
      <form
        noValidate
        onSubmit={form.onSubmit(({ endOn }) =>
          run(() => setEnd({ variables: { input: { revocationId, servicesEndOn: endOn } } }), null, onSet),
        focusFirstError(form))}
      >
        <Stack gap="sm" maw={480}>
          {failureAlert}
          <TextInput type="date" label={t('consentRevocation.endLabel')} description={t('consentRevocation.endHint')} required
            {...form.getInputProps('endOn')} />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>{t('consentRevocation.endSubmit')}</Button>
        </Stack>
      </form>
    </Paper>
  );
}
