import type { WebFeature } from '@iep/web/ui';
import { LazyNotificationSettingsRoute } from './lazy-notification-settings-route';
import { NotificationBell } from './notification-bell';

/** The bell in the header and the settings for e-mail and reminders. */
export const notificationsFeature: WebFeature = {
  routes: [{ path: 'settings/notifications', element: <LazyNotificationSettingsRoute /> }],
  headerItems: [{ order: 10, Component: NotificationBell }],
};
