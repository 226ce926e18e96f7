import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditService, type AuditEntry } from '@iep/api/audit';
import { badInput, conflict, isUuid } from '@iep/api/core';
import { UserRole } from '@iep/domain';
import { containsPattern, decodeCursor, encodeCursor } from './cursor';
import { DistrictScope, NotInDistrict, type Actor } from './district-scope.service';
import { duplicateEmail } from './district-users.service';
import type { AddGuardianInput, CreateStudentInput, DistrictStudentsArgs, SetGuardianRightsInput, UpdateStudentInput } from './dto/district-student.input';
import type { DistrictStudentModel, DistrictStudentPageModel } from './models/district-student.model';

// to_char: a DATE read through node-postgres becomes a local-time Date, which can shift the day.
const COLUMNS = `s.id, s.first_name AS "firstName", s.last_name AS "lastName",
  to_char(s.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", s.grade, s.school_id AS "schoolId"`;

type StudentRow = DistrictStudentModel & { lastKey?: string; firstKey?: string };
type StudentField = 'firstName' | 'lastName' | 'dateOfBirth' | 'grade' | 'schoolId';

@Injectable()
export class DistrictStudentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly scope: DistrictScope,
  ) {}

  async list(actor: Actor, { search, schoolId, first, after }: DistrictStudentsArgs): Promise<DistrictStudentPageModel> {
    const params: unknown[] = [actor.districtId];
    // A student a full roster import no longer lists is deactivated: kept, with every record, but off the lists.
    const where = ['s.district_id = $1', 's.active'];
    if (schoolId) {
      if (!isUuid(schoolId)) {
        throw badInput({ en: 'Choose a school from the list.', es: 'Elija una escuela de la lista.' }, { field: 'schoolId' });
      }
      where.push(`s.school_id = $${params.push(schoolId)}::uuid`);
    }
    if (search?.trim()) {
      const n = params.push(containsPattern(search));
      where.push(`(s.first_name || ' ' || s.last_name ILIKE $${n} OR s.last_name || ', ' || s.first_name ILIKE $${n})`);
    }
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM students s WHERE ${where.join(' AND ')}`, params);
    if (after) {
      const [lastKey, firstKey, id] = decodeCursor(after, 3);
      where.push(`(lower(s.last_name), lower(s.first_name), s.id) > ($${params.push(lastKey)}, $${params.push(firstKey)}, $${params.push(id)}::uuid)`);
    }
    const rows: StudentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, lower(s.last_name) AS "lastKey", lower(s.first_name) AS "firstKey"
         FROM students s WHERE ${where.join(' AND ')}
        ORDER BY lower(s.last_name), lower(s.first_name), s.id LIMIT $${params.push(first + 1)}`,
      params,
    );
    const nodes = rows.slice(0, first);
    const base = this.scope.entryBase(actor);
    // One row for the page, naming every student on it.
    if (nodes.length > 0) {
      await this.audit.record({ event: AuditEvent.StudentsListed, ...base, studentIds: nodes.map((row) => row.id), data: { list: 'DISTRICT_STUDENTS' } });
    }
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount: count,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor([last.lastKey!, last.firstKey!, last.id]) : null,
    };
  }

  create(actor: Actor, input: CreateStudentInput): Promise<DistrictStudentModel> {
    return this.scope.guard(actor, 'createStudent', () =>
      this.dataSource.transaction(async (m) => {
        await this.requireSchool(m, actor, input.schoolId);
        const [student]: StudentRow[] = await m.query(
          `INSERT INTO students AS s (district_id, school_id, first_name, last_name, date_of_birth, grade)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
          [actor.districtId, input.schoolId, input.firstName.trim(), input.lastName.trim(), input.dateOfBirth, input.grade],
        );
        await this.audit.record(
          { event: AuditEvent.StudentCreated, ...this.scope.entryBase(actor), studentId: student.id, data: { schoolId: input.schoolId } }, m);
        return student;
      }),
    );
  }

  update(actor: Actor, input: UpdateStudentInput): Promise<DistrictStudentModel> {
    return this.scope.guard(actor, 'updateStudent', () =>
      this.dataSource.transaction(async (m) => {
        const current = await this.lockStudent(m, actor, input.id);
        const wanted: Record<StudentField, string | undefined> = {
          firstName: input.firstName?.trim(),
          lastName: input.lastName?.trim(),
          dateOfBirth: input.dateOfBirth ?? undefined,
          grade: input.grade ?? undefined,
          schoolId: input.schoolId ?? undefined,
        };
        const changes = (Object.keys(wanted) as StudentField[]).filter((field) => wanted[field] && wanted[field] !== current[field]);
        if (changes.length === 0) return current;
        if (changes.includes('schoolId')) await this.requireSchool(m, actor, wanted.schoolId!);

        const column: Record<StudentField, string> = {
          firstName: 'first_name', lastName: 'last_name', dateOfBirth: 'date_of_birth', grade: 'grade', schoolId: 'school_id',
        };
        const params: unknown[] = [current.id];
        const sets = changes.map((field) => `${column[field]} = $${params.push(wanted[field])}`);
        // An UPDATE answers [rows, row count].
        const [[updated]]: [StudentRow[], number] = await m.query(`UPDATE students AS s SET ${sets.join(', ')} WHERE s.id = $1 RETURNING ${COLUMNS}`, params);
        await this.audit.record(
          { event: AuditEvent.StudentUpdated, ...this.scope.entryBase(actor), studentId: current.id, data: { fields: changes } }, m);
        return updated;
      }),
    );
  }

  /**
   * Links a family account to the student, making the account first when the address is new. All or
   * nothing: if any step fails, no account and no link remain.
   */
  addGuardian(actor: Actor, input: AddGuardianInput): Promise<DistrictStudentModel> {
    const email = input.email.trim().toLowerCase();
    return this.scope.guard(actor, 'addGuardian', () =>
      this.dataSource.transaction(async (m) => {
        const student = await this.lockStudent(m, actor, input.studentId);
        const base = this.scope.entryBase(actor);
        const entries: AuditEntry[] = [];
        const [existing]: Array<{ id: string; role: UserRole; district_id: string | null }> = await m.query(
          `SELECT id, role, district_id FROM users WHERE email = $1`, [email]);
        let userId: string;
        if (existing) {
          if (existing.role !== UserRole.Parent) {
            throw badInput(
              {
                en: 'That e-mail address belongs to a staff or guest account. A guardian needs a family account: use another address.',
                es: 'Ese correo electrónico es de una cuenta del personal o de invitado. Un padre, madre o tutor necesita una cuenta familiar: use otro correo.',
              },
              { field: 'email' },
            );
          }
          if (existing.district_id !== null && existing.district_id !== actor.districtId) {
            throw badInput(
              {
                en: 'That e-mail address belongs to an account that cannot be linked to this student. Use another address.',
                es: 'Ese correo electrónico es de una cuenta que no se puede vincular a este estudiante. Use otro correo.',
              },
              { field: 'email' },
            );
          }
          userId = existing.id;
        } else {
          const [created]: Array<{ id: string }> = await m.query(
            `INSERT INTO users (district_id, email, display_name, role, locale) VALUES ($1, $2, $3, $4::user_role, $5)
             ON CONFLICT (email) DO NOTHING RETURNING id`,
            [actor.districtId, email, input.displayName.trim(), UserRole.Parent, input.locale ?? 'en'],
          );
          // Another request made the account between our read and this insert.
          if (!created) throw duplicateEmail(email);
          userId = created.id;
          entries.push({ event: AuditEvent.UserCreated, ...base, data: { userId, email, role: UserRole.Parent } });
        }
        const relationship = input.relationship.trim();
        const linked = await m.query(
          `INSERT INTO guardianships (student_id, user_id, relationship, rights_holder) VALUES ($1, $2, $3, $4)
           ON CONFLICT (student_id, user_id) DO NOTHING RETURNING id`,
          [student.id, userId, relationship, input.rightsHolder],
        );
        if (linked.length === 0) {
          throw conflict(
            {
              en: `The account ${email} is already a guardian of ${student.firstName} ${student.lastName}.`,
              es: `La cuenta ${email} ya está vinculada como padre, madre o tutor de ${student.firstName} ${student.lastName}.`,
            },
            { field: 'email' },
          );
        }
        entries.push({
          event: AuditEvent.GuardianAdded, ...base, studentId: student.id,
          data: { userId, relationship, rightsHolder: input.rightsHolder, accountCreated: !existing },
        });
        await this.audit.recordMany(entries, m);
        return student;
      }),
    );
  }

  removeGuardian(actor: Actor, studentId: string, userId: string): Promise<DistrictStudentModel> {
    return this.scope.guard(actor, 'removeGuardian', () =>
      this.dataSource.transaction(async (m) => {
        const student = await this.lockStudent(m, actor, studentId);
        const removed = isUuid(userId)
          ? await m.query(`DELETE FROM guardianships WHERE student_id = $1 AND user_id = $2 RETURNING id`, [student.id, userId])
          : [[], 0];
        if (removed[1] === 0) throw new NotInDistrict('That guardian');
        await this.audit.record(
          { event: AuditEvent.GuardianRemoved, ...this.scope.entryBase(actor), studentId: student.id, data: { userId } }, m);
        return student;
      }),
    );
  }

  /**
   * The district designates who holds a child's educational rights (34 CFR 300.30, 300.519, 300.520):
   * confirming a family member invited by the team, or recording that someone no longer holds them.
   */
  setGuardianRights(actor: Actor, input: SetGuardianRightsInput): Promise<DistrictStudentModel> {
    return this.scope.guard(actor, 'setGuardianRights', () =>
      this.dataSource.transaction(async (m) => {
        const student = await this.lockStudent(m, actor, input.studentId);
        const [current]: Array<{ rights_holder: boolean }> = isUuid(input.userId)
          ? await m.query(`SELECT rights_holder FROM guardianships WHERE student_id = $1 AND user_id = $2 FOR UPDATE`, [student.id, input.userId])
          : [];
        if (!current) throw new NotInDistrict('That guardian');
        if (current.rights_holder === input.rightsHolder) return student;
        await m.query(`UPDATE guardianships SET rights_holder = $3 WHERE student_id = $1 AND user_id = $2`, [student.id, input.userId, input.rightsHolder]);
        await this.audit.record(
          {
            event: AuditEvent.GuardianRightsSet, ...this.scope.entryBase(actor), studentId: student.id,
            data: { userId: input.userId, rightsHolder: input.rightsHolder, previously: current.rights_holder },
          },
          m,
        );
        return student;
      }),
    );
  }

  private async lockStudent(m: EntityManager, actor: Actor, id: string): Promise<StudentRow> {
    const [row]: StudentRow[] = isUuid(id)
      ? await m.query(`SELECT ${COLUMNS} FROM students s WHERE s.id = $1 AND s.district_id = $2 FOR NO KEY UPDATE`, [id, actor.districtId])
      : [];
    if (!row) throw new NotInDistrict('That student');
    return row;
  }

  private async requireSchool(m: EntityManager, actor: Actor, schoolId: string): Promise<void> {
    const [school] = isUuid(schoolId)
      ? await m.query(`SELECT id FROM schools WHERE id = $1 AND district_id = $2`, [schoolId, actor.districtId])
      : [];
    if (!school) throw new NotInDistrict('That school');
  }
}
