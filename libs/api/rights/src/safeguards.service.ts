import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { RecordAccessService } from '@iep/api/access';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { APP_CONFIG, badInput, conflict, forbidden, isUuid, notFound, ruleProfileColumn, type AppConfig, type AuthUser, type RequestMeta } from '@iep/api/core';
import { NotificationService, OutboxService } from '@iep/api/notifications';
import { SIGNATURE_INTENT_VERSION } from '@iep/api/signoff';
import {
  birthdayAt, DeliveryChannel, isMeetingDate, mayActOnStudent, revocationStatus, rightsStanding, safeguardsGivenThisYear, stateRuleProfileFor, StudentAction,
  transferNoticeRequired, wallClock, type StoredRuleProfile,
} from '@iep/domain';
import type { RecordSafeguardsDeliveryInput } from './dto/rights.inputs';
import type { ConsentRevocationModel, SafeguardsDeliveryModel, StudentRightsModel } from './models/student-rights.model';
import { revocationIntent } from './revocation.messages';
import { BAD_DATE, NO_GUARDIAN, NOT_RECORDER, rightsLocale, safeguardsNotice, type RightsLocale } from './safeguards.messages';

export const SAFEGUARDS_NOTIFICATION = 'PROCEDURAL_SAFEGUARDS';

export interface StudentFacts {
  id: string;
  firstName: string;
  districtId: string;
  districtName: string;
  today: string;
  mayRecord: boolean;
  mayRevoke: boolean;
  locale: RightsLocale;
  dateOfBirth: string;
  ageOfMajority: number;
  ageOfMajorityCitation: string;
  transferredOn: string | null;
  guardianshipOn: string | null;
  guardianshipNote: string;
}

/**
 * The procedural safeguards notice (34 CFR 300.504): each copy given to a parent is recorded, in their language,
 * with the occasion and the channel; a copy in the app or by e-mail is sent in the same transaction as its record.
 */
