import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { CLOCK, ruleProfileColumn, type Clock } from '@iep/api/core';
import { NotificationService } from '@iep/api/notifications';
import { stateRuleProfileFor, type StoredRuleProfile } from '@iep/domain';
import { RIGHTS_TRANSFERRED_NOTIFICATION, rightsTransferred } from './majority.messages';
import { rightsLocale } from './safeguards.messages';

export interface MajoritySweepResult {
  districts: number;
  transferred: string[];
}

/**
 * The transfer of rights at the age of majority (34 CFR 300.520), run by the worker's daily sweep: a student who has
 * reached the state's age of majority, and has no recorded guardianship, becomes the holder of their educational
 * rights. Idempotent: a student whose rights have passed is never transferred (or told) again; each student is one
 * transaction holding the change, the notifications and the audit row.
 */
@Injectable()
export class MajorityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async transferDue(): Promise<MajoritySweepResult> {
    const districts: Array<{ id: string; timeZone: string; ruleProfile: StoredRuleProfile }> = await this.dataSource.query(
      `SELECT d.id, d.time_zone AS "timeZone", ${ruleProfileColumn('d')} FROM districts d ORDER BY d.id`,
    );
    const transferred: string[] = [];
    for (const district of districts) {
      const age = stateRuleProfileFor(district.ruleProfile).ageOfMajority;
      const today = this.clock.today(district.timeZone);
      // date + interval keeps 29 February's birthday on 28 February in a common year, as addYears does.
      const due: Array<{ id: string }> = await this.dataSource.query(
        `SELECT id FROM students
          WHERE district_id = $1 AND active AND rights_transferred_on IS NULL AND adult_guardianship_on IS NULL
            AND (date_of_birth + make_interval(years => $2))::date <= $3::date
          ORDER BY id`,
        [district.id, age, today],
      );
      for (const { id } of due) {
        if (await this.transferOne(id, age, today)) transferred.push(id);
      }
    }
    return { districts: districts.length, transferred };
  }

  private transferOne(studentId: string, age: number, today: string): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      // Under the row lock, so two sweeps (two worker replicas) transfer a student once.
      const [[student]]: [Array<{ firstName: string; userId: string | null }>, number] = await m.query(
        `UPDATE students SET rights_transferred_on = $2
          WHERE id = $1 AND rights_transferred_on IS NULL AND adult_guardianship_on IS NULL
          RETURNING first_name AS "firstName", user_id AS "userId"`,
        [studentId, today],
      );
      if (!student) return false;
      // The parents stay guardians on record (they read and are sent every notice) but no longer hold the rights.
      const [parents]: [Array<{ id: string; locale: string }>, number] = await m.query(
        `UPDATE guardianships g SET rights_holder = false FROM users u
          WHERE g.student_id = $1 AND u.id = g.user_id AND g.user_id IS DISTINCT FROM $2::uuid
          RETURNING u.id, u.locale`,
        [studentId, student.userId],
      );
      const told: Array<{ id: string; locale: string; toStudent: boolean }> = parents.map((p) => ({ ...p, toStudent: false }));
      if (student.userId) {
        await m.query(
          `INSERT INTO guardianships (student_id, user_id, relationship, rights_holder) VALUES ($1, $2, 'Self', true)
           ON CONFLICT (student_id, user_id) DO UPDATE SET rights_holder = true`,
          [studentId, student.userId],
        );
        const [self]: Array<{ locale: string }> = await m.query(`SELECT locale FROM users WHERE id = $1 AND active`, [student.userId]);
        if (self) told.push({ id: student.userId, locale: self.locale, toStudent: true });
      }
      await this.notifications.notify(m, told.map((person) => {
        const words = (locale: 'en' | 'es') => rightsTransferred({ firstName: student.firstName, age, toStudent: person.toStudent }, locale);
        const own = words(rightsLocale(person.locale));
        return {
          userId: person.id, kind: RIGHTS_TRANSFERRED_NOTIFICATION, title: own.title, body: own.body, link: `/students/${studentId}/rights`,
          data: { studentId }, translations: { en: words('en'), es: words('es') },
        };
      }));
      await this.audit.record(
        {
          event: AuditEvent.RightsTransferredAtMajority, actorId: null, actorRole: null, studentId, ip: null, userAgent: null,
          data: { studentUserId: student.userId, ageOfMajority: age, transferredOn: today, toldUserIds: told.map((p) => p.id) },
        },
        m,
      );
      return true;
    });
  }
}
