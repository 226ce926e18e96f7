import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '@iep/web/data-access';

type Props = { title: string; error: unknown; onRetry?: () => void };

/** Shows the API's own message, or a connection hint when the request got no answer at all. */
export function ErrorAlert({ title, error, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title}>
      <Text size="sm">{apiErrorMessage(error) ?? t('app.networkError')}</Text>
      {onRetry && (
        <Button mt="sm" size="sm" variant="default" onClick={onRetry}>
          {t('app.tryAgain')}
        </Button>
      )}
    </Alert>
  );
}
