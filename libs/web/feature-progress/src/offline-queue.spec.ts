import { enqueueEntry, flushEntries, queuedEntries, type EntryStore, type QueuedEntry } from './offline-queue';

function memoryStore(): EntryStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

const entry = (key: string, value = 50): QueuedEntry => ({ idempotencyKey: key, partId: 'goal', value, observedOn: '2026-11-02', setting: 'Room', note: '' });

describe('the offline queue of data points', () => {
  it('keeps each entry once per key, per person', () => {
    const store = memoryStore();
    enqueueEntry(store, 'u1', entry('a'));
    enqueueEntry(store, 'u1', entry('a', 60));
    enqueueEntry(store, 'u1', entry('b'));
    enqueueEntry(store, 'u2', entry('c'));
    expect(queuedEntries(store, 'u1').map((e) => [e.idempotencyKey, e.value])).toEqual([['a', 60], ['b', 50]]);
    expect(queuedEntries(store, 'u2').map((e) => e.idempotencyKey)).toEqual(['c']);
  });

  it('ignores what it cannot read rather than failing the page', () => {
    const store = memoryStore();
    store.setItem('iep.progress.queue.u1', '{not json');
    expect(queuedEntries(store, 'u1')).toEqual([]);
    store.setItem('iep.progress.queue.u1', JSON.stringify([entry('a'), { idempotencyKey: 'b' }]));
    expect(queuedEntries(store, 'u1').map((e) => e.idempotencyKey)).toEqual(['a']);
  });

  it('sends in order, forgets what the server answered, and keeps the rest when the connection drops again', async () => {
    const store = memoryStore();
    for (const key of ['a', 'b', 'c', 'd']) enqueueEntry(store, 'u1', entry(key));
    const sentKeys: string[] = [];
    const outcome = await flushEntries(store, 'u1', async (e) => {
      sentKeys.push(e.idempotencyKey);
      return e.idempotencyKey === 'b' ? 'REFUSED' : e.idempotencyKey === 'c' ? 'OFFLINE' : 'SENT';
    });
    expect(sentKeys).toEqual(['a', 'b', 'c']);
    expect(outcome).toEqual({ sent: 1, refused: 1, waiting: 2 });
    expect(queuedEntries(store, 'u1').map((e) => e.idempotencyKey)).toEqual(['c', 'd']);
    // Sent again with the same keys: the server stores each once.
    await flushEntries(store, 'u1', async () => 'SENT');
    expect(queuedEntries(store, 'u1')).toEqual([]);
  });
});
