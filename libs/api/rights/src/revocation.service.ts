import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, conflict, DomainError, ErrorCode, forbidden, isUuid, notFound, type AuthUser, type RequestMeta } from '@iep/api/core';
import { DeadlinesService } from '@iep/api/deadlines';
import { NotificationService } from '@iep/api/notifications';
import { PriorWrittenNoticeService, SignoffService, SIGNATURE_INTENT_VERSION } from '@iep/api/signoff';
import { checkServicesEndOn, DeadlineClosedReason, KINDS_ENDED_BY_REVOCATION } from '@iep/domain';
import type { RevokeConsentForServicesInput, SetServicesEndInput } from './dto/rights.inputs';
import type { StudentRightsModel } from './models/student-rights.model';
import {
  ALREADY_ANSWERED, ALREADY_REVOKED, endOfServicesNotice, NO_REVOCATION, NO_SERVICES, NOT_RIGHTS_HOLDER, REVOCATION_NOTIFICATION, revocationIntent,
  revocationReceived,
} from './revocation.messages';
import { NOT_RECORDER, rightsLocale } from './safeguards.messages';
import { SafeguardsService } from './safeguards.service';

/**
 * Revocation of consent for special education and related services (34 CFR 300.300(b)(4)). The rights holder revokes
 * in writing, e-signed with the same evidence as any signature (electronic-records consent, password, typed name, the
 * statement signed, IP and user agent). The district answers with a prior written notice naming the last day of
 * services; the student's deadlines that follow from services close on that day. Each step is audited in its transaction.
 */
