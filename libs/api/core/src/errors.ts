import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Language, Localized } from '@iep/domain';

export type { Language, Localized } from '@iep/domain';

/** The codes a client can act on; anything else reaches it as INTERNAL_SERVER_ERROR with no detail. */
export enum ErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  Conflict = 'CONFLICT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  /** An upload larger than the API accepts. */
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  /** The database did not answer in time or dropped the connection; nothing was changed, try again. */
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
}

/** Every message a person may read is written in each language; the compiler holds new ones to it. */
export type ErrorMessage = Localized;

/** The HTTP status of each refusal the API means to give, for answers outside GraphQL. */
export const REFUSAL_HTTP_STATUS: Readonly<Record<string, number>> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.TooManyRequests]: 429,
  [ErrorCode.PayloadTooLarge]: 413,
};

export class DomainError extends GraphQLError {
  /** The message in every language (`message` is the English, which is also what the logs say). */
  readonly localized: Localized;

  constructor(code: ErrorCode, message: ErrorMessage, details?: Record<string, unknown>) {
    super(message.en, { extensions: { code, ...details } });
    this.localized = message;
  }

  /** The message in the reader's language. */
  messageIn(language: Language): string {
    return this.localized[language];
  }
}

export const unauthenticated = (message: ErrorMessage = { en: 'Please sign in.', es: 'Inicie sesión.' }) =>
  new DomainError(ErrorCode.Unauthenticated, message);
export const forbidden = (message: ErrorMessage = { en: 'You do not have access to this.', es: 'No tiene acceso a esto.' }) =>
  new DomainError(ErrorCode.Forbidden, message);

/**
 * Everything the API can fail to find, as the English message names it, with the Spanish name for
 * "No se encontró …". NOT_FOUND reaches parents first (a link to a record they may not see), so a new
 * kind of record cannot be "not found" until it has its name in both languages.
 */
const NOT_FOUND_NAMES = {
  'That IEP': 'ese IEP',
  'That goal': 'esa meta',
  'That data point': 'ese dato',
  'That part of the IEP': 'esa parte del IEP',
  'That version': 'esa versión',
  'That suggestion': 'esa sugerencia',
  'That comment thread': 'esa conversación',
  'That student': 'ese estudiante',
  'That meeting': 'esa reunión',
  'That excusal request': 'esa solicitud de excusa',
  'That notice': 'ese aviso',
  'That notification': 'esa notificación',
  'That invitation': 'esa invitación',
  'That team member': 'ese miembro del equipo',
  'That deadline': 'ese plazo',
  'That case manager': 'ese responsable del caso',
  'That account': 'esa cuenta',
  'That guardian': 'ese padre, madre o tutor',
  'That school': 'esa escuela',
  'That school calendar': 'ese calendario escolar',
  'That closure': 'ese día sin clases',
  'That district': 'ese distrito',
  'That e-mail': 'ese correo electrónico',
  'That import': 'esa importación',
  'That service': 'ese servicio',
  'That session': 'esa sesión',
  'That evaluation': 'esa evaluación',
  'That report': 'ese informe',
  'That records request': 'esa solicitud de expedientes',
  'That reporting period': 'ese período de informe',
  'That progress report': 'ese informe de progreso',
  'That revocation': 'esa revocación',
} as const satisfies Record<string, string>;
export type NotFoundThing = keyof typeof NOT_FOUND_NAMES;

/** "That IEP was not found." in each language: NOT_FOUND's message, and an input check's that says the same. */
export const notFoundMessage = (what: NotFoundThing): Localized => ({
  en: `${what} was not found.`,
  es: `No se encontró ${NOT_FOUND_NAMES[what]}.`,
});
export const notFound = (what: NotFoundThing) => new DomainError(ErrorCode.NotFound, notFoundMessage(what));
export const badInput = (message: ErrorMessage, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.BadUserInput, message, details);
export const conflict = (message: ErrorMessage, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.Conflict, message, details);

/** Refusals that several areas give in the same words. */
export const SHARED_MESSAGES = {
  /** A page cursor a client made up or mangled. */
  invalidCursor: { en: 'That page cursor is not valid.', es: 'Esa referencia de página no es válida.' },
  /** A keyset position whose row changed or went away since the list was read. */
  staleListPosition: {
    en: 'The list position is not valid any more. Reload the list and try again.',
    es: 'La posición en la lista ya no es válida. Vuelva a cargar la lista e inténtelo de nuevo.',
  },
  /** District administration by an account of no district. */
  noDistrictToManage: {
    en: 'Your account does not belong to a district, so there is no district to manage.',
    es: 'Su cuenta no pertenece a un distrito, así que no hay ningún distrito que administrar.',
  },
  /** A part id (section, goal or service) that names no part of the IEP in question. */
  partNotInIep: { en: 'That part is not in this IEP.', es: 'Esa parte no está en este IEP.' },
} as const satisfies Record<string, Localized>;

