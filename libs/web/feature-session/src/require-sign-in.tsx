import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert, LoadingState } from '@iep/web/ui';
import { useMe } from '@iep/web/data-access';
import type { SignInState } from './sign-in-route';

export function RequireSignIn() {
  const { t } = useTranslation();
  const { me, loading, error, refetch } = useMe();
  const { pathname, search } = useLocation();

  if (loading) return <LoadingState />;
  if (error)
    return <ErrorAlert title={t('app.unexpectedError')} error={error} onRetry={() => void refetch()} />;
  if (!me)
    return <Navigate to="/sign-in" replace state={{ from: pathname + search } satisfies SignInState} />;
  return <Outlet />;
}
