import { Alert, Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { LoadingState, PageHeading } from '@iep/web/ui';
import { SignInForm } from './sign-in-form';
import { useMe } from '@iep/web/data-access';

/**
 * Where RequireSignIn sent the person from, so signing in takes them back there; `passwordReset` when
 * they arrive from setting a new password.
 */
export type SignInState = { from?: string; passwordReset?: boolean } | null;

export function SignInRoute() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const state = useLocation().state as SignInState;
  const from = state?.from ?? '/';
  // Only paths inside the app: a crafted state must not send someone elsewhere.
  const target = from.startsWith('/') && !from.startsWith('//') ? from : '/';

  if (loading) return <LoadingState />;
  if (me) return <Navigate to={target} replace />;

  return (
    <Stack maw={440} mx="auto" gap="md">
      <PageHeading>{t('signIn.heading')}</PageHeading>
      {state?.passwordReset && (
        <Alert role="status" color="green" variant="light" title={t('signIn.passwordResetTitle')}>
          {t('signIn.passwordResetDone')}
        </Alert>
      )}
      <Text>{t('signIn.intro')}</Text>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <SignInForm />
      </Paper>
      <Anchor component={Link} to="/forgot-password">
        {t('signIn.forgotPassword')}
      </Anchor>
    </Stack>
  );
}
