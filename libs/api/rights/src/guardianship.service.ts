import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, conflict, forbidden, type AuthUser, type RequestMeta } from '@iep/api/core';
import type { RecordAdultGuardianshipInput } from './dto/rights.inputs';
import type { StudentRightsModel } from './models/student-rights.model';
import { NOT_RECORDER } from './safeguards.messages';
import { SafeguardsService } from './safeguards.service';

/**
 * A guardianship of the adult student (34 CFR 300.520(b)): a court found the student unable to make educational
 * decisions, so the rights do not pass at majority, or return to the guardians on record if they had passed.
 */
@Injectable()
export class AdultGuardianshipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rights: SafeguardsService,
    private readonly audit: AuditService,
  ) {}

  async record(user: AuthUser, input: RecordAdultGuardianshipInput, meta: RequestMeta): Promise<StudentRightsModel> {
    const student = await this.rights.student(user, input.studentId, meta, 'recordAdultGuardianship');
    if (!student.mayRecord) {
      await this.audit.recordDenial(user, meta, 'recordAdultGuardianship', 'NOT_CASE_MANAGER');
      throw forbidden(NOT_RECORDER);
    }
    const note = input.note.trim();
    if (!note) throw badInput({ en: 'Name the court order the guardianship rests on.', es: 'Indique la orden judicial en la que se basa la tutela.' }, { field: 'note' });
    await this.dataSource.transaction(async (m) => {
      const [[updated]]: [Array<{ id: string; userId: string | null }>, number] = await m.query(
        `UPDATE students SET adult_guardianship_on = $2, adult_guardianship_note = $3 WHERE id = $1 AND adult_guardianship_on IS NULL
         RETURNING id, user_id AS "userId"`,
        [student.id, student.today, note],
      );
      if (!updated) {
        throw conflict({ en: 'A guardianship is already recorded for this student.', es: 'Ya hay una tutela registrada para este estudiante.' }, { reason: 'ALREADY_RECORDED' });
      }
      // The guardians on record hold the rights again; the student's own account, if it held them, no longer does.
      await m.query(`UPDATE guardianships SET rights_holder = (user_id IS DISTINCT FROM $2::uuid) WHERE student_id = $1`, [student.id, updated.userId]);
      await this.audit.record(
        {
          event: AuditEvent.AdultGuardianshipRecorded, actorId: user.id, actorRole: user.role, studentId: student.id, ip: meta.ip, userAgent: meta.userAgent,
          data: { recordedOn: student.today, note },
        },
        m,
      );
    });
    return this.rights.rightsOf(await this.rights.student(user, student.id, meta, 'recordAdultGuardianship'));
  }
}
