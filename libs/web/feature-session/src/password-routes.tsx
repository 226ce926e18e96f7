import { lazy, Suspense } from 'react';
import { LoadingState } from '@iep/web/ui';

// These pages check passwords against a dictionary of common ones; loading them on demand keeps it out
// of the bundle every other page waits for.
const ResetPasswordRoute = lazy(() => import('./reset-password-route').then((module) => ({ default: module.ResetPasswordRoute })));
const ChangePasswordRoute = lazy(() => import('./change-password-route').then((module) => ({ default: module.ChangePasswordRoute })));

export function LazyResetPasswordRoute() {
  return (
    <Suspense fallback={<LoadingState />}>
      <ResetPasswordRoute />
    </Suspense>
  );
}

export function LazyChangePasswordRoute() {
  return (
    <Suspense fallback={<LoadingState />}>
      <ChangePasswordRoute />
    </Suspense>
  );
}
