import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, LoadingState, PageHeading } from '@iep/web/ui';
import { graphql } from '@iep/web/data-access';
import { ChangePasswordForm } from './password/change-password-form';

// The e-mail address and name, so the live feedback can say when a new password contains them.
const ChangePasswordAccountQuery = graphql(`
  query ChangePasswordAccount {
    me {
      id
      email
      displayName
    }
  }
`);

export function ChangePasswordRoute() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ChangePasswordAccountQuery);
  const [changes, setChanges] = useState(0);
  const doneRef = useRef<HTMLDivElement>(null);
  const me = data?.me;

  // The form empties itself on success; focus moves to what happened instead.
  useEffect(() => {
    if (changes > 0) doneRef.current?.focus();
  }, [changes]);

  return (
    <Stack maw={440} mx="auto" gap="md">
      <PageHeading>{t('changePassword.heading')}</PageHeading>
      {changes > 0 && (
        <Alert ref={doneRef} tabIndex={-1} role="status" color="green" variant="light" title={t('changePassword.doneTitle')}>
          {t('changePassword.done')}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {!data && error && <ErrorAlert title={t('app.unexpectedError')} error={error} onRetry={() => void refetch()} />}
      {me && (
        <>
          <Text>{t('changePassword.intro')}</Text>
          <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
            <ChangePasswordForm
              owner={{ email: me.email, displayName: me.displayName }}
              onChanged={() => setChanges((count) => count + 1)}
            />
          </Paper>
          <Anchor component={Link} to="/forgot-password">
            {t('changePassword.forgotCurrent')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}
