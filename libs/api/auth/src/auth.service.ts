import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, DomainError, ErrorCode, type AppConfig, type RequestMeta } from '@iep/api/core';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { dummyPasswordHash, verifyPassword } from '@iep/api/core';

/** At most this many failures an hour for one e-mail address, and (higher, shared NAT) for one IP. */
export const MAX_FAILURES_PER_ACCOUNT_HOUR = 100;
export const MAX_FAILURES_PER_IP_HOUR = 300;

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
  ) {}

  /**
   * Checks e-mail and password. Whatever fails, the caller sees the same message, so the response
   * never says whether an address has an account; repeated failures slow down and then stop.
   */
  async verifyCredentials(rawEmail: string, password: string, meta: RequestMeta): Promise<VerifiedUser> {
    const email = rawEmail.trim().toLowerCase();
    const ip = meta.ip ?? 'unknown';
    const [counts] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1 AND occurred_at > now() - interval '1 hour')::int AS account_hour,
              count(*) FILTER (WHERE email = $1 AND occurred_at > now() - interval '15 minutes')::int AS account_recent,
              count(*) FILTER (WHERE ip = $2 AND occurred_at > now() - interval '1 hour')::int AS ip_hour
         FROM sign_in_failures
        WHERE (email = $1 OR ip = $2) AND occurred_at > now() - interval '1 hour'`,
      [email, ip],
    );
    if (counts.account_hour >= MAX_FAILURES_PER_ACCOUNT_HOUR || counts.ip_hour >= MAX_FAILURES_PER_IP_HOUR) {
      await this.fail(email, ip, meta, 'THROTTLED', null);
      throw new DomainError(ErrorCode.TooManyRequests, {
        en: 'Too many sign-in attempts. Wait an hour, or reset your password.',
        es: 'Demasiados intentos de iniciar sesión. Espere una hora o restablezca su contraseña.',
      });
    }
    await sleep(growingDelayMs(counts.account_recent));

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
    return { id: user.id, role: user.role };
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

/** Nothing for the first three mistakes (typos), then doubling up to ten seconds. */
export function growingDelayMs(recentFailures: number): number {
  if (recentFailures < 3) return 0;
  return Math.min(250 * 2 ** (recentFailures - 3), 10_000);
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
