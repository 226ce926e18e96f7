import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  DomainError,
  ErrorCode,
  assertAcceptablePassword,
  badInput,
  createSecretToken,
  hashPassword,
  hashSecretToken,
  type AppConfig,
  type AuthUser,
  type Localized,
  type RequestMeta,
} from '@iep/api/core';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { OutboxService } from '@iep/api/notifications';
import { AuthService } from './auth.service';
import { passwordChangedEmail, passwordResetEmail } from './password-emails';
import { SessionService } from './session.service';

/** Reset e-mails one address can cause in an hour; more requests are answered the same but send nothing. */
export const MAX_RESET_EMAILS_PER_HOUR = 5;
export const RESET_TOKEN_MINUTES = 60;

export const RESET_LINK_EXPIRED: Localized = {
  en: 'This link has expired or was already used. Ask for a new one.',
  es: 'Este enlace venció o ya se usó. Pida uno nuevo.',
};

interface Account {
  id: string;
  role: string;
  email: string;
  display_name: string;
  locale: string;
}

/** Forgotten-password reset by e-mailed one-time link, and changing the password while signed in. */
@Injectable()
export class PasswordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Writes a reset e-mail when the address belongs to an active account. The caller answers the same
   * either way, so the response never says whether an address has an account.
   */
  async requestReset(rawEmail: string, meta: RequestMeta): Promise<void> {
    const email = rawEmail.trim().toLowerCase();
    const emailIds = await this.dataSource.transaction(async (manager) => {
      // Locking the account serialises concurrent requests for it, so the hourly limit is exact.
      const [account]: Account[] = await manager.query(
        `SELECT id, role, email, display_name, locale FROM users WHERE email = $1 AND active FOR UPDATE`,
        [email],
      );
      if (!account) {
        await this.recordRequest(manager, meta, email, null, 'NO_ACTIVE_ACCOUNT');
        return [];
      }
      const [{ recent }]: [{ recent: number }] = await manager.query(
        `SELECT count(*)::int AS recent FROM password_reset_tokens WHERE user_id = $1 AND created_at > now() - interval '1 hour'`,
        [account.id],
      );
      if (recent >= MAX_RESET_EMAILS_PER_HOUR) {
        await this.recordRequest(manager, meta, email, account, 'THROTTLED');
        return [];
      }
      await this.expireUnusedTokens(manager, account.id);
      const { token, hash } = createSecretToken();
      const [{ id }]: [{ id: string }] = await manager.query(
        `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at)
         VALUES ($1, $2, now() + make_interval(mins => $3)) RETURNING id`,
        [account.id, hash, RESET_TOKEN_MINUTES],
      );
      await this.recordRequest(manager, meta, email, account, 'EMAIL_WRITTEN');
      const content = passwordResetEmail(account.locale, account.display_name, this.link(`/reset-password?token=${token}`));
      return this.outbox.write(manager, [{ dedupeKey: `password-reset:${id}`, to: account.email, ...content }]);
    });
    await this.outbox.dispatch(emailIds);
  }

  /** Sets a new password with a token from a reset e-mail and signs the person out everywhere. */
  async reset(token: string, newPassword: string, meta: RequestMeta): Promise<void> {
    const [found]: Array<Account & { token_id: string }> = await this.dataSource.query(
      `SELECT t.id AS token_id, u.id, u.role, u.email, u.display_name, u.locale
         FROM password_reset_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.active`,
      [hashSecretToken(token)],
    );
    if (!found) throw badInput(RESET_LINK_EXPIRED, { field: 'token' });
    // A refused password leaves the link usable, so the person can try another one.
    assertAcceptablePassword(newPassword, { email: found.email, displayName: found.display_name });
    const passwordHash = await hashPassword(newPassword);

    const emailIds = await this.dataSource.transaction(async (manager) => {
      // The same link opened twice at once: only one of the two may use it.
      const [, claimed]: [unknown, number] = await manager.query(
        `UPDATE password_reset_tokens SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now()`,
        [found.token_id],
      );
      if (claimed === 0) throw badInput(RESET_LINK_EXPIRED, { field: 'token' });
      await this.setPasswordHash(manager, found.id, passwordHash);
      await this.expireUnusedTokens(manager, found.id);
      // The sign-in lockout tells a locked-out person to reset their password; that must then let them in.
      await manager.query(`DELETE FROM sign_in_failures WHERE email = $1`, [found.email]);
      const sessionsRevoked = await this.sessions.revokeAllForUser(found.id, manager);
      await this.audit.record(
        {
          event: AuditEvent.PasswordResetCompleted, actorId: found.id, actorRole: found.role,
          ip: meta.ip, userAgent: meta.userAgent, data: { sessionsRevoked },
        },
        manager,
      );
      return this.writeChangedNotice(manager, found, `password-reset-completed:${found.token_id}`, 'RESET');
    });
    await this.auth.markResetCompleted(found.email, meta);
    await this.outbox.dispatch(emailIds);
  }

  /** Changes the signed-in person's password; their other sessions end, this one stays. */
  async change(user: AuthUser, currentPassword: string, newPassword: string, meta: RequestMeta): Promise<void> {
    try {
      // The same check, lockout and audit as signing in: a borrowed session must not become a way
      // to guess the password.
      await this.auth.verifyCredentials(user.email, currentPassword, meta);
    } catch (error) {
      if (error instanceof DomainError && error.extensions['code'] === ErrorCode.Unauthenticated) {
        throw badInput({ en: 'Your current password is not right.', es: 'Su contraseña actual no es correcta.' }, { field: 'currentPassword' });
      }
      throw error;
    }
    if (newPassword === currentPassword) {
      throw badInput(
        { en: 'Choose a new password that is different from your current one.', es: 'Elija una contraseña nueva que sea distinta de la actual.' },
        { field: 'newPassword' },
      );
    }
    assertAcceptablePassword(newPassword, { email: user.email, displayName: user.displayName });
    const passwordHash = await hashPassword(newPassword);

    const emailIds = await this.dataSource.transaction(async (manager) => {
      await this.setPasswordHash(manager, user.id, passwordHash);
      await this.expireUnusedTokens(manager, user.id);
      const otherSessionsRevoked = await this.sessions.revokeOthersForUser(user.id, user.sessionId, manager);
      await this.audit.record(
        {
          event: AuditEvent.PasswordChanged, actorId: user.id, actorRole: user.role,
          ip: meta.ip, userAgent: meta.userAgent, data: { otherSessionsRevoked },
        },
        manager,
      );
      const account = { id: user.id, role: user.role, email: user.email, display_name: user.displayName, locale: user.locale };
      return this.writeChangedNotice(manager, account, `password-changed:${randomUUID()}`, 'CHANGE');
    });
    await this.outbox.dispatch(emailIds);
  }

  private async setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
  }

  /** A link in an older e-mail must stop working once a newer one is sent or the password is set. */
  private async expireUnusedTokens(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE password_reset_tokens SET expires_at = now() WHERE user_id = $1 AND used_at IS NULL AND expires_at > now()`,
      [userId],
    );
  }

  private writeChangedNotice(manager: EntityManager, account: Account, dedupeKey: string, how: 'RESET' | 'CHANGE'): Promise<string[]> {
    const content = passwordChangedEmail(account.locale, account.display_name, this.link('/forgot-password'), how);
    return this.outbox.write(manager, [{ dedupeKey, to: account.email, ...content }]);
  }

  private recordRequest(
    manager: EntityManager,
    meta: RequestMeta,
    email: string,
    account: Account | null,
    result: 'EMAIL_WRITTEN' | 'NO_ACTIVE_ACCOUNT' | 'THROTTLED',
  ): Promise<void> {
    return this.audit.record(
      {
        event: AuditEvent.PasswordResetRequested, actorId: account?.id ?? null, actorRole: account?.role ?? null,
        ip: meta.ip, userAgent: meta.userAgent, data: { email: email.slice(0, 320), result },
      },
      manager,
    );
  }

  private link(path: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}${path}`;
  }
}
