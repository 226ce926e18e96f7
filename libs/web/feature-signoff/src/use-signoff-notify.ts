import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** A short confirmation; its close button is labelled, unlike Mantine's default. */
export function useSignoffNotify() {
  const { t } = useTranslation();
  return (message: string) =>
    notifications.show({ color: 'green', message, closeButtonProps: { 'aria-label': t('signoff.close') } });
}
