import { lazy, Suspense } from 'react';
import { LoadingState } from '@iep/web/ui';

// A settings page a person opens now and then: loaded on demand, it stays out of the first bundle.
const NotificationSettingsRoute = lazy(() =>
  import('./notification-settings-route').then((module) => ({ default: module.NotificationSettingsRoute })),
);

export function LazyNotificationSettingsRoute() {
  return (
    <Suspense fallback={<LoadingState />}>
      <NotificationSettingsRoute />
    </Suspense>
  );
}
