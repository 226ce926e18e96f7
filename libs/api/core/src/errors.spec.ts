import { GraphQLError } from 'graphql';
import { badInput, conflict, errorLanguage, formatGraphQLError, localizeFormattedErrors, notFound, validationError, validationMessage } from './errors';

describe('errors reaching a client', () => {
  it('pass known codes through, without a stack trace', () => {
    const error = conflict({ en: 'Someone saved this section first.', es: 'Otra persona guardó esta sección primero.' }, { currentVersion: 3 });
    const formatted = formatGraphQLError({ ...error.toJSON(), extensions: { ...error.extensions, stacktrace: ['at x'] } }, error);
    expect(formatted).toEqual({ message: 'Someone saved this section first.', extensions: { code: 'CONFLICT', currentVersion: 3 } });
  });

  it('hide anything unexpected — an SQL message, a bug — behind a generic message', () => {
    const leaked = new GraphQLError('duplicate key value violates unique constraint "users_email_key"');
    const formatted = formatGraphQLError({ message: leaked.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['QueryFailedError'] } }, leaked);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(formatted.message).not.toMatch(/duplicate|constraint|users/);
  });

  it("turn Nest's BAD_REQUEST into BAD_USER_INPUT", () => {
    const formatted = formatGraphQLError({ message: 'Bad Request', extensions: { code: 'BAD_REQUEST' } }, null);
    expect(formatted.extensions.code).toBe('BAD_USER_INPUT');
    expect(badInput({ en: 'x', es: 'x' }).extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('errors in the reader’s language', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['es', 'es'],
    ['es-MX,es;q=0.9,en;q=0.8', 'es'],
    ['en-US,en;q=0.9,es;q=0.8', 'en'],
    ['fr-FR', 'en'],
    ['fr-FR, en;q=0.5, es;q=0.8', 'es'],
    ['es;q=0, en', 'en'],
    ['ES-us', 'es'],
  ])('reads Accept-Language %j as %s', (header, language) => {
    expect(errorLanguage(header)).toBe(language);
  });

  it('gives a Spanish reader the Spanish message, keeping the code and the details', () => {
    const original = conflict({ en: 'Someone saved first.', es: 'Otra persona guardó primero.' }, { currentVersion: 3 });
    const formatted = [formatGraphQLError({ ...original.toJSON() }, original)];
    expect(localizeFormattedErrors(formatted, [original], 'es')).toEqual([
      { message: 'Otra persona guardó primero.', extensions: { code: 'CONFLICT', currentVersion: 3 } },
    ]);
    expect(localizeFormattedErrors(formatted, [original], 'en')[0].message).toBe('Someone saved first.');
  });

  it('finds the message behind the error graphql-js wraps around it, and names what was not found', () => {
    const original = notFound('That IEP');
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ['iep'] });
    const [formatted] = localizeFormattedErrors([formatGraphQLError({ ...wrapped.toJSON() }, wrapped)], [wrapped], 'es');
    expect(formatted).toMatchObject({ message: 'No se encontró ese IEP.', path: ['iep'], extensions: { code: 'NOT_FOUND' } });
  });

  it('says an unexpected failure in Spanish, with nothing about its cause', () => {
    const leaked = new GraphQLError('relation "x" does not exist');
    const [internal] = localizeFormattedErrors([formatGraphQLError({ ...leaked.toJSON() }, leaked)], [leaked], 'es');
    expect(internal).toEqual({ message: 'Algo falló de nuestro lado. No se cambió nada; inténtelo de nuevo.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('translates the input checks’ own messages it was given, and names the rest as invalid input in Spanish', () => {
    const english = validationMessage({ en: 'Enter a test value.', es: 'Escriba un valor de prueba.' });
    expect(validationError(english, 'value')).toMatchObject({ localized: { es: 'Escriba un valor de prueba.' }, extensions: { field: 'value' } });
    expect(validationError('value must be a string', 'value').messageIn('es')).toBe('Los datos enviados no son válidos (value must be a string).');
    expect(validationError(undefined, undefined).messageIn('en')).toBe('The input is not valid.');
  });
});

describe('a database that is gone for a moment', () => {
  const wrapped = (original: unknown) => new GraphQLError('failed', { originalError: original as Error });

  it.each([
    ['a statement timeout', Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' })],
    ['a terminated backend', { driverError: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }) }],
    ['a connection that ended mid-query', new Error('Connection terminated unexpectedly')],
    ['a pooled client the server closed', new Error('Client was closed and is not queryable')],
    ['a released query runner', new Error('Query runner already released. Cannot run queries anymore.')],
    ['a reset socket', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
  ])('is SERVICE_UNAVAILABLE, never an internal error: %s', (_what, original) => {
    const error = wrapped(original);
    expect(formatGraphQLError({ message: 'failed', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error).extensions.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('leaves a bug a bug', () => {
    const error = wrapped(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(formatGraphQLError({ message: 'failed', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error).extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
