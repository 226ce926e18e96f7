import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface NewNotification {
  userId: string;
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
  data?: Record<string, unknown>;
  /**
   * The same notification in each language the product speaks, so the bell shows it in the reader's
   * language even after they switch; title and body above stay the text in the recipient's profile language.
   */
  translations?: Partial<Record<'en' | 'es', { title: string; body: string }>>;
}

/** In-app notifications, written in the caller's transaction (one statement for any number). */
@Injectable()
export class NotificationService {
  async notify(manager: EntityManager, notifications: NewNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    await manager.query(
      `INSERT INTO notifications (user_id, kind, title, body, link, data, translations)
       SELECT r.user_id, r.kind, r.title, coalesce(r.body, ''), r.link, coalesce(r.data, '{}'::jsonb), r.translations
         FROM jsonb_to_recordset($1::jsonb) AS r(user_id uuid, kind text, title text, body text, link text, data jsonb, translations jsonb)`,
      [
        JSON.stringify(
          notifications.map((n) => ({
            user_id: n.userId, kind: n.kind, title: n.title, body: n.body, link: n.link ?? null, data: n.data ?? {}, translations: n.translations ?? null,
          })),
        ),
      ],
    );
  }
}
