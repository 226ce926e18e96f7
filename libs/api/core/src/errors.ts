import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The codes a client can act on; anything else reaches it as INTERNAL_SERVER_ERROR with no detail. */
export enum ErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  Conflict = 'CONFLICT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
}

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}

export const unauthenticated = (message = 'Please sign in.') =>
  new DomainError(ErrorCode.Unauthenticated, message);
export const forbidden = (message = 'You do not have access to this.') =>
  new DomainError(ErrorCode.Forbidden, message);
export const notFound = (what: string) => new DomainError(ErrorCode.NotFound, `${what} was not found.`);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.BadUserInput, message, details);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.Conflict, message, details);

const exposedCodes = new Set<string>([...Object.values(ErrorCode), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

/**
 * Apollo's formatError: known codes pass through unchanged; anything else (a TypeORM error, a bug)
 * becomes a generic message so that SQL, stack traces and internals never reach a client.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  _error: unknown,
): GraphQLFormattedError & { extensions: Record<string, unknown> } {
  let code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  // Nest's pipes say BAD_REQUEST; clients see one code for every kind of bad input.
  if (code === 'BAD_REQUEST') code = ErrorCode.BadUserInput;
  if (exposedCodes.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  return {
    message: 'Something went wrong on our side. Nothing was changed; please try again.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
