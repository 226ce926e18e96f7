import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LoadingState, PageHeading, errorText, focusFirstError, formatIsoDate } from '@iep/web/ui';
import { graphql } from '@iep/web/data-access';
import { NOTE_LIMIT, noteTooLong } from './records-rules';

const StudentRecordsQuery = graphql(`
  query StudentRecordsRequests($studentId: ID!) {
    studentRecordsRequests(studentId: $studentId) {
      ...StudentRecords_requests @unmask
    }
  }
  fragment StudentRecords_requests on StudentRecordsRequests {
    studentId
    studentFirstName
    viewerCanRequest
    viewerCanPrepare
    requests {
      id
      status
      requestedOn
      requestedByName
      note
      dueDate
      dueExplanation
      dueBeforeMeeting
      metOn
      preparedAt
      preparedByName
      exportBytes
      exportSha256
      fileCount
      deliveredAt
      deliveredToName
      downloadUrl
    }
  }
`);

const RequestRecordsMutation = graphql(`
  mutation RequestRecords($input: RequestRecordsInput!) {
    requestRecords(input: $input) {
      ...StudentRecords_requests @unmask
    }
  }
`);

const PrepareRecordsMutation = graphql(`
  mutation PrepareRecordsExport($input: PrepareRecordsExportInput!) {
    prepareRecordsExport(input: $input) {
      ...StudentRecords_requests @unmask
    }
  }
`);

/**
 * `/students/:studentId/records`: a parent asks to inspect their child's education records (34 CFR 300.613); the
 * case manager or the district prepares one ZIP of them; the parent downloads it here, which is the delivery.
 */
export function StudentRecordsRoute() {
  const { studentId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { data, loading, error, refetch } = useQuery(StudentRecordsQuery, { variables: { studentId }, fetchPolicy: 'cache-and-network' });
  const [prepare, { loading: preparing }] = useMutation(PrepareRecordsMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const records = data?.studentRecordsRequests;
  const day = (value: string | Date) => formatIsoDate(typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10), language);
  return (
    <>
      <PageHeading>{records ? t('records.heading', { name: records.studentFirstName }) : t('records.headingPlain')}</PageHeading>
      {!data && loading && <LoadingState />}
      {!data && error && <ErrorAlert title={t('records.loadError')} error={error} onRetry={() => void refetch()} />}
      {records && (
        <Stack gap="md">
          <Text>{t('records.about')}</Text>
          {failure && <Alert color="red" variant="light" title={t('records.actionError')}>{failure}</Alert>}
          <div role="status">{done && <Text>{done}</Text>}</div>
          {records.viewerCanRequest && (
            <RequestRecordsForm
              studentId={records.studentId}
              onDone={async (message) => {
                setDone(message);
                // The answer is not keyed by an id the cache knows, so the page reads the requests again.
                await refetch();
              }}
            />
          )}
          <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="records-requests-heading">
            <Title order={2} size="h3" id="records-requests-heading" mb="xs">{t('records.requestsHeading')}</Title>
            {records.requests.length === 0 && <Text>{t('records.none')}</Text>}
            <Stack component="ul" gap="md" p={0} style={{ listStyle: 'none' }}>
              {records.requests.map((request) => (
                <li key={request.id}>
                  <Title order={3} size="h4">{t('records.requestTitle', { date: day(request.requestedOn), name: request.requestedByName })}</Title>
                  <Text fw={700}>{t(`records.status.${request.status}`)}</Text>
                  {request.note && <Text>{t('records.noteShown', { note: request.note })}</Text>}
                  <Text>
                    {request.metOn
                      ? t('records.metOn', { date: day(request.metOn), due: day(request.dueDate) })
                      : t('records.dueOn', { date: day(request.dueDate) })}
                  </Text>
                  <Text size="sm">{request.dueExplanation}</Text>
                  {request.preparedAt && request.preparedByName && (
                    <Text size="sm">{t('records.preparedBy', { date: day(request.preparedAt), name: request.preparedByName, count: request.fileCount ?? 0 })}</Text>
                  )}
                  {request.deliveredAt && request.deliveredToName && (
                    <Text size="sm">{t('records.deliveredTo', { date: day(request.deliveredAt), name: request.deliveredToName })}</Text>
                  )}
                  {request.downloadUrl && (
                    <>
                      <Anchor href={request.downloadUrl} download onClick={() => window.setTimeout(() => void refetch(), 1500)}>
                        {t('records.download', { size: Math.max(1, Math.round((request.exportBytes ?? 0) / 1024)) })}
                      </Anchor>
                      <Text size="xs" style={{ wordBreak: 'break-all' }}>{t('records.digest', { digest: request.exportSha256 })}</Text>
                    </>
                  )}
                  {records.viewerCanPrepare && request.status === 'REQUESTED' && (
                    <Button
                      mt="xs"
                      loading={preparing}
                      onClick={async () => {
                        setFailure(null);
                        setDone(null);
                        try {
                          await prepare({ variables: { input: { requestId: request.id } } });
                        } catch (error) {
                          setFailure(errorText(t, error));
                          return;
                        }
                        setDone(t('records.prepared'));
                        await refetch();
                      }}
                    >
                      {t('records.prepare')}
                    </Button>
                  )}
                </li>
              ))}
            </Stack>
          </Paper>
        </Stack>
      )}
    </>
  );
}

function RequestRecordsForm({ studentId, onDone }: { studentId: string; onDone: (message: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [request, { loading }] = useMutation(RequestRecordsMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { note: '' },
    validate: { note: (value) => (noteTooLong(value) ? t('records.noteTooLong', { limit: NOTE_LIMIT }) : null) },
  });
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="request-records-heading">
      <Title order={2} size="h3" id="request-records-heading" mb="xs">{t('records.requestHeading')}</Title>
      <Text mb="sm">{t('records.requestAbout')}</Text>
      {failure && <Alert color="red" variant="light" title={t('records.actionError')} mb="sm">{failure}</Alert>}
      <form
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          setFailure(null);
          try {
            await request({ variables: { input: { studentId, note: values.note.trim() || null } } });
          } catch (error) {
            setFailure(errorText(t, error));
            return;
          }
          await onDone(t('records.requested'));
        }, focusFirstError(form))}
      >
        <Stack gap="sm" maw={560}>
          <Textarea label={t('records.noteLabel')} description={t('records.noteHint')} autosize minRows={2} {...form.getInputProps('note')} />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>{t('records.request')}</Button>
        </Stack>
      </form>
    </Paper>
  );
}
