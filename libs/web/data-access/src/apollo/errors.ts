import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The first `extensions.code` of a GraphQL error, or undefined when the request never got an answer. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/**
 * The API's own message, written for people; null when the request failed before the API could
 * answer (offline, proxy down), which the caller explains in the reader's language.
 */
export function apiErrorMessage(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const messages = [...new Set(error.errors.map((e) => e.message).filter(Boolean))];
  return messages.length > 0 ? messages.join(' ') : null;
}
