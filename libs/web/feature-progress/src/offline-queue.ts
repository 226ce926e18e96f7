/**
 * Data points entered without a connection, kept on the device until they are sent. Each entry keeps the
 * idempotency key it was made with, so sending it again (after a lost answer, a reload, two tabs) stores
 * it once on the server. Kept in localStorage: it survives a reload and a closed tab, and a handful of
 * entries is far below its limits.
 */
export interface QueuedEntry {
  idempotencyKey: string;
  partId: string;
  value: number;
  observedOn: string;
  setting: string;
  note: string;
}

export interface EntryStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const PREFIX = 'iep.progress.queue.';

function isEntry(value: unknown): value is QueuedEntry {
  const entry = value as QueuedEntry;
  return (
    typeof entry === 'object' && entry !== null && typeof entry.idempotencyKey === 'string' && typeof entry.partId === 'string' &&
    typeof entry.value === 'number' && typeof entry.observedOn === 'string' && typeof entry.setting === 'string' && typeof entry.note === 'string'
  );
}

/** The entries waiting on this device for one person (another person signing in on it does not send them). */
export function queuedEntries(store: EntryStore, userId: string): QueuedEntry[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(PREFIX + userId) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

/** Keeps an entry; the same key twice is one entry. */
export function enqueueEntry(store: EntryStore, userId: string, entry: QueuedEntry): QueuedEntry[] {
  const entries = [...queuedEntries(store, userId).filter((queued) => queued.idempotencyKey !== entry.idempotencyKey), entry];
  store.setItem(PREFIX + userId, JSON.stringify(entries));
  return entries;
}

/** Forgets the entries the server has answered for (stored, or refused for good). */
export function dropEntries(store: EntryStore, userId: string, keys: ReadonlySet<string>): QueuedEntry[] {
  const entries = queuedEntries(store, userId).filter((queued) => !keys.has(queued.idempotencyKey));
  store.setItem(PREFIX + userId, JSON.stringify(entries));
  return entries;
}

export type SendOutcome = 'SENT' | 'REFUSED' | 'OFFLINE';

/**
 * Sends every queued entry in the order it was made, and forgets those the server answered. Stops at the
 * first that cannot reach the server: the rest wait for the next connection.
 */
export async function flushEntries(
  store: EntryStore,
  userId: string,
  send: (entry: QueuedEntry) => Promise<SendOutcome>,
): Promise<{ sent: number; refused: number; waiting: number }> {
  const answered = new Set<string>();
  let sent = 0;
  let refused = 0;
  for (const entry of queuedEntries(store, userId)) {
    const outcome = await send(entry);
    if (outcome === 'OFFLINE') break;
    answered.add(entry.idempotencyKey);
    if (outcome === 'SENT') sent += 1;
    else refused += 1;
  }
  const waiting = dropEntries(store, userId, answered).length;
  return { sent, refused, waiting };
}
