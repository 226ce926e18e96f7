import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line of one request carries, whichever component writes it. */
export interface RequestContext {
  requestId: string;
  /** The GraphQL operation's name, once Apollo has parsed it; null for an anonymous one. */
  operationName?: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs the rest of a request inside its context (an Express middleware calls this with `next`). */
export function runInRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** pino's mixin: adds the request id and operation name to every line written during a request. */
export function requestContextLogFields(): Record<string, unknown> {
  const context = storage.getStore();
  if (!context) return {};
  return context.operationName ? { requestId: context.requestId, operation: context.operationName } : { requestId: context.requestId };
}