/** The translations of class-validator messages, by the English text class-validator reports. */
const VALIDATION_MESSAGES = new Map<string, Localized>();

/**
 * For class-validator's `message` option, which takes one string: returns the English text and remembers
 * its translation for validationError. Write the numbers out; class-validator's $constraint tokens would
 * make the reported text differ from the one remembered.
 */
export function validationMessage(message: Localized): string {
  VALIDATION_MESSAGES.set(message.en, message);
  return message.en;
}

/** BAD_USER_INPUT for the first failed constraint of an input (the ValidationPipe's exceptionFactory). */
export function validationError(english: string | undefined, field: string | undefined): DomainError {
  const known = english === undefined ? undefined : VALIDATION_MESSAGES.get(english);
  // class-validator's own texts ("body must be a string") only reach clients that bypass the web forms.
  const message = known ?? {
    en: english ?? 'The input is not valid.',
    es: english ? `Los datos enviados no son válidos (${english}).` : 'Los datos enviados no son válidos.',
  };
  return badInput(message, { field });
}

/** What a client sees when something unexpected failed; nothing about the cause. */
export const INTERNAL_ERROR_MESSAGE: Localized = {
  en: 'Something went wrong on our side. Nothing was changed; please try again.',
  es: 'Algo falló de nuestro lado. No se cambió nada; inténtelo de nuevo.',
};

export const DATABASE_UNAVAILABLE_MESSAGE: Localized = {
  en: 'The server is busy and stopped this request before it finished. Nothing was changed; please try again in a moment.',
  es: 'El servidor está ocupado y detuvo esta solicitud antes de terminarla. No se cambió nada; inténtelo de nuevo en un momento.',
};

/**
 * PostgreSQL's answers when a bound of ours stopped the work (statement, lock or idle-in-transaction
 * timeout), when the connection was ended (pg_terminate_backend, a restart, a failover) or when the
 * server is full. Each means "nothing happened, try again", never a bug.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57014', '55P03', '25P03', '57P01', '57P02', '57P03', '08000', '08003', '08006', '53300']);
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /^Client has encountered a connection error/,
  // A pooled connection the server ended while a request held it, as pg and TypeORM then report it.
  /^Client was closed and is not queryable/,
  /^Query runner already released/,
];
/** The socket under a connection went away (a restart, a failover, a proxy in between). */
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED']);

/** Whether an error (as GraphQL wrapped it) is the database being unavailable for a moment. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const { code, message, driverError, originalError } = current as { code?: unknown; message?: unknown; driverError?: unknown; originalError?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = driverError ?? originalError;
  }
  return false;
}

/**
 * The reader's language from an Accept-Language header (the web client sends the language its pages
 * are in): the first language IEP Team speaks, by preference; English when none is.
 */
export function errorLanguage(acceptLanguage: string | null | undefined): Language {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { primary: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => (entry.primary === 'en' || entry.primary === 'es') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.primary as Language | undefined) ?? 'en';
}

/** The DomainError behind an error as graphql-js or graphql-jit wrapped it, if there is one. */
function domainErrorOf(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  const original = (error as { originalError?: unknown } | null)?.originalError;
  return original instanceof DomainError ? original : null;
}

/**
 * The formatted errors of one answer in the reader's language: a DomainError's own translation, and the
 * generic message of an unexpected failure. `originals` are the errors the answer was formatted from, in
 * the same order (Apollo formats them one by one).
 */
export function localizeFormattedErrors<T extends GraphQLFormattedError>(
  formatted: readonly T[],
  originals: readonly unknown[] | null | undefined,
  language: Language,
): T[] {
  if (language === 'en') return [...formatted];
  return formatted.map((error, index) => {
    if (error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR') return { ...error, message: INTERNAL_ERROR_MESSAGE[language] };
    if (error.extensions?.['code'] === ErrorCode.ServiceUnavailable && !domainErrorOf(originals?.[index])) {
      return { ...error, message: DATABASE_UNAVAILABLE_MESSAGE[language] };
    }
    const domain = domainErrorOf(originals?.[index]);
    return domain ? { ...error, message: domain.messageIn(language) } : error;
  });
}

const exposedCodes = new Set<string>([...Object.values(ErrorCode), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

/**
 * Apollo's formatError: known codes pass through unchanged; anything else (a TypeORM error, a bug)
 * becomes a generic message so that SQL, stack traces and internals never reach a client.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError & { extensions: Record<string, unknown> } {
  if (isDatabaseUnavailable(error)) {
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE.en,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.ServiceUnavailable },
    };
  }
  let code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  // Nest's pipes say BAD_REQUEST; clients see one code for every kind of bad input.
  if (code === 'BAD_REQUEST') code = ErrorCode.BadUserInput;
  if (exposedCodes.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  return {
    message: INTERNAL_ERROR_MESSAGE.en,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
