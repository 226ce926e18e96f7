import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** The first `extensions.code` of a GraphQL error, or undefined when the request never got an answer. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/**
 * The API's own message, written for people; null when the request failed before the API could
 * answer (offline, proxy down) or the server failed, which the caller explains in the reader's language.
 */
export function apiErrorMessage(error: unknown): string | null {
  const described = describeApiError(error);
  return described.kind === 'answered' ? described.message : null;
}

/**
 * What went wrong with a request, told apart because the person does different things about each:
 * - `answered`: the API refused with a message written for people (bad input, a conflict, no access);
 * - `server`: the API (or a proxy in front of it) failed; the request id lets support find it in the logs;
 * - `network`: no answer came back at all (offline, the server unreachable).
 */
export type ApiErrorDescription =
  | { kind: 'answered'; message: string }
  | { kind: 'server'; requestId: string | null }
  | { kind: 'network' };

export function describeApiError(error: unknown): ApiErrorDescription {
  if (CombinedGraphQLErrors.is(error)) {
    const failed = error.errors.find((e) => e.extensions?.['code'] === 'INTERNAL_SERVER_ERROR');
    if (failed) {
      const requestId = failed.extensions?.['requestId'];
      return { kind: 'server', requestId: typeof requestId === 'string' ? requestId : null };
    }
    const messages = [...new Set(error.errors.map((e) => e.message).filter(Boolean))];
    return messages.length > 0 ? { kind: 'answered', message: messages.join(' ') } : { kind: 'server', requestId: null };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return { kind: 'server', requestId: error.response.headers.get('x-request-id') };
  }
  return { kind: 'network' };
}
