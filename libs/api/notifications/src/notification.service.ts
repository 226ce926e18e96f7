import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface NewNotification {
  userId: string;
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
  data?: Record<string, unknown>;
}

/** In-app notifications, written in the caller's transaction (one statement for any number). */
@Injectable()
export class NotificationService {
  async notify(manager: EntityManager, notifications: NewNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    await manager.query(
      `INSERT INTO notifications (user_id, kind, title, body, link, data)
       SELECT r.user_id, r.kind, r.title, coalesce(r.body, ''), r.link, coalesce(r.data, '{}'::jsonb)
         FROM jsonb_to_recordset($1::jsonb) AS r(user_id uuid, kind text, title text, body text, link text, data jsonb)`,
      [JSON.stringify(notifications.map((n) => ({ user_id: n.userId, kind: n.kind, title: n.title, body: n.body, link: n.link ?? null, data: n.data ?? {} })))],
    );
  }
}
