import { notifications } from '@mantine/notifications';
import { i18n } from '@iep/web/ui';

/** A short confirmation; its close button is named, so it passes as a labelled control while it shows. */
export function notify(message: string, color: 'green' | 'gray' = 'green') {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': i18n.t('iep.editor.closeNotice') } });
}
