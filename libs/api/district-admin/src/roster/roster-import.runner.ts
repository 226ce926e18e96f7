import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { CLOCK, LOGGER, type Clock } from '@iep/api/core';
import { RosterProblem, UserRole } from '@iep/domain';
import { readRosterBundle } from './oneroster-bundle';
import { RosterImportRepository, type RosterImportRow } from './roster-import.repository';
import { planCounts, planRosterImport } from './roster-plan';
import { emptyReport, planReport, problemReport } from './roster-report';

/** How often progress is written while a bundle is read: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_EVERY_MS = 250;

/** Problems after which the bundle's rows cannot be read at all. */
const UNREADABLE = new Set<RosterProblem>([
  RosterProblem.NotAZip, RosterProblem.MissingFile, RosterProblem.MissingHeader, RosterProblem.BadCsv, RosterProblem.UnsupportedVersion, RosterProblem.BadMode,
]);

/** A plan that turned out to have problems inside the apply's transaction: rolls it back. */
class PlanHasProblems extends Error {}

/**
 * The worker's side of a roster import: reads the stored bundle, validates every row, plans the writes
 * against the district (the dry run), and applies them in one transaction, so a bundle with any problem
 * writes nothing. The apply plans again, under a per-district lock, from the district as it is then.
 */
@Injectable()
export class RosterImportRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: RosterImportRepository,
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The dry run. Answers false when the import was not waiting for it (already taken, or done). */
  async validate(importId: string): Promise<boolean> {
    const row = await this.imports.transition(importId, ['QUEUED'], 'VALIDATING');
    if (!row) return false;
    await this.run(row, false);
    return true;
  }

  async apply(importId: string): Promise<boolean> {
    const row = await this.imports.transition(importId, ['APPLY_QUEUED'], 'APPLYING');
    if (!row) return false;
    await this.run(row, true);
    return true;
  }

  private async run(row: RosterImportRow, apply: boolean): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'iep-roster-'));
    const phase = apply ? 'APPLYING' : 'VALIDATING';
    let lastWrite = 0;
    const progress = async (share: number, force = false) => {
      const now = Date.now();
      if (!force && now - lastWrite < PROGRESS_EVERY_MS) return;
      lastWrite = now;
      await this.imports.setProgress(row.id, phase, share * 100);
    };
    let pending: Promise<void> = Promise.resolve();
    try {
      const path = join(dir, 'bundle.zip');
      await this.imports.writeBundle(row.id, path);
      const bundle = await readRosterBundle(path, (share) => {
        pending = pending.then(() => progress(share * 0.6)).catch(() => undefined);
      });
      await pending;
      // A bundle that could not be read as OneRoster stops here; row problems go on to the plan, which adds
      // the cross-file ones (unknown references, e-mail addresses in use), so that one report lists them all.
      if (bundle.problems.some((p) => UNREADABLE.has(p.problem))) {
        await this.imports.finish(row.id, 'INVALID', null, problemReport(bundle.rows, bundle.problems));
        return;
      }
      await progress(0.65, true);
      const emails = [...bundle.users.values()].map((user) => user.email).filter(Boolean);
      const options = { actorId: row.uploadedById, today: this.clock.today('UTC') };
      if (!apply) {
        const result = planRosterImport(bundle, await this.imports.snapshot(this.dataSource.manager, row.districtId, emails), options);
        if (result.problems.length) await this.imports.finish(row.id, 'INVALID', result.mode, problemReport(bundle.rows, result.problems));
        else await this.imports.finish(row.id, 'VALIDATED', result.mode, planReport(bundle.rows, result.plan));
        return;
      }
      const actor = await this.dataSource.query(`SELECT applied_by_id FROM roster_imports WHERE id = $1`, [row.id]);
      const appliedBy: string = actor[0]?.applied_by_id ?? row.uploadedById;
      try {
        await this.dataSource.transaction(async (m) => {
          // One import of a district at a time: the second plans from what the first wrote.
          await m.query(`SELECT pg_advisory_xact_lock(hashtext('roster-import:' || $1::text))`, [row.districtId]);
          const result = planRosterImport(bundle, await this.imports.snapshot(m, row.districtId, emails), { ...options, actorId: appliedBy });
          if (result.problems.length) {
            await this.imports.finish(row.id, 'INVALID', result.mode, problemReport(bundle.rows, result.problems));
            throw new PlanHasProblems();
          }
          const batches = Math.max(1, Math.ceil(
            [result.plan.schools, result.plan.users, result.plan.students].reduce((sum, kind) => sum + kind.create.length + kind.update.length + kind.deactivate.length, 0)
              / 5000) + 8);
          let done = 0;
          const studentIds = await this.imports.apply(m, row.districtId, result.plan, () => progress(0.65 + (0.35 * ++done) / batches));
          await this.audit.record({
            event: AuditEvent.RosterImportApplied, actorId: appliedBy, actorRole: UserRole.DistrictAdmin, ip: null, userAgent: null,
            studentIds, data: { importId: row.id, mode: result.mode, counts: planCounts(result.plan) },
          }, m);
          await this.imports.finish(row.id, 'APPLIED', result.mode, planReport(bundle.rows, result.plan), m);
        });
      } catch (error) {
        // The transaction rolled back; the INVALID report was written outside it and stays.
        if (!(error instanceof PlanHasProblems)) throw error;
      }
    } catch (error) {
      this.logger.error({ err: error, importId: row.id }, 'roster import failed');
      await this.imports.finish(row.id, 'FAILED', null, emptyReport({ failure: 'UNEXPECTED' })).catch(() => undefined);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
