import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLResponse } from './graphql-client';

type Message<T> = GraphQLResponse<T>;

/**
 * One GraphQL subscription over graphql-ws, the way a browser holds it: the session cookie (if any) goes
 * with the WebSocket upgrade request. Everything the server sends is collected in order; a refusal at any
 * stage (an error result, an error message, a closed socket) becomes a message with `errors`, whose
 * code is the GraphQL one or `CLOSED_<close code>`.
 */
export class LiveTestSubscription<T = Record<string, unknown>> {
  readonly messages: Array<Message<T>> = [];
  ended = false;
  private readonly client: Client;
  private readonly listeners = new Set<() => void>();

  constructor(baseUrl: string, cookie: string | null, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const upgradeHeaders = { ...(cookie ? { cookie } : {}), ...headers };
    this.client = createClient({
      url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: upgradeHeaders });
        }
      },
      retryAttempts: 0,
      lazy: true,
    });
    this.client.subscribe<T>(
      { query, variables },
      {
        next: (result) => this.add(result as Message<T>),
        error: (error) => {
          this.add({ errors: asErrors(error) });
          this.end();
        },
        complete: () => this.end(),
      },
    );
  }

  /** Waits for the first message from `from` on that matches, and returns it. */
  async next(matches: (message: Message<T>) => boolean = () => true, timeoutMs = 5_000, from = 0): Promise<Message<T>> {
    await this.until(() => this.messages.slice(from).some(matches) || this.ended, timeoutMs, 'a matching message');
    const found = this.messages.slice(from).find(matches);
    if (!found) throw new Error(`The subscription ended without a matching message: ${JSON.stringify(this.messages)}`);
    return found;
  }

  /** Waits until the server ends the subscription. */
  async waitForEnd(timeoutMs = 5_000): Promise<void> {
    await this.until(() => this.ended, timeoutMs, 'the end of the subscription');
  }

  async dispose(): Promise<void> {
    await this.client.dispose();
  }

  private add(message: Message<T>) {
    this.messages.push(message);
    for (const listener of this.listeners) listener();
  }

  private end() {
    this.ended = true;
    for (const listener of this.listeners) listener();
  }

  private until(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; received ${JSON.stringify(this.messages)}`));
      }, timeoutMs);
      this.listeners.add(check);
    });
  }
}

function asErrors(error: unknown): NonNullable<Message<unknown>['errors']> {
  if (Array.isArray(error)) return error as NonNullable<Message<unknown>['errors']>;
  const close = error as { code?: unknown; reason?: unknown };
  if (typeof close?.code === 'number') {
    return [{ message: String(close.reason ?? ''), extensions: { code: `CLOSED_${close.code}` } }];
  }
  return [{ message: error instanceof Error ? error.message : String(error), extensions: { code: 'CLIENT_ERROR' } }];
}
