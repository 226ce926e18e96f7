import { lazy, Suspense } from 'react';
import { LoadingState } from '@iep/web/ui';

// Accepting checks a new password against the dictionary of common ones: loaded with this page only.
const InvitationRoute = lazy(() => import('./invitation-route').then((module) => ({ default: module.InvitationRoute })));

export function LazyInvitationRoute() {
  return (
    <Suspense fallback={<LoadingState />}>
      <InvitationRoute />
    </Suspense>
  );
}
