import { lazy, Suspense, useState } from 'react';
import type { WebFeature } from '@iep/web/ui';
import { BellButton, useUnreadCount } from './bell-button';
import { LazyNotificationSettingsRoute } from './lazy-notification-settings-route';
import { useLiveNotifications } from './use-live-notifications';

// The list and its popover (with the positioning library) load when the bell is first opened: a parent's
// first page shows only the bell and its count, and stays within its size budget.
const NotificationBell = lazy(() => import('./notification-bell').then((module) => ({ default: module.NotificationBell })));

function Bell() {
  useLiveNotifications();
  const unread = useUnreadCount();
  const [opening, setOpening] = useState(false);
  if (!opening) return <BellButton unread={unread} onClick={() => setOpening(true)} />;
  return (
    <Suspense fallback={<BellButton unread={unread} aria-busy />}>
      <NotificationBell openAtOnce />
    </Suspense>
  );
}

/** The bell in the header and the settings for e-mail and reminders. */
export const notificationsFeature: WebFeature = {
  routes: [{ path: 'settings/notifications', element: <LazyNotificationSettingsRoute /> }],
  headerItems: [{ order: 10, Component: Bell }],
};