@Injectable()
export class SafeguardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: RecordAccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The student as the caller may reach them; anyone without a relationship gets NOT_FOUND, audited. */
  async student(user: AuthUser, studentId: string, meta: RequestMeta, operation: string): Promise<StudentFacts> {
    const visible = isUuid(studentId) ? await this.records.visibleStudentIds(user, [studentId]) : new Set<string>();
    if (!visible.has(studentId)) {
      await this.audit.recordDenial(user, meta, operation, 'NO_RELATIONSHIP');
      throw notFound('That student');
    }
    const [[row], standings] = await Promise.all([
      this.dataSource.query(
        `SELECT s.first_name, s.district_id, d.name AS district_name, d.time_zone, to_char(s.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
                to_char(s.rights_transferred_on, 'YYYY-MM-DD') AS transferred_on, to_char(s.adult_guardianship_on, 'YYYY-MM-DD') AS guardianship_on,
                s.adult_guardianship_note, ${ruleProfileColumn('d')}
           FROM students s JOIN districts d ON d.id = s.district_id WHERE s.id = $1`,
        [studentId],
      ) as Promise<Array<{
        first_name: string; district_id: string; district_name: string; time_zone: string; date_of_birth: string; transferred_on: string | null;
        guardianship_on: string | null; adult_guardianship_note: string; ruleProfile: StoredRuleProfile;
      }>>,
      this.records.studentStandings(user, [studentId]),
    ]);
    const standing = standings.get(studentId);
    const mayRecord = standing !== undefined && mayActOnStudent(standing, StudentAction.RecordFamilyRights);
    const profile = stateRuleProfileFor(row.ruleProfile);
    const mayRevoke = standing !== undefined && mayActOnStudent(standing, StudentAction.RevokeConsent);
    return {
      id: studentId, firstName: row.first_name, districtId: row.district_id, districtName: row.district_name, today: wallClock(new Date(), row.time_zone).date,
      mayRecord, mayRevoke, locale: rightsLocale(user.locale), dateOfBirth: row.date_of_birth,
      ageOfMajority: profile.ageOfMajority, ageOfMajorityCitation: profile.sources.ageOfMajority.citation,
      transferredOn: row.transferred_on, guardianshipOn: row.guardianship_on, guardianshipNote: row.adult_guardianship_note,
    };
  }

  async view(user: AuthUser, studentId: string, meta: RequestMeta): Promise<StudentRightsModel> {
    const student = await this.student(user, studentId, meta, 'studentRights');
    await this.audit.record({
      event: AuditEvent.StudentRightsViewed, actorId: user.id, actorRole: user.role, studentId, ip: meta.ip, userAgent: meta.userAgent, data: {},
    });
    return this.rightsOf(student);
  }

  async record(user: AuthUser, input: RecordSafeguardsDeliveryInput, meta: RequestMeta): Promise<StudentRightsModel> {
    const student = await this.student(user, input.studentId, meta, 'recordSafeguardsDelivery');
    if (!student.mayRecord) {
      await this.audit.recordDenial(user, meta, 'recordSafeguardsDelivery', 'NOT_CASE_MANAGER');
      throw forbidden(NOT_RECORDER);
    }
    const deliveredOn = input.channel === DeliveryChannel.Paper ? (input.deliveredOn ?? student.today) : student.today;
    if (!isMeetingDate(deliveredOn) || deliveredOn > student.today) throw badInput(BAD_DATE, { field: 'deliveredOn' });
    let emailIds: string[] = [];
    await this.dataSource.transaction(async (m) => {
      const parents: Array<{ id: string; email: string; locale: string; display_name: string }> = await m.query(
        `SELECT u.id, u.email, u.locale, u.display_name FROM guardianships g JOIN users u ON u.id = g.user_id
          WHERE g.student_id = $1 AND g.rights_holder AND u.active ORDER BY u.id`,
        [student.id],
      );
      if (parents.length === 0) throw conflict(NO_GUARDIAN, { reason: 'NO_GUARDIAN' });
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO procedural_safeguards_deliveries (student_id, recipient_id, occasion, channel, locale, delivered_on, recorded_by_id)
         SELECT $1, r.id, $2, $3, r.locale, $4::date, $5 FROM jsonb_to_recordset($6::jsonb) AS r(id uuid, locale text) RETURNING id`,
        [student.id, input.occasion, input.channel, deliveredOn, user.id, JSON.stringify(parents.map((p) => ({ id: p.id, locale: rightsLocale(p.locale) })))],
      );
      await this.audit.record(
        {
          event: AuditEvent.ProceduralSafeguardsDelivered, actorId: user.id, actorRole: user.role, studentId: student.id, ip: meta.ip, userAgent: meta.userAgent,
          data: { deliveryIds: rows.map((r) => r.id), occasion: input.occasion, channel: input.channel, deliveredOn, recipientIds: parents.map((p) => p.id) },
        },
        m,
      );
      emailIds = await this.send(m, input.channel, student, parents, rows.map((r) => r.id));
    });
    await this.outbox.dispatch(emailIds);
    return this.rightsOf(student);
  }

  /** A copy in the app is a notification; by e-mail, a message through the outbox. A paper copy was handed over already. */
  private async send(
    m: EntityManager, channel: DeliveryChannel, student: StudentFacts, parents: Array<{ id: string; email: string; locale: string; display_name: string }>,
    deliveryIds: string[],
  ): Promise<string[]> {
    if (channel === DeliveryChannel.Paper) return [];
    const path = `/students/${student.id}/rights`;
    const link = `${this.config.PUBLIC_URL.replace(/\/+$/, '')}${path}`;
    const words = parents.map((p) => ({ parent: p, words: safeguardsNotice({ recipientName: p.display_name, studentFirstName: student.firstName, link }, rightsLocale(p.locale)) }));
    if (channel === DeliveryChannel.InApp) {
      await this.notifications.notify(m, words.map(({ parent, words: w }) => ({
        userId: parent.id, kind: SAFEGUARDS_NOTIFICATION, title: w.title, body: w.body, link: path, data: { studentId: student.id },
      })));
      return [];
    }
    return this.outbox.write(m, words.map(({ parent, words: w }, index) => ({
      dedupeKey: `procedural-safeguards:${deliveryIds[index]}`, to: parent.email, subject: w.subject, text: w.text,
    })));
  }

  async rightsOf(student: StudentFacts): Promise<StudentRightsModel> {
    const [revocation] = await this.dataSource.query(
      `SELECT r.id, to_char(r.revoked_on, 'YYYY-MM-DD') AS "revokedOn", u.display_name AS "revokedByName", r.reason, r.typed_name AS "typedName",
              r.intent_statement AS "intentStatement", r.signed_at AS "signedAt", to_char(r.services_end_on, 'YYYY-MM-DD') AS "servicesEndOn",
              r.notice_id AS "noticeId", n.status AS "noticeStatus"
         FROM consent_revocations r JOIN users u ON u.id = r.revoked_by_id LEFT JOIN prior_written_notices n ON n.id = r.notice_id
        WHERE r.student_id = $1`,
      [student.id],
    ) as Array<Omit<ConsentRevocationModel, 'status' | 'noticePdfUrl'>>;
    const deliveries: SafeguardsDeliveryModel[] = await this.dataSource.query(
      `SELECT p.id, r.display_name AS "recipientName", p.occasion, p.channel, p.locale, to_char(p.delivered_on, 'YYYY-MM-DD') AS "deliveredOn",
              b.display_name AS "recordedByName"
         FROM procedural_safeguards_deliveries p JOIN users r ON r.id = p.recipient_id JOIN users b ON b.id = p.recorded_by_id
        WHERE p.student_id = $1 ORDER BY p.delivered_on DESC, p.created_at DESC, p.id`,
      [student.id],
    );
    const last = deliveries[0]?.deliveredOn ?? null;
    return {
      studentId: student.id, studentFirstName: student.firstName, safeguardsLastReceivedOn: last,
      safeguardsGivenThisYear: safeguardsGivenThisYear(last, student.today), safeguardsDeliveries: deliveries, viewerCanRecord: student.mayRecord,
      consentRevocation: revocation
        ? {
            ...revocation, status: revocationStatus(revocation.servicesEndOn, student.today),
            noticePdfUrl: revocation.noticeId && revocation.noticeStatus === 'SENT' ? `/documents/prior-written-notices/${revocation.noticeId}.pdf` : null,
          }
        : null,
      viewerCanRevoke: student.mayRevoke && !revocation,
      revocationIntent: revocationIntent(student.locale),
      revocationIntentVersion: SIGNATURE_INTENT_VERSION,
      majority: {
        standing: rightsStanding({ transferredOn: student.transferredOn, guardianshipOn: student.guardianshipOn }),
        ageOfMajority: student.ageOfMajority, citation: student.ageOfMajorityCitation,
        majorityOn: birthdayAt(student.dateOfBirth, student.ageOfMajority), transferredOn: student.transferredOn,
        guardianshipOn: student.guardianshipOn, guardianshipNote: student.guardianshipNote,
        transferNoticeDue: transferNoticeRequired(student.dateOfBirth, student.ageOfMajority, student.today),
      },
    };
  }
}
