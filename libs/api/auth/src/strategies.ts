import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy as CustomStrategy } from 'passport-custom';
import { Strategy as LocalStrategy } from 'passport-local';
import { requestMeta, type AuthUser } from '@iep/api/core';
import { AuthService, type VerifiedUser } from './auth.service';
import { SESSION_COOKIE, SessionService } from './session.service';

/** E-mail and password, checked once at sign-in. */
@Injectable()
export class PasswordStrategy extends PassportStrategy(LocalStrategy, 'password') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Request, email: string, password: string): Promise<VerifiedUser> {
    return this.auth.verifyCredentials(email, password, requestMeta(req));
  }
}

/** The session cookie, checked on every request. */
@Injectable()
export class SessionCookieStrategy extends PassportStrategy(CustomStrategy, 'session-cookie') {
  constructor(private readonly sessions: SessionService) {
    super();
  }

  async validate(req: Request): Promise<AuthUser | null> {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0 || token.length > 128) return null;
    return this.sessions.resolve(token);
  }
}
