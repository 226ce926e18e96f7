import { GraphQLError } from 'graphql';
import { badInput, conflict, formatGraphQLError } from './errors';

describe('errors reaching a client', () => {
  it('pass known codes through, without a stack trace', () => {
    const error = conflict('Someone saved this section first.', { currentVersion: 3 });
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
    expect(badInput('x').extensions.code).toBe('BAD_USER_INPUT');
  });
});
