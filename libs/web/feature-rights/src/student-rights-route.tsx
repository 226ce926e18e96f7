import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Box, Button, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LoadingState, PageHeading, SectionCard, formatIsoDate, useActionFeedback } from '@iep/web/ui';
import { graphql, type DeliveryChannel, type SafeguardsOccasion } from '@iep/web/data-access';
import { DELIVERY_CHANNELS, SAFEGUARDS_OCCASIONS } from '@iep/domain/rights';
import { RevocationStatusText, RevokeConsent, SetServicesEnd } from './consent-revocation';
import { MajorityStatus, RecordGuardianship } from './majority';

const StudentRightsQuery = graphql(`
  query StudentRights($studentId: ID!) {
    studentRights(studentId: $studentId) {
      studentId
      studentFirstName
      safeguardsLastReceivedOn
      safeguardsGivenThisYear
      viewerCanRecord
      viewerCanRevoke
      revocationIntent
      revocationIntentVersion
      majority {
        ...MajorityStatus_majority @unmask
        guardianshipNote
      }
      consentRevocation {
        id
        ...RevocationStatus_revocation @unmask
      }
      safeguardsDeliveries {
        id
        recipientName
        occasion
        channel
        locale
        deliveredOn
        recordedByName
      }
    }
  }
`);

const RecordSafeguardsMutation = graphql(`
  mutation RecordSafeguardsDelivery($input: RecordSafeguardsDeliveryInput!) {
    recordSafeguardsDelivery(input: $input) {
      studentId
      safeguardsLastReceivedOn
      safeguardsGivenThisYear
    }
  }
`);

/** `/students/:studentId/rights`: when the family last received the procedural safeguards notice, and every copy given. */
export function StudentRightsRoute() {
  const { studentId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { data, loading, error, refetch } = useQuery(StudentRightsQuery, { variables: { studentId }, fetchPolicy: 'cache-and-network' });
  const rights = data?.studentRights;
  return (
    <>
      <PageHeading>{rights ? t('rights.heading', { name: rights.studentFirstName }) : t('rights.headingPlain')}</PageHeading>
      {!data && loading && <LoadingState />}
      {!data && error && <ErrorAlert title={t('rights.loadError')} error={error} onRetry={() => void refetch()} />}
      {rights && (
        <Stack gap="md">
          <SectionCard headingId="safeguards-heading" title={t('rights.safeguardsHeading')}>
            <Text mb="xs">{t('rights.safeguardsAbout')}</Text>
            <Text fw={700}>
              {rights.safeguardsLastReceivedOn
                ? t('rights.lastReceived', { date: formatIsoDate(rights.safeguardsLastReceivedOn, language) })
                : t('rights.neverReceived')}
            </Text>
            {!rights.safeguardsGivenThisYear && (
              <Alert color="yellow" variant="light" mt="xs">{t('rights.notThisYear')}</Alert>
            )}
            {rights.safeguardsDeliveries.length > 0 && (
              // Not a RecordTable: its scrolling container, with nothing in it to focus, could not be reached from the keyboard on a phone.
              <Table mt="md" striped>
                <Table.Caption>{t('rights.deliveriesCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('rights.column.date')}</Table.Th>
                    <Table.Th>{t('rights.column.to')}</Table.Th>
                    <Table.Th>{t('rights.column.occasion')}</Table.Th>
                    <Table.Th>{t('rights.column.channel')}</Table.Th>
                    <Table.Th>{t('rights.column.language')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rights.safeguardsDeliveries.map((delivery) => (
                    <Table.Tr key={delivery.id}>
                      <Table.Td>{formatIsoDate(delivery.deliveredOn, language)}</Table.Td>
                      <Table.Td>{delivery.recipientName}</Table.Td>
                      <Table.Td>{t(`rights.occasion.${delivery.occasion}`)}</Table.Td>
                      <Table.Td>{t(`rights.channel.${delivery.channel}`)}</Table.Td>
                      <Table.Td>{t(delivery.locale === 'es' ? 'rights.language.es' : 'rights.language.en')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </SectionCard>
          {rights.viewerCanRecord && <RecordSafeguardsForm studentId={rights.studentId} onRecorded={() => refetch()} />}
          <Anchor component={Link} to={`/students/${rights.studentId}/records`}>{t('records.link', { name: rights.studentFirstName })}</Anchor>
          <SectionCard headingId="majority-heading" title={t('majority.heading')}>
            <MajorityStatus firstName={rights.studentFirstName} majority={rights.majority} />
            {rights.viewerCanRecord && rights.majority.standing !== 'GUARDIANSHIP' && (
              <RecordGuardianship studentId={rights.studentId} onRecorded={() => refetch()} />
            )}
          </SectionCard>
          {rights.consentRevocation && (
            <SectionCard headingId="revocation-heading" title={t('consentRevocation.heading')}>
              <RevocationStatusText revocation={rights.consentRevocation} />
            </SectionCard>
          )}
          {rights.consentRevocation?.status === 'AWAITING_NOTICE' && rights.viewerCanRecord && (
            <SetServicesEnd revocationId={rights.consentRevocation.id} onSet={() => refetch()} />
          )}
          {rights.viewerCanRevoke && (
            <RevokeConsent studentId={rights.studentId} statement={rights.revocationIntent} intentVersion={rights.revocationIntentVersion} onRevoked={() => refetch()} />
          )}
        </Stack>
      )}
    </>
  );
}

function RecordSafeguardsForm({ studentId, onRecorded }: { studentId: string; onRecorded: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [record, { loading }] = useMutation(RecordSafeguardsMutation);
  const { run, failureAlert, status } = useActionFeedback(t('rights.recordError'));
  const form = useForm<{ occasion: SafeguardsOccasion; channel: DeliveryChannel; deliveredOn: string }>({
    initialValues: { occasion: 'ANNUAL', channel: 'IN_APP', deliveredOn: '' },
  });
  const paper = form.values.channel === 'PAPER';
  return (
    <SectionCard headingId="record-safeguards-heading" title={t('rights.recordHeading')}>
      {failureAlert && <Box mb="sm">{failureAlert}</Box>}
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          run(
            () => record({
              variables: { input: { studentId, occasion: values.occasion, channel: values.channel, deliveredOn: paper && values.deliveredOn ? values.deliveredOn : null } },
            }),
            t(`rights.recorded.${values.channel}`),
            onRecorded,
          ),
        )}
      >
        <Stack gap="sm" maw={480}>
          <NativeSelect label={t('rights.occasionLabel')} {...form.getInputProps('occasion')}
            data={SAFEGUARDS_OCCASIONS.map((value) => ({ value, label: t(`rights.occasion.${value}`) }))} />
          <NativeSelect label={t('rights.channelLabel')} {...form.getInputProps('channel')}
            data={DELIVERY_CHANNELS.map((value) => ({ value, label: t(`rights.channel.${value}`) }))} />
          {paper && <TextInput type="date" label={t('rights.deliveredOnLabel')} description={t('rights.deliveredOnHint')} {...form.getInputProps('deliveredOn')} />}
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {paper ? t('rights.recordPaper') : t('rights.send')}
          </Button>
        </Stack>
      </form>
      {status}
    </SectionCard>
  );
}
