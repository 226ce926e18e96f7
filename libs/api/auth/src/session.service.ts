import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Response } from 'express';
import { APP_CONFIG, createSecretToken, hashSecretToken, prepared, type AppConfig, type AuthUser, type RequestMeta } from '@iep/api/core';
import type { UserRole } from '@iep/domain';

export const SESSION_COOKIE = 'iep_session';

/** Every request with a cookie sends this, so it is a named statement (see prepared()). */
const RESOLVE_SQL = prepared(`
  SELECT s.id AS session_id, s.last_seen_at, u.id, u.role, u.district_id, u.display_name, u.email, u.specialty, u.locale
    FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
     AND s.last_seen_at > now() - make_interval(mins => $2) AND u.active`);

/** Every way of signing in (password, accepting an invitation) sets the same cookie. */
export function setSessionCookie(res: Response, session: { token: string; expiresAt: Date }, secure: boolean): void {
  res.cookie(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: session.expiresAt });
}

/**
 * Server-side sessions: the cookie holds a random token, the database only its hash, so a database
 * leak yields no usable session and revocation takes effect on the next request.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Pass the caller's transaction when signing someone in is part of a larger change (accepting an invitation). */
  async create(userId: string, meta: RequestMeta, manager: EntityManager = this.dataSource.manager): Promise<{ token: string; expiresAt: Date }> {
    const { token, hash } = createSecretToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_MAX_MINUTES * 60_000);
    await manager.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5)`,
      [userId, hash, expiresAt, meta.ip, meta.userAgent],
    );
    return { token, expiresAt };
  }

  /** The user behind a token, or null when it is unknown, revoked, idle too long, expired or deactivated. */
  async resolve(token: string): Promise<AuthUser | null> {
    const rows: Array<{
      session_id: string; id: string; role: UserRole; district_id: string | null; display_name: string;
      email: string; specialty: string | null; locale: string; last_seen_at: Date;
    }> = await this.dataSource.query(
      RESOLVE_SQL,
      [hashSecretToken(token), this.config.SESSION_IDLE_MINUTES],
    );
    const row = rows[0];
    if (!row) return null;
    // Touch at most once a minute: the idle limit needs minutes, not a write per request.
    if (Date.now() - new Date(row.last_seen_at).getTime() > 60_000) {
      await this.dataSource.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [row.session_id]);
    }
    return {
      id: row.id, role: row.role, districtId: row.district_id, displayName: row.display_name,
      email: row.email, specialty: row.specialty, locale: row.locale, sessionId: row.session_id,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Pass the caller's transaction so that the revocation commits or rolls back with the change that caused it. */
  async revokeAllForUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
    return affected;
  }

  /** Signs the person out everywhere but the session they are using (after changing their password). */
  async revokeOthersForUser(userId: string, keepSessionId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`, [userId, keepSessionId]);
    return affected;
  }
}
