import { Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Center role="status" py="xl" style={{ flexDirection: 'column', gap: 'var(--mantine-spacing-sm)' }}>
      <Loader aria-hidden="true" />
      <Text>{t('app.loading')}</Text>
    </Center>
  );
}
