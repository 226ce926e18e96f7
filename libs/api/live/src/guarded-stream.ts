/**
 * An event stream that stays open only while its subscriber may still see it: the check runs before
 * every event is delivered and, when nothing happens, every `recheckMs`; the first check that answers
 * with an error ends the stream with it. `return()` (the client unsubscribed or disconnected) ends it at once, even
 * while it is waiting, which an async generator could not do.
 */
export class GuardedStream<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private wake: (() => void) | null = null;
  private closed = false;
  private lastCheck = Date.now();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly options: {
      /** Starts listening; resolves once events can arrive, with the function that stops listening. */
      listen: (push: (event: T) => void) => Promise<() => void>;
      /** Null while the subscriber may go on; otherwise why not. */
      refusal: () => Promise<Error | null>;
      recheckMs: number;
    },
  ) {}

  async start(): Promise<this> {
    const unsubscribe = await this.options.listen((event) => {
      if (this.closed) return;
      this.buffer.push(event);
      this.wake?.();
    });
    if (this.closed) unsubscribe();
    else this.unsubscribe = unsubscribe;
    return this;
  }

  async next(): Promise<IteratorResult<T>> {
    while (!this.closed) {
      if (this.buffer.length === 0) await this.waitForEventOrRecheck();
      if (this.closed) break;
      const recheckDue = Date.now() - this.lastCheck >= this.options.recheckMs;
      if (this.buffer.length > 0 || recheckDue) {
        const refusal = await this.options.refusal();
        this.lastCheck = Date.now();
        if (refusal) {
          await this.return();
          throw refusal;
        }
      }
      const event = this.buffer.shift();
      if (event !== undefined) return { value: event, done: false };
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<T>> {
    this.closed = true;
    this.buffer.length = 0;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.wake?.();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private waitForEventOrRecheck(): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (this.wake === done) this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, this.options.recheckMs - (Date.now() - this.lastCheck)));
      timer.unref();
      this.wake = done;
    });
  }
}
