import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LoadingState, PageHeading } from '@iep/web/ui';
import { graphql } from '@iep/web/data-access';
import { SaveFailure, useNotifySuccess } from '../admin-ui';

const UndeliveredEmailsQuery = graphql(`
  query UndeliveredEmails {
    undeliveredEmails {
      id
      to
      recipientName
      subject
      reason
      attempts
      createdAt
      failedAt
    }
  }
`);

const RetryEmailMutation = graphql(`
  mutation RetryEmail($id: ID!) {
    retryEmail(id: $id)
  }
`);

/** E-mail the mail server would not take after every attempt: who, what, why and when, and "send again". */
export function AdminMailRoute() {
  const { t, i18n } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const { data, loading, error, refetch } = useQuery(UndeliveredEmailsQuery, { fetchPolicy: 'cache-and-network' });
  const [retryEmail] = useMutation(RetryEmailMutation);
  const [retrying, setRetrying] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  async function retry(id: string, to: string) {
    setRetrying(id);
    setFailure(null);
    try {
      await retryEmail({ variables: { id } });
      notifySuccess(t('admin.mail.retried', { to }));
      await refetch();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setRetrying(null);
    }
  }

  return (
    <>
      <PageHeading>{t('admin.mail.heading')}</PageHeading>
      <Text mb="md">{t('admin.mail.intro')}</Text>
      <Stack gap="lg">
        <SaveFailure error={failure} />
        {!data && loading && <LoadingState />}
        {error && <ErrorAlert title={t('admin.common.loadErrorTitle')} error={error} onRetry={() => void refetch()} />}
        {data && data.undeliveredEmails.length === 0 && <Text>{t('admin.mail.none')}</Text>}
        {data && data.undeliveredEmails.length > 0 && (
          <Table.ScrollContainer minWidth={640} type="native">
            <Table striped verticalSpacing="sm">
              <Table.Caption>{t('admin.mail.caption', { count: data.undeliveredEmails.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.mail.to')}</Table.Th>
                  <Table.Th scope="col">{t('admin.mail.subject')}</Table.Th>
                  <Table.Th scope="col">{t('admin.mail.reason')}</Table.Th>
                  <Table.Th scope="col">{t('admin.mail.failedAt')}</Table.Th>
                  <Table.Th scope="col">{t('admin.common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.undeliveredEmails.map((email) => (
                  <Table.Tr key={email.id}>
                    <Table.Th scope="row" fw={600}>
                      {email.recipientName ?? email.to}
                      {email.recipientName && (
                        <Text size="sm" fw={400}>
                          {email.to}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>{email.subject}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{email.reason}</Text>
                      <Text size="sm">{t('admin.mail.attempts', { count: email.attempts })}</Text>
                    </Table.Td>
                    <Table.Td>{when.format(new Date(email.failedAt as string))}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        loading={retrying === email.id}
                        aria-label={t('admin.mail.retryLabel', { subject: email.subject, to: email.to })}
                        onClick={() => void retry(email.id, email.to)}
                      >
                        {t('admin.mail.retry')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </>
  );
}
