import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading, QueryStatus, RecordTable, RowAction } from '@iep/web/ui';
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
  const { data, loading, error, refetch } = useQuery(UndeliveredEmailsQuery, {
    fetchPolicy: 'cache-and-network',
  });
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
        <QueryStatus
          data={data}
          loading={loading}
          error={error}
          errorTitle={t('admin.common.loadErrorTitle')}
          refetch={refetch}
          errorWithData
        />
        {data && data.undeliveredEmails.length === 0 && <Text>{t('admin.mail.none')}</Text>}
        {data && data.undeliveredEmails.length > 0 && (
          <RecordTable
            minWidth={640}
            caption={t('admin.mail.caption', { count: data.undeliveredEmails.length })}
            rows={data.undeliveredEmails}
            rowKey={(email) => email.id}
            columns={[
              {
                header: t('admin.mail.to'),
                rowHeader: true,
                cell: (email) => (
                  <>
                    {email.recipientName ?? email.to}
                    {email.recipientName && (
                      <Text size="sm" fw={400}>
                        {email.to}
                      </Text>
                    )}
                  </>
                ),
              },
              { header: t('admin.mail.subject'), cell: (email) => email.subject },
              {
                header: t('admin.mail.reason'),
                cell: (email) => (
                  <>
                    <Text size="sm">{email.reason}</Text>
                    <Text size="sm">{t('admin.mail.attempts', { count: email.attempts })}</Text>
                  </>
                ),
              },
              {
                header: t('admin.mail.failedAt'),
                cell: (email) => when.format(new Date(email.failedAt as string)),
              },
              {
                header: t('admin.common.actions'),
                cell: (email) => (
                  <RowAction
                    loading={retrying === email.id}
                    label={t('admin.mail.retryLabel', { subject: email.subject, to: email.to })}
                    onClick={() => void retry(email.id, email.to)}
                  >
                    {t('admin.mail.retry')}
                  </RowAction>
                ),
              },
            ]}
          />
        )}
      </Stack>
    </>
  );
}
