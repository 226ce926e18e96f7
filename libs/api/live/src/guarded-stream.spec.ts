import { GuardedStream } from './guarded-stream';

function stream(refusals: Array<Error | null>, recheckMs = 10_000) {
  let push: (event: string) => void = () => undefined;
  let listening = false;
  const checks: number[] = [];
  const guarded = new GuardedStream<string>({
    listen: async (p) => {
      push = p;
      listening = true;
      return () => {
        listening = false;
      };
    },
    refusal: async () => {
      checks.push(Date.now());
      return refusals.shift() ?? null;
    },
    recheckMs,
  });
  return { guarded, push: (event: string) => push(event), listening: () => listening, checks };
}

describe('GuardedStream', () => {
  it('delivers events in order, checking before each one', async () => {
    const s = stream([]);
    await s.guarded.start();
    s.push('a');
    s.push('b');
    expect(await s.guarded.next()).toEqual({ value: 'a', done: false });
    expect(await s.guarded.next()).toEqual({ value: 'b', done: false });
    expect(s.checks).toHaveLength(2);
  });

  it('ends with the refusal instead of delivering an event, and stops listening', async () => {
    const ended = new Error('session ended');
    const s = stream([null, ended]);
    await s.guarded.start();
    s.push('a');
    s.push('b');
    await s.guarded.next();
    await expect(s.guarded.next()).rejects.toBe(ended);
    expect(s.listening()).toBe(false);
    expect(await s.guarded.next()).toEqual({ value: undefined, done: true });
  });

  it('checks a quiet stream again after the interval and ends it when refused', async () => {
    const ended = new Error('revoked');
    const s = stream([ended], 20);
    await s.guarded.start();
    const started = Date.now();
    await expect(s.guarded.next()).rejects.toBe(ended);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
    expect(s.listening()).toBe(false);
  });

  it('lets go of a waiting reader at once when the subscriber leaves', async () => {
    const s = stream([]);
    await s.guarded.start();
    const waiting = s.guarded.next();
    await s.guarded.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(s.listening()).toBe(false);
    expect(s.checks).toHaveLength(0);
  });
});
