import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, DomainError, ErrorCode, RATE_LIMITS, RateLimitService, tooManyRequests, type AppConfig, type RequestMeta } from '@iep/api/core';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { dummyPasswordHash, verifyPassword } from '@iep/api/core';

const TOO_MANY_SIGN_INS = {
  en: 'Too many sign-in attempts. Reset your password to get in now.',
  es: 'Demasiados intentos de iniciar sesión. Restablezca su contraseña para entrar ahora.',
};

/** The marker of a client that completed a password reset for an account. */
const RESET_CLIENT = 'reset-client';

const BAD_CREDENTIALS = {
  en: 'The e-mail or password is not right. Check both and try again.',
  es: 'El correo electrónico o la contraseña no son correctos. Revise los dos e inténtelo de nuevo.',
};

export interface VerifiedUser {
  id: string;
  role: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limits: RateLimitService,
  ) {}

  /**
   * Checks e-mail and password. Whatever fails, the caller sees the same message, so the response
   * never says whether an address has an account; repeated failures slow down and then stop.
   */
  async verifyCredentials(rawEmail: string, password: string, meta: RequestMeta): Promise<VerifiedUser> {
    const email = rawEmail.trim().toLowerCase();
    const ip = meta.ip ?? 'unknown';
    const pair = `${email}|${ip}`;
    // Every attempt is counted before the password is checked, in one atomic step each: ten attempts
    // in parallel count ten. A right password gives its attempt back.
    let counted: Awaited<ReturnType<RateLimitService['consume']>>;
    try {
      counted = await this.limits.consume('signInAccountClient', pair, TOO_MANY_SIGN_INS);
      await this.limits.consume('signInClient', ip, TOO_MANY_SIGN_INS);
      // The account-wide count stops a guesser spread over many addresses; it cannot lock out the
      // owner, whose client is let past it once it has completed a password reset (markResetCompleted).
      const accountWide = await this.limits.count('signInAccount', email);
      if (accountWide && accountWide.consumed > RATE_LIMITS.signInAccount.points && !(await this.limits.isMarked(RESET_CLIENT, pair))) {
        throw tooManyRequests(accountWide.retryAfterSeconds, TOO_MANY_SIGN_INS);
      }
    } catch (error) {
      if (error instanceof DomainError && error.extensions['code'] === ErrorCode.TooManyRequests) {
        await this.fail(email, ip, meta, 'THROTTLED', null);
      }
      throw error;
    }
    await sleep(growingDelayMs((counted?.consumed ?? 1) - 1));

    const [user]: Array<{ id: string; role: string; password_hash: string | null; active: boolean }> =
      await this.dataSource.query(`SELECT id, role, password_hash, active FROM users WHERE email = $1`, [email]);
    const valid = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
    if (!user || !user.password_hash || !valid) {
      await this.fail(email, ip, meta, 'BAD_CREDENTIALS', user ?? null);
      throw new DomainError(ErrorCode.Unauthenticated, BAD_CREDENTIALS);
    }
    if (!user.active) {
      await this.fail(email, ip, meta, 'INACTIVE', user);
      throw new DomainError(ErrorCode.Unauthenticated, BAD_CREDENTIALS);
    }
    await Promise.all([
      this.limits.forget('signInAccountClient', pair),
      this.limits.refund('signInClient', ip),
      this.limits.refund('signInAccount', email),
    ]);
    return { id: user.id, role: user.role };
  }

  /**
   * A completed password reset proves the client's owner holds the mailbox: its sign-in counts for the
   * account are forgotten, and for a day it is let past the account-wide limit that someone elsewhere may
   * keep spending, so the owner always gets in with a reset link.
   */
  async markResetCompleted(rawEmail: string, meta: RequestMeta): Promise<void> {
    const email = rawEmail.trim().toLowerCase();
    const pair = `${email}|${meta.ip ?? 'unknown'}`;
    await Promise.all([
      this.limits.forget('signInAccountClient', pair),
      this.limits.forget('signInAccount', email),
      this.limits.mark(RESET_CLIENT, pair, 24 * 60 * 60),
    ]);
  }

  private async fail(email: string, ip: string, meta: RequestMeta, reason: 'BAD_CREDENTIALS' | 'THROTTLED' | 'INACTIVE', user: { id: string; role: string } | null) {
    await this.dataSource.transaction(async (manager) => {
      if (reason !== 'THROTTLED') {
        await manager.query(`INSERT INTO sign_in_failures (email, ip) VALUES ($1, $2)`, [email, ip]);
      }
      await this.audit.record(
        {
          event: AuditEvent.SignInFailed, outcome: 'DENIED', actorId: user?.id ?? null, actorRole: user?.role ?? null,
          ip: meta.ip, userAgent: meta.userAgent, data: { email: email.slice(0, 320), reason },
        },
        manager,
      );
    });
  }
}

/**
 * Nothing for the first three mistakes (typos), then doubling up to two seconds; the hard limit per
 * account and client (RATE_LIMITS.signInAccountClient) stops a guesser soon after.
 */
export function growingDelayMs(recentFailures: number): number {
  if (recentFailures < 3) return 0;
  return Math.min(250 * 2 ** (recentFailures - 3), 2_000);
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
