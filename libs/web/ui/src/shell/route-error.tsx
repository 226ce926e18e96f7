import { Alert, Anchor, Container, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useHtmlLang } from '../i18n';

/**
 * Replaces the router's developer-facing error screen. It renders outside the layout, so it brings its own
 * <main> and heading.
 */
export function RouteError() {
  const { t } = useTranslation();
  useHtmlLang();
  return (
    <Container component="main" size="sm" py="xl">
      <Title order={1} size="h2" mb="md">
        {t('app.unexpectedError')}
      </Title>
      <Alert color="red" variant="light">
        {t('app.networkError')}
      </Alert>
      <Anchor href="/" mt="md" display="inline-block">
        {t('notFound.home')}
      </Anchor>
    </Container>
  );
}
