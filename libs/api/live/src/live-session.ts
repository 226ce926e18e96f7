import type { DataSource } from 'typeorm';
import { unauthenticated } from '@iep/api/core';

/**
 * Whether a subscriber's session still holds, by the limits SessionService applies, without touching it:
 * watching is not activity, so an open stream never keeps an idle session alive.
 */
export async function sessionIsLive(dataSource: DataSource, sessionId: string, idleMinutes: number): Promise<boolean> {
  const rows: unknown[] = await dataSource.query(
    `SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        AND s.last_seen_at > now() - make_interval(mins => $2) AND u.active`,
    [sessionId, idleMinutes],
  );
  return rows.length > 0;
}

/** What ends a live stream whose session has ended. */
export function liveSessionEnded(): Error {
  return unauthenticated({
    en: 'Your session has ended. Sign in again to keep seeing changes as they happen.',
    es: 'Su sesión terminó. Vuelva a iniciar sesión para seguir viendo los cambios en cuanto ocurren.',
  });
}
