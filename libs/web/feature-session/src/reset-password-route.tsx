import { Alert, Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '@iep/web/ui';
import { ResetPasswordForm } from './password/reset-password-form';

/** Opened from the link in a reset e-mail: `/reset-password?token=…`. */
export function ResetPasswordRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');

  return (
    <Stack maw={440} mx="auto" gap="md">
      <PageHeading>{t('resetPassword.heading')}</PageHeading>
      {token ? (
        <>
          <Text>{t('resetPassword.intro')}</Text>
          <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
            <ResetPasswordForm token={token} />
          </Paper>
        </>
      ) : (
        <Alert color="red" variant="light" title={t('resetPassword.errorTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('resetPassword.missingToken')}</Text>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('resetPassword.askAgain')}
            </Anchor>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
