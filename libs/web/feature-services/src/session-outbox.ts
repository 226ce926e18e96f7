import type { RecordServiceSessionInput } from '@iep/web/data-access';

/**
 * Sessions entered without a connection wait here, on the device, until it returns. Each entry keeps the
 * idempotency key it was made with, so sending it again (a flush that was cut off, two tabs flushing at
 * once) finds the session already recorded on the server instead of logging it twice. Entries are kept
 * per person: whoever signs in next on a shared tablet never sends someone else's sessions.
 */
export interface QueuedSession {
  readonly idempotencyKey: string;
  /** The recordServiceSession input, exactly as it will be sent. */
  readonly input: RecordServiceSessionInput;
  /** What the person entered it as, for the list of waiting entries ("Speech-language therapy, 2026-11-18"). */
  readonly label: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const storageKey = (userId: string) => `iep.serviceSessionOutbox.${userId}`;

export function queuedSessions(store: Store, userId: string): QueuedSession[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(storageKey(userId)) ?? '[]');
    return Array.isArray(parsed) ? (parsed as QueuedSession[]) : [];
  } catch {
    return [];
  }
}

/** Adds an entry; the same key twice is kept once. */
export function queueSession(store: Store, userId: string, entry: QueuedSession): QueuedSession[] {
  const next = [...queuedSessions(store, userId).filter((queued) => queued.idempotencyKey !== entry.idempotencyKey), entry];
  store.setItem(storageKey(userId), JSON.stringify(next));
  return next;
}

export function dropQueuedSession(store: Store, userId: string, idempotencyKey: string): QueuedSession[] {
  const next = queuedSessions(store, userId).filter((queued) => queued.idempotencyKey !== idempotencyKey);
  store.setItem(storageKey(userId), JSON.stringify(next));
  return next;
}

export type SendOutcome = 'SENT' | 'REFUSED' | 'OFFLINE';

/**
 * Sends every waiting entry in the order entered. A sent or refused entry leaves the device (a refusal is
 * reported, never retried: the same input would be refused again); the first that finds no connection
 * stops the flush and keeps itself and the rest for the next one.
 */
export async function flushQueuedSessions(
  store: Store,
  userId: string,
  send: (entry: QueuedSession) => Promise<{ outcome: SendOutcome; message?: string }>,
): Promise<{ sent: QueuedSession[]; refused: Array<{ entry: QueuedSession; message: string }> }> {
  const sent: QueuedSession[] = [];
  const refused: Array<{ entry: QueuedSession; message: string }> = [];
  for (const entry of queuedSessions(store, userId)) {
    const { outcome, message } = await send(entry);
    if (outcome === 'OFFLINE') break;
    dropQueuedSession(store, userId, entry.idempotencyKey);
    if (outcome === 'SENT') sent.push(entry);
    else refused.push({ entry, message: message ?? '' });
  }
  return { sent, refused };
}
