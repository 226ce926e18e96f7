import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, ErrorCode, type AuthUser } from '@iep/api/core';
import { requestFromContext } from '@iep/api/access';

/**
 * Runs first on every request: attaches the signed-in user when the cookie is valid and lets
 * the request through either way; AccessGuard then decides whether the operation needs one.
 */
@Injectable()
export class SessionAuthGuard extends AuthGuard('session-cookie') {
  override getRequest(context: ExecutionContext) {
    return requestFromContext(context);
  }

  override handleRequest<T = AuthUser>(err: unknown, user: T | false): T {
    if (err) throw err;
    return (user || undefined) as T;
  }
}

/** Guards signIn: hands the mutation's input to the password strategy as if it were a form post. */
@Injectable()
export class PasswordAuthGuard extends AuthGuard('password') {
  override getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext().req;
    const input = gql.getArgs().input ?? {};
    req.body = { email: String(input.email ?? ''), password: String(input.password ?? '') };
    return req;
  }

  override handleRequest<T>(err: unknown, user: T | false): T {
    if (err) throw err;
    if (!user) throw new DomainError(ErrorCode.BadUserInput, { en: 'Enter your e-mail address and password.', es: 'Escriba su correo electrónico y su contraseña.' });
    return user;
  }
}
