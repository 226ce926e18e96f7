import { Alert, Anchor, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@iep/web/ui';
import { ForgotPasswordForm } from './password/forgot-password-form';

export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);

  return (
    <Stack maw={440} mx="auto" gap="md">
      <PageHeading>{t('forgotPassword.heading')}</PageHeading>
      {sentTo === null ? (
        <>
          <Text>{t('forgotPassword.intro')}</Text>
          <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
            <ForgotPasswordForm onSent={setSentTo} />
          </Paper>
        </>
      ) : (
        // The same words whether or not the address has an account: the page must not reveal which.
        <Alert role="status" color="blue" variant="light" title={t('forgotPassword.sentTitle')}>
          {t('forgotPassword.sent', { email: sentTo })}
        </Alert>
      )}
      <Anchor component={Link} to="/sign-in">
        {t('forgotPassword.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
