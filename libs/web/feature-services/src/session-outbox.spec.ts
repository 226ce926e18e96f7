import {
  flushQueuedGroupSessions, flushQueuedSessions, queuedGroupSessions, queuedSessions, queueGroupSession, queueSession, type QueuedSession,
} from './session-outbox';

class MemoryStore {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const entry = (key: string): QueuedSession => ({
  idempotencyKey: key, label: key,
  input: { serviceId: 's', idempotencyKey: key, date: '2026-11-18', minutes: 30, groupSize: 3, location: '', goalIds: [], status: 'DELIVERED', note: '' },
});

describe('the session outbox', () => {
  it('keeps an entry once per key, and per person', () => {
    const store = new MemoryStore();
    queueSession(store, 'u1', entry('a'));
    queueSession(store, 'u1', entry('a'));
    queueSession(store, 'u1', entry('b'));
    expect(queuedSessions(store, 'u1').map((e) => e.idempotencyKey)).toEqual(['a', 'b']);
    expect(queuedSessions(store, 'u2')).toEqual([]);
  });

  it('reads a damaged store as empty', () => {
    const store = new MemoryStore();
    store.setItem('iep.serviceSessionOutbox.u1', '{not json');
    expect(queuedSessions(store, 'u1')).toEqual([]);
  });

  it('sends in order, drops what was sent or refused, and stops at the first entry without a connection', async () => {
    const store = new MemoryStore();
    for (const key of ['a', 'b', 'c', 'd']) queueSession(store, 'u1', entry(key));
    const outcomes: Record<string, 'SENT' | 'REFUSED' | 'OFFLINE'> = { a: 'SENT', b: 'REFUSED', c: 'OFFLINE', d: 'SENT' };
    const tried: string[] = [];
    const result = await flushQueuedSessions(store, 'u1', async (e) => {
      tried.push(e.idempotencyKey);
      return { outcome: outcomes[e.idempotencyKey], message: 'refused' };
    });
    expect(tried).toEqual(['a', 'b', 'c']);
    expect(result.sent.map((e) => e.idempotencyKey)).toEqual(['a']);
    expect(result.refused.map((r) => r.entry.idempotencyKey)).toEqual(['b']);
    expect(queuedSessions(store, 'u1').map((e) => e.idempotencyKey)).toEqual(['c', 'd']);
  });

  it('keeps group sessions in an outbox of their own, sent whole', async () => {
    const store = new MemoryStore();
    const group = {
      idempotencyKey: 'g', label: 'g',
      input: { date: '2026-11-18', minutes: 30, groupSize: 2, location: '', status: 'DELIVERED' as const, entries: [entry('g1').input, entry('g2').input] },
    };
    queueGroupSession(store, 'u1', group);
    queueGroupSession(store, 'u1', group);
    expect(queuedGroupSessions(store, 'u1')).toHaveLength(1);
    expect(queuedSessions(store, 'u1')).toEqual([]);
    const sent = await flushQueuedGroupSessions(store, 'u1', async () => ({ outcome: 'SENT' }));
    expect(sent.sent.map((e) => e.input.entries.length)).toEqual([2]);
    expect(queuedGroupSessions(store, 'u1')).toEqual([]);
  });
});
