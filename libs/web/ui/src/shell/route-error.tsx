import { Alert, Anchor, Button, Container, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { describeApiError } from '@iep/web/data-access';
import { errorText } from '../error-text';
import { useHtmlLang } from '../i18n';

/** A page's code that could not be downloaded (offline, or a deploy replaced it) fails with one of these. */
const CHUNK_LOAD_FAILURE = /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch/i;

/**
 * What stopped the page: a request or a page's code that got no answer is a connection problem; an API
 * failure carries its request id; anything else is a fault in the page itself, not the reader's network.
 */
function routeErrorText(t: Parameters<typeof errorText>[0], error: unknown): string {
  const described = describeApiError(error);
  if (described.kind !== 'network') return errorText(t, error);
  if (error instanceof Error && CHUNK_LOAD_FAILURE.test(error.message)) return t('app.networkError');
  return t('app.pageError');
}

/**
 * Replaces the router's developer-facing error screen. It renders outside the layout, so it brings its own
 * <main> and heading.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useHtmlLang();
  return (
    <Container component="main" size="sm" py="xl">
      <Title order={1} size="h2" mb="md">
        {t('app.unexpectedError')}
      </Title>
      <Alert color="red" variant="light">
        <Text size="sm">{routeErrorText(t, error)}</Text>
      </Alert>
      <Button mt="md" variant="default" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </Button>
      <Anchor href="/" mt="md" display="block">
        {t('notFound.home')}
      </Anchor>
    </Container>
  );
}
