import { notifications } from '@mantine/notifications';
import { i18n } from '@iep/web/ui';

/** A short confirmation; its close button is named, so it passes as a labelled control while it shows. */
export function notify(message: string, color: 'green' | 'gray' = 'green') {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': i18n.t('iep.editor.closeNotice') } });
}

/** The device's calendar day: a measurement is dated where it is taken. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A new entry's idempotency key, made once when the entry is made. */
export function newEntryKey(): string {
  return crypto.randomUUID();
}
