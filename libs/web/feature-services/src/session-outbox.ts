import type { RecordGroupSessionInput, RecordServiceSessionInput } from '@iep/web/data-access';

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

/**
 * A group session entered without a connection: the recordGroupSession input with a key for each student's
 * session and each data point, made once on the device, so a second send returns what the first recorded.
 */
export interface QueuedGroupSession {
  /** The entry's own name in the outbox: its first student's key. */
  readonly idempotencyKey: string;
  readonly input: RecordGroupSessionInput;
  /** "3 students, 2026-11-18". */
  readonly label: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export type SendOutcome = 'SENT' | 'REFUSED' | 'OFFLINE';

/** One outbox on the device, per person, under its own storage name: single sessions and group sessions each have one. */
function deviceOutbox<T extends { readonly idempotencyKey: string }>(name: string) {
  const storageKey = (userId: string) => `iep.${name}.${userId}`;

  function queued(store: Store, userId: string): T[] {
    try {
      const parsed: unknown = JSON.parse(store.getItem(storageKey(userId)) ?? '[]');
      return Array.isArray(parsed) ? (parsed as T[]) : [];
    } catch {
      return [];
    }
  }

  /** Adds an entry; the same key twice is kept once. */
  function queue(store: Store, userId: string, entry: T): T[] {
    const next = [...queued(store, userId).filter((other) => other.idempotencyKey !== entry.idempotencyKey), entry];
    store.setItem(storageKey(userId), JSON.stringify(next));
    return next;
  }

  function drop(store: Store, userId: string, idempotencyKey: string): T[] {
    const next = queued(store, userId).filter((other) => other.idempotencyKey !== idempotencyKey);
    store.setItem(storageKey(userId), JSON.stringify(next));
    return next;
  }

  /**
   * Sends every waiting entry in the order entered. A sent or refused entry leaves the device (a refusal is
   * reported, never retried: the same input would be refused again); the first that finds no connection
   * stops the flush and keeps itself and the rest for the next one.
   */
  async function flush(
    store: Store,
    userId: string,
    send: (entry: T) => Promise<{ outcome: SendOutcome; message?: string }>,
  ): Promise<{ sent: T[]; refused: Array<{ entry: T; message: string }> }> {
    const sent: T[] = [];
    const refused: Array<{ entry: T; message: string }> = [];
    for (const entry of queued(store, userId)) {
      const { outcome, message } = await send(entry);
      if (outcome === 'OFFLINE') break;
      drop(store, userId, entry.idempotencyKey);
      if (outcome === 'SENT') sent.push(entry);
      else refused.push({ entry, message: message ?? '' });
    }
    return { sent, refused };
  }

  return { queued, queue, drop, flush };
}

const sessions = deviceOutbox<QueuedSession>('serviceSessionOutbox');
export const queuedSessions = sessions.queued;
export const queueSession = sessions.queue;
export const flushQueuedSessions = sessions.flush;

const groups = deviceOutbox<QueuedGroupSession>('groupSessionOutbox');
export const queuedGroupSessions = groups.queued;
export const queueGroupSession = groups.queue;
export const flushQueuedGroupSessions = groups.flush;