@Injectable()
export class RevocationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rights: SafeguardsService,
    private readonly audit: AuditService,
    private readonly signoff: SignoffService,
    private readonly notices: PriorWrittenNoticeService,
    private readonly deadlines: DeadlinesService,
    private readonly notifications: NotificationService,
  ) {}

  async revoke(user: AuthUser, input: RevokeConsentForServicesInput, meta: RequestMeta): Promise<StudentRightsModel> {
    const student = await this.rights.student(user, input.studentId, meta, 'revokeConsentForServices');
    if (!student.mayRevoke) {
      await this.audit.recordDenial(user, meta, 'revokeConsentForServices', 'NOT_RIGHTS_HOLDER');
      throw forbidden(NOT_RIGHTS_HOLDER);
    }
    const consentId = await this.signoff.authenticateSigner(user, input, meta, 'revokeConsentForServices');
    const statement = revocationIntent(rightsLocale(user.locale));
    await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT 1 FROM students WHERE id = $1 FOR NO KEY UPDATE`, [student.id]);
      const [active]: Array<{ id: string }> = await m.query(`SELECT id FROM ieps WHERE student_id = $1 AND status = 'ACTIVE' LIMIT 1`, [student.id]);
      if (!active) throw conflict(NO_SERVICES, { reason: 'NO_ACTIVE_IEP' });
      const [row]: Array<{ id: string }> = await m.query(
        `INSERT INTO consent_revocations (student_id, revoked_by_id, revoked_on, reason, typed_name, intent_statement, intent_version,
                electronic_records_consent_id, ip, user_agent)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (student_id) DO NOTHING RETURNING id`,
        [student.id, user.id, student.today, input.reason.trim(), input.typedName.trim(), statement, SIGNATURE_INTENT_VERSION, consentId, meta.ip, meta.userAgent],
      );
      if (!row) throw conflict(ALREADY_REVOKED, { reason: 'ALREADY_REVOKED' });
      await this.audit.record(
        {
          event: AuditEvent.ConsentForServicesRevoked, actorId: user.id, actorRole: user.role, studentId: student.id, ip: meta.ip, userAgent: meta.userAgent,
          data: { revocationId: row.id, revokedOn: student.today, electronicRecordsConsentId: consentId, intentVersion: SIGNATURE_INTENT_VERSION },
        },
        m,
      );
      // Who must answer: the student's case manager and the district's representatives, each in their language.
      const staff: Array<{ id: string; locale: string }> = await m.query(
        `SELECT u.id, u.locale FROM users u
          WHERE u.active AND (u.id IN (SELECT case_manager_id FROM caseloads WHERE student_id = $1
                                       UNION SELECT case_manager_id FROM ieps WHERE student_id = $1 AND status = 'ACTIVE')
                 OR (u.district_id = $2 AND u.role = 'DISTRICT_REPRESENTATIVE'))
          ORDER BY u.id`,
        [student.id, student.districtId],
      );
      await this.notifications.notify(m, staff.map((person) => {
        const words = revocationReceived({ studentFirstName: student.firstName }, rightsLocale(person.locale));
        return {
          userId: person.id, kind: REVOCATION_NOTIFICATION, title: words.title, body: words.body, link: `/students/${student.id}/rights`,
          data: { studentId: student.id, revocationId: row.id },
          translations: { en: revocationReceived({ studentFirstName: student.firstName }, 'en'), es: revocationReceived({ studentFirstName: student.firstName }, 'es') },
        };
      }));
    });
    return this.rights.rightsOf(student);
  }

  /**
   * The district's answer: a prior written notice naming the last day of services, issued on the IEP in force and
   * sent at once when its author may send it (else it waits, drafted, on the IEP). The deadlines owed only while
   * services run close on that day.
   */
  async setServicesEnd(user: AuthUser, input: SetServicesEndInput, meta: RequestMeta): Promise<StudentRightsModel> {
    const [found]: Array<{ studentId: string }> = isUuid(input.revocationId)
      ? await this.dataSource.query(`SELECT student_id AS "studentId" FROM consent_revocations WHERE id = $1`, [input.revocationId])
      : [];
    if (!found) {
      await this.audit.recordDenial(user, meta, 'setServicesEndAfterRevocation', 'NO_SUCH_RECORD');
      throw notFound('That revocation');
    }
    const student = await this.rights.student(user, found.studentId, meta, 'setServicesEndAfterRevocation');
    if (!student.mayRecord) {
      await this.audit.recordDenial(user, meta, 'setServicesEndAfterRevocation', 'NOT_CASE_MANAGER');
      throw forbidden(NOT_RECORDER);
    }
    const refusal = checkServicesEndOn(input.servicesEndOn, student.today);
    if (refusal) throw badInput(refusal.message, { reason: refusal.reason, field: refusal.field });
    const noticeId = await this.dataSource.transaction(async (m) => {
      const [revocation]: Array<{ id: string; processedAt: Date | null; revokedOn: string; revokedBy: string }> = await m.query(
        `SELECT r.id, r.processed_at AS "processedAt", to_char(r.revoked_on, 'YYYY-MM-DD') AS "revokedOn", u.display_name AS "revokedBy"
           FROM consent_revocations r JOIN users u ON u.id = r.revoked_by_id WHERE r.id = $1 FOR UPDATE OF r`,
        [input.revocationId],
      );
      if (!revocation) throw conflict(NO_REVOCATION, { reason: 'NO_REVOCATION' });
      if (revocation.processedAt) throw conflict(ALREADY_ANSWERED, { reason: 'ALREADY_ANSWERED' });
      const [iep]: Array<{ id: string }> = await m.query(
        `SELECT id FROM ieps WHERE student_id = $1 AND status = 'ACTIVE' ORDER BY created_at DESC LIMIT 1`, [student.id],
      );
      if (!iep) throw conflict(NO_SERVICES, { reason: 'NO_ACTIVE_IEP' });
      const id = await this.notices.issue(m, {
        iepId: iep.id, studentId: student.id, source: 'CONSENT_REVOKED', action: 'PROPOSE',
        facts: endOfServicesNotice({
          studentFirstName: student.firstName, districtName: student.districtName, revokedOn: revocation.revokedOn,
          servicesEndOn: input.servicesEndOn, revokedBy: revocation.revokedBy,
        }),
        actor: { id: user.id, role: user.role }, meta,
      });
      await m.query(
        `UPDATE consent_revocations SET services_end_on = $2, notice_id = $3, processed_by_id = $4, processed_at = now() WHERE id = $1`,
        [revocation.id, input.servicesEndOn, id, user.id],
      );
      const closed = await this.deadlines.close(
        m,
        { studentId: student.id, kinds: KINDS_ENDED_BY_REVOCATION, closedOn: input.servicesEndOn, reason: DeadlineClosedReason.ConsentRevoked },
        { actor: { userId: user.id, role: user.role, ip: meta.ip, userAgent: meta.userAgent } },
      );
      await this.audit.record(
        {
          event: AuditEvent.ServicesEndAfterRevocationSet, actorId: user.id, actorRole: user.role, studentId: student.id, iepId: iep.id,
          ip: meta.ip, userAgent: meta.userAgent,
          data: { revocationId: revocation.id, servicesEndOn: input.servicesEndOn, noticeId: id, iepId: iep.id, closedDeadlineIds: closed.map((d) => d.id) },
        },
        m,
      );
      return id;
    });
    const [draft]: Array<{ version: number }> = await this.dataSource.query(`SELECT version FROM prior_written_notices WHERE id = $1`, [noticeId]);
    // Every element is written, so the notice goes out now; a caller who may not send notices on this IEP leaves it
    // drafted for its case manager, and the rights page says it is not sent yet.
    await this.notices.send(user, { id: noticeId, version: draft.version }, meta).catch((error: unknown) => {
      if (!(error instanceof DomainError) || error.extensions.code !== ErrorCode.Forbidden) throw error;
    });
    return this.rights.rightsOf(student);
  }
}
