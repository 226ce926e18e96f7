import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, type AuthUser, type RequestMeta } from '@iep/api/core';
import { DEADLINE_KINDS, UserRole } from '@iep/domain';
import type { NotificationPreferenceInput } from './dto/school-calendar.input';
import { effectiveEmailChoice, type EmailPreferenceRow } from './email-preferences';
import { ReminderKind, type NotificationPreferenceModel } from './models/notification-preference.model';

/** Escalations go to the district representatives, and to the administrators where a district has none. */
const ESCALATED_TO: ReadonlySet<UserRole> = new Set([UserRole.DistrictRepresentative, UserRole.DistrictAdmin]);

export function reminderKindsFor(role: UserRole): ReminderKind[] {
  return ESCALATED_TO.has(role) ? [ReminderKind.Reminder, ReminderKind.Escalation] : [ReminderKind.Reminder];
}

/**
 * A person's own choice of which reminders also come by e-mail. In the app every reminder always
 * appears (the bell); only e-mail can be turned off. Every statement is keyed by the caller's id.
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async forUser(user: AuthUser): Promise<NotificationPreferenceModel[]> {
    const rows = await this.rows(user.id);
    return reminderKindsFor(user.role).flatMap((reminderKind) =>
      DEADLINE_KINDS.map((deadlineKind) => ({
        reminderKind,
        deadlineKind,
        email: effectiveEmailChoice(rows, reminderKind, deadlineKind),
        inApp: true,
      })),
    );
  }

  async update(user: AuthUser, meta: RequestMeta, wanted: NotificationPreferenceInput[]): Promise<NotificationPreferenceModel[]> {
    const allowed = new Set(reminderKindsFor(user.role));
    if (wanted.some((choice) => !allowed.has(choice.reminderKind)))
      throw badInput(
        {
          en: 'Escalations go only to district representatives and administrators.',
          es: 'Los avisos de plazos vencidos son solo para los representantes y administradores del distrito.',
        },
        { field: 'reminderKind' },
      );
    // The last choice for a combination wins, as if the form had been saved twice.
    const byKey = new Map(wanted.map((choice) => [`${choice.reminderKind}|${choice.deadlineKind}`, choice]));
    await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT id FROM users WHERE id = $1 FOR NO KEY UPDATE`, [user.id]);
      const rows = await this.rows(user.id, m);
      const changes = [...byKey.values()]
        .filter((choice) => effectiveEmailChoice(rows, choice.reminderKind, choice.deadlineKind) !== choice.email)
        .map(({ reminderKind, deadlineKind, email }) => ({ reminderKind, deadlineKind, email }));
      if (changes.length === 0) return;
      await m.query(
        `INSERT INTO notification_preferences (user_id, reminder_kind, deadline_kind, email)
         SELECT $1, r."reminderKind", r."deadlineKind", r.email
           FROM jsonb_to_recordset($2::jsonb) AS r("reminderKind" text, "deadlineKind" text, email boolean)
         ON CONFLICT (user_id, reminder_kind, deadline_kind) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
        [user.id, JSON.stringify(changes)],
      );
      await this.audit.record(
        {
          event: AuditEvent.NotificationPreferencesUpdated,
          actorId: user.id,
          actorRole: user.role,
          ip: meta.ip,
          userAgent: meta.userAgent,
          data: { changes },
        },
        m,
      );
    });
    return this.forUser(user);
  }

  private rows(userId: string, manager = this.dataSource.manager): Promise<EmailPreferenceRow[]> {
    return manager.query(
      `SELECT reminder_kind AS "reminderKind", deadline_kind AS "deadlineKind", email FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
  }
}
