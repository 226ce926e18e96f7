import { useApolloClient } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useCallback, useEffect, useRef, useState } from 'react';
import { dropEntries, enqueueEntry, flushEntries, queuedEntries, type QueuedEntry, type SendOutcome } from './offline-queue';
import { RecordGoalDataPointMutation } from './progress-queries';

/** Whether a failed send should wait for a connection (no answer came) rather than be reported. */
function unanswered(error: unknown): boolean {
  return !CombinedGraphQLErrors.is(error);
}

/**
 * Records data points through the API, keeping on this device what cannot be sent now and sending it
 * when the browser is back online (and whenever the page opens). Every entry carries its idempotency key
 * from the moment it is made, so nothing is stored twice however often it is sent.
 */
export function useOfflineEntries(userId: string | undefined, onSent: (count: number) => void) {
  const client = useApolloClient();
  // The latest callback, without making the listener below come and go with every render.
  const sentRef = useRef(onSent);
  useEffect(() => {
    sentRef.current = onSent;
  });
  const [waiting, setWaiting] = useState(() => (userId ? queuedEntries(localStorage, userId).length : 0));

  const send = useCallback(
    async (entry: QueuedEntry): Promise<SendOutcome> => {
      try {
        await client.mutate({ mutation: RecordGoalDataPointMutation, variables: { input: entry } });
        return 'SENT';
      } catch (error) {
        return unanswered(error) ? 'OFFLINE' : 'REFUSED';
      }
    },
    [client],
  );

  const flush = useCallback(async () => {
    if (!userId || queuedEntries(localStorage, userId).length === 0) return;
    const result = await flushEntries(localStorage, userId, send);
    setWaiting(result.waiting);
    if (result.sent + result.refused > 0) sentRef.current(result.sent);
  }, [userId, send]);

  useEffect(() => {
    void flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [flush]);

  /** Sends one entry now; 'QUEUED' when it is kept for later. A refusal by the API is thrown to the form. */
  const record = useCallback(
    async (entry: QueuedEntry): Promise<'SENT' | 'QUEUED'> => {
      if (!userId) throw new Error('Not signed in');
      enqueueEntry(localStorage, userId, entry);
      try {
        await client.mutate({ mutation: RecordGoalDataPointMutation, variables: { input: entry } });
        setWaiting(dropEntries(localStorage, userId, new Set([entry.idempotencyKey])).length);
        return 'SENT';
      } catch (error) {
        if (unanswered(error)) {
          setWaiting(queuedEntries(localStorage, userId).length);
          return 'QUEUED';
        }
        setWaiting(dropEntries(localStorage, userId, new Set([entry.idempotencyKey])).length);
        throw error;
      }
    },
    [client, userId],
  );

  return { record, waiting };
}
