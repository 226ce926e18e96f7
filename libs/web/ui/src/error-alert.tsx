import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

type Props = { title: string; error: unknown; onRetry?: () => void };

/** Shows the API's own message, a server failure with its request id, or a connection hint when no answer came. */
export function ErrorAlert({ title, error, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title}>
      <Text size="sm">{errorText(t, error)}</Text>
      {onRetry && (
        <Button mt="sm" size="sm" variant="default" onClick={onRetry}>
          {t('app.tryAgain')}
        </Button>
      )}
    </Alert>
  );
}
