import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LoadingState } from '../components/loading-state';
import { PageHeading } from '../components/page-heading';
import { SignInForm } from '../session/sign-in-form';
import { useMe } from '../session/use-me';

/** Where RequireSignIn sent the person from, so signing in takes them back there. */
export type SignInState = { from?: string } | null;

export function SignInRoute() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const from = (useLocation().state as SignInState)?.from ?? '/';
  // Only paths inside the app: a crafted state must not send someone elsewhere.
  const target = from.startsWith('/') && !from.startsWith('//') ? from : '/';

  if (loading) return <LoadingState />;
  if (me) return <Navigate to={target} replace />;

  return (
    <Stack maw={440} mx="auto" gap="md">
      <PageHeading>{t('signIn.heading')}</PageHeading>
      <Text>{t('signIn.intro')}</Text>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <SignInForm />
      </Paper>
    </Stack>
  );
}
