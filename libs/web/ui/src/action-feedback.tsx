import { Alert, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

/**
 * What a form or a button that sends one request says afterwards: the API's refusal in a red alert, or a
 * line of success in a status region a screen reader announces. `run` answers whether the request went
 * through, so the form can start over only then.
 */
export function useActionFeedback(failureTitle: string) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>, success: string | null, after?: () => unknown): Promise<boolean> {
    setFailure(null);
    setDone(null);
    try {
      await action();
    } catch (error) {
      setFailure(errorText(t, error));
      return false;
    }
    // Before the follow-up (a refetch): what was sent stays said even when reading the page again fails.
    setDone(success);
    await after?.();
    return true;
  }

  const failureAlert = failure && (
    <Alert color="red" variant="light" title={failureTitle}>
      {failure}
    </Alert>
  );
  const status = <div role="status">{done && <Text mt="xs">{done}</Text>}</div>;
  return { run, failureAlert, status, clear: () => setDone(null) };
}
