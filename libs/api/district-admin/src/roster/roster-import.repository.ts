import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { DataSource, EntityManager } from 'typeorm';
import type { UserRole } from '@iep/domain';
import type { DistrictSnapshot, RosterPlan } from './roster-plan';
import type { RosterImportReport } from './roster-report';

export type RosterImportStatus =
  | 'UPLOADING' | 'QUEUED' | 'VALIDATING' | 'VALIDATED' | 'INVALID' | 'APPLY_QUEUED' | 'APPLYING' | 'APPLIED' | 'FAILED';

export interface RosterImportRow {
  id: string;
  districtId: string;
  uploadedById: string;
  fileName: string;
  byteSize: number;
  status: RosterImportStatus;
  mode: 'BULK' | 'DELTA' | null;
  phase: string | null;
  progress: number;
  report: RosterImportReport | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const COLUMNS = `id, district_id AS "districtId", uploaded_by_id AS "uploadedById", file_name AS "fileName", byte_size::float8 AS "byteSize",
  status, mode, phase, progress, report, created_at AS "createdAt", finished_at AS "finishedAt"`;

/** Rows per statement when applying: large enough to be fast, small enough for the statement timeout. */
const BATCH = 5000;

/** The SQL of roster imports: the stored upload, its status and report, and the writes of an apply. */
@Injectable()
export class RosterImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(districtId: string, userId: string, fileName: string): Promise<string> {
    const [row]: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO roster_imports (district_id, uploaded_by_id, file_name) VALUES ($1, $2, $3) RETURNING id`, [districtId, userId, fileName]);
    return row.id;
  }

  async appendChunk(id: string, seq: number, bytes: Buffer): Promise<void> {
    await this.dataSource.query(`INSERT INTO roster_import_chunks (import_id, seq, bytes) VALUES ($1, $2, $3)`, [id, seq, bytes]);
  }

  /** The upload is complete: the worker may take it. */
  async markUploaded(id: string, byteSize: number): Promise<void> {
    await this.dataSource.query(`UPDATE roster_imports SET status = 'QUEUED', byte_size = $2, updated_at = now() WHERE id = $1 AND status = 'UPLOADING'`, [id, byteSize]);
  }

  /** An upload that stopped half-way (too large, not a ZIP, the connection dropped): nothing of it is kept. */
  async discardUpload(id: string, report: RosterImportReport): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.query(`DELETE FROM roster_import_chunks WHERE import_id = $1`, [id]);
      await m.query(`UPDATE roster_imports SET status = 'INVALID', report = $2, finished_at = now(), updated_at = now() WHERE id = $1`, [id, report]);
    });
  }

  async find(districtId: string, id: string): Promise<RosterImportRow | null> {
    const [row]: RosterImportRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM roster_imports WHERE id = $1 AND district_id = $2`, [id, districtId]);
    return row ?? null;
  }

  async findById(id: string): Promise<RosterImportRow | null> {
    const [row]: RosterImportRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM roster_imports WHERE id = $1`, [id]);
    return row ?? null;
  }

  list(districtId: string, limit: number): Promise<RosterImportRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM roster_imports WHERE district_id = $1 ORDER BY created_at DESC, id LIMIT $2`, [districtId, limit]);
  }

  /** Moves an import from one of `from` to `to`; null when it was in none of them (another worker has it, or it is done). */
  async transition(id: string, from: RosterImportStatus[], to: RosterImportStatus, extra: { appliedById?: string; districtId?: string } = {}): Promise<RosterImportRow | null> {
    const [[row]]: [RosterImportRow[], number] = await this.dataSource.query(
      `UPDATE roster_imports SET status = $3, phase = NULL, progress = 0, updated_at = now(), applied_by_id = coalesce($4, applied_by_id)
        WHERE id = $1 AND status = ANY($2::text[]) AND ($5::uuid IS NULL OR district_id = $5) RETURNING ${COLUMNS}`,
      [id, from, to, extra.appliedById ?? null, extra.districtId ?? null],
    );
    return row ?? null;
  }

  async setProgress(id: string, phase: string, progress: number): Promise<void> {
    await this.dataSource.query(`UPDATE roster_imports SET phase = $2, progress = $3, updated_at = now() WHERE id = $1`, [id, phase, Math.round(progress)]);
  }

  /** The outcome; an import that is finished for good no longer needs its bundle. */
  async finish(id: string, status: RosterImportStatus, mode: 'BULK' | 'DELTA' | null, report: RosterImportReport, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `UPDATE roster_imports SET status = $2, mode = $3, report = $4, progress = 100, phase = NULL, updated_at = now(),
              finished_at = CASE WHEN $2 IN ('APPLIED', 'INVALID', 'FAILED') THEN now() END
        WHERE id = $1`,
      [id, status, mode, report],
    );
    if (['APPLIED', 'INVALID'].includes(status)) await manager.query(`DELETE FROM roster_import_chunks WHERE import_id = $1`, [id]);
  }

  /** Imports waiting for the worker whose job Redis may have lost (older than a minute). */
  async waiting(): Promise<Array<{ id: string; status: RosterImportStatus }>> {
    return this.dataSource.query(
      `SELECT id, status FROM roster_imports WHERE status IN ('QUEUED', 'APPLY_QUEUED') AND updated_at < now() - interval '1 minute' ORDER BY created_at LIMIT 100`);
  }

  /** Writes the stored bundle to `path`, one chunk at a time (never the whole bundle in memory). */
  async writeBundle(id: string, path: string): Promise<void> {
    const out = createWriteStream(path);
    try {
      for (let seq = 0; ; seq++) {
        const [chunk]: Array<{ bytes: Buffer }> = await this.dataSource.query(
          `SELECT bytes FROM roster_import_chunks WHERE import_id = $1 AND seq = $2`, [id, seq]);
        if (!chunk) break;
        if (!out.write(chunk.bytes)) await once(out, 'drain');
      }
    } finally {
      out.end();
      await once(out, 'close');
    }
  }

  /** The district as the import sees it; `emails` are the bundle's addresses, checked against every account. */
  async snapshot(m: EntityManager, districtId: string, emails: string[]): Promise<DistrictSnapshot> {
    const [schools, users, foreign, students, links] = await Promise.all([
      m.query(`SELECT id, sourced_id AS "sourcedId", name, active FROM schools WHERE district_id = $1`, [districtId]),
      m.query(`SELECT id, sourced_id AS "sourcedId", email, display_name AS "displayName", role, active FROM users WHERE district_id = $1`, [districtId]),
      m.query(`SELECT email FROM users WHERE email = ANY($1::text[]) AND district_id IS DISTINCT FROM $2`, [emails, districtId]),
      m.query(
        `SELECT id, sourced_id AS "sourcedId", first_name AS "firstName", last_name AS "lastName",
                to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", grade, school_id AS "schoolId", active
           FROM students WHERE district_id = $1`, [districtId]),
      m.query(
        `SELECT g.id, g.sourced_id AS "sourcedId", g.student_id AS "studentId", g.user_id AS "userId"
           FROM guardianships g JOIN students s ON s.id = g.student_id WHERE s.district_id = $1`, [districtId]),
    ]) as [DistrictSnapshot['schools'], Array<DistrictSnapshot['users'][number] & { role: UserRole }>, Array<{ email: string }>, DistrictSnapshot['students'], DistrictSnapshot['links']];
    return { schools, users, foreignEmails: new Set(foreign.map((row) => row.email)), students, links };
  }

  /**
   * Every write of the plan, inside the caller's transaction, set-based: schools first (students point at
   * them by sourcedId), then accounts, students and the links between them. Answers the ids of every
   * student written, for the audit row. `onBatch` reports progress.
   */
  async apply(m: EntityManager, districtId: string, plan: RosterPlan, onBatch: () => Promise<void>): Promise<string[]> {
    const touched: string[] = [];
    const each = async <T>(rows: T[], sql: string, toJson: (row: T) => object, collect = false) => {
      for (let i = 0; i < rows.length; i += BATCH) {
        const result = await m.query(sql, [JSON.stringify(rows.slice(i, i + BATCH).map(toJson)), districtId]);
        if (collect) touched.push(...(Array.isArray(result[0]) ? result[0] : result).map((row: { id: string }) => row.id));
        await onBatch();
      }
    };
    const ids = async (list: Array<{ id: string }>, sql: string, collect = false) =>
      each(list, `WITH r AS (SELECT (x->>'id')::uuid AS id FROM jsonb_array_elements($1::jsonb) AS x) ${sql}`, (row) => ({ id: row.id }), collect);

    await each(plan.schools.update,
      `UPDATE schools s SET sourced_id = r.sourced_id, name = r.name, active = true
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, sourced_id text, name text) WHERE s.id = r.id AND s.district_id = $2`,
      (w) => ({ id: w.id, sourced_id: w.sourcedId, name: w.name }));
    await each(plan.schools.create,
      `INSERT INTO schools (district_id, sourced_id, name) SELECT $2, r.sourced_id, r.name FROM jsonb_to_recordset($1::jsonb) AS r(sourced_id text, name text)`,
      (w) => ({ sourced_id: w.sourcedId, name: w.name }));
    await ids(plan.schools.deactivate, `UPDATE schools s SET active = false FROM r WHERE s.id = r.id AND s.district_id = $2`);

    await each(plan.users.update,
      `UPDATE users u SET sourced_id = r.sourced_id, email = r.email, display_name = r.display_name, active = r.active, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, sourced_id text, email text, display_name text, active boolean)
        WHERE u.id = r.id AND u.district_id = $2`,
      (w) => ({ id: w.id, sourced_id: w.sourcedId, email: w.email, display_name: w.displayName, active: w.active }));
    // No password: each person sets one through "Forgot your password?", as with accounts made by hand.
    await each(plan.users.create,
      `INSERT INTO users (district_id, sourced_id, email, display_name, role, specialty, locale)
       SELECT $2, r.sourced_id, r.email, r.display_name, r.role::user_role, r.specialty, 'en'
         FROM jsonb_to_recordset($1::jsonb) AS r(sourced_id text, email text, display_name text, role text, specialty text)`,
      (w) => ({ sourced_id: w.sourcedId, email: w.email, display_name: w.displayName, role: w.role, specialty: w.specialty }));
    // Deactivation ends every session at once, as deactivating by hand does.
    await ids(plan.users.deactivate,
      `, off AS (UPDATE users u SET active = false, updated_at = now() FROM r WHERE u.id = r.id AND u.district_id = $2 RETURNING u.id)
       UPDATE sessions s SET revoked_at = now() FROM off WHERE s.user_id = off.id AND s.revoked_at IS NULL`);

    await each(plan.students.update,
      `UPDATE students st SET sourced_id = r.sourced_id, first_name = r.first_name, last_name = r.last_name, date_of_birth = r.date_of_birth::date,
              grade = r.grade, active = true,
              school_id = coalesce((SELECT sc.id FROM schools sc WHERE sc.district_id = $2 AND sc.sourced_id = r.school_sourced_id), r.school_id, st.school_id)
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, sourced_id text, first_name text, last_name text, date_of_birth text, grade text,
              school_sourced_id text, school_id uuid)
        WHERE st.id = r.id AND st.district_id = $2 RETURNING st.id`,
      (w) => ({
        id: w.id, sourced_id: w.sourcedId, first_name: w.firstName, last_name: w.lastName, date_of_birth: w.dateOfBirth, grade: w.grade,
        school_sourced_id: w.schoolSourcedId, school_id: w.schoolId,
      }), true);
    await each(plan.students.create,
      `INSERT INTO students (district_id, school_id, sourced_id, first_name, last_name, date_of_birth, grade)
       SELECT $2, sc.id, r.sourced_id, r.first_name, r.last_name, r.date_of_birth::date, r.grade
         FROM jsonb_to_recordset($1::jsonb) AS r(sourced_id text, first_name text, last_name text, date_of_birth text, grade text, school_sourced_id text)
         JOIN schools sc ON sc.district_id = $2 AND sc.sourced_id = r.school_sourced_id
       RETURNING id`,
      (w) => ({ sourced_id: w.sourcedId, first_name: w.firstName, last_name: w.lastName, date_of_birth: w.dateOfBirth, grade: w.grade, school_sourced_id: w.schoolSourcedId }),
      true);
    await ids(plan.students.deactivate, `UPDATE students st SET active = false FROM r WHERE st.id = r.id AND st.district_id = $2 RETURNING st.id`, true);

    await each(plan.links.create,
      `INSERT INTO guardianships (student_id, user_id, relationship, rights_holder, sourced_id)
       SELECT st.id, u.id, r.relationship, r.rights_holder, r.sourced_id
         FROM jsonb_to_recordset($1::jsonb) AS r(sourced_id text, student_sourced_id text, guardian_sourced_id text, relationship text, rights_holder boolean)
         JOIN students st ON st.district_id = $2 AND st.sourced_id = r.student_sourced_id
         JOIN users u ON u.district_id = $2 AND u.sourced_id = r.guardian_sourced_id
       ON CONFLICT (student_id, user_id) DO UPDATE SET sourced_id = EXCLUDED.sourced_id`,
      (w) => ({
        sourced_id: w.sourcedId, student_sourced_id: w.studentSourcedId, guardian_sourced_id: w.guardianSourcedId,
        relationship: w.relationship, rights_holder: w.rightsHolder,
      }));
    await ids(plan.links.remove,
      `DELETE FROM guardianships g USING r, students st WHERE g.id = r.id AND st.id = g.student_id AND st.district_id = $2`);
    return [...new Set(touched)];
  }
}
