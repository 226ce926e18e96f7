import type { RosterProblem } from '@iep/domain';
import type { BundleProblem } from './oneroster-bundle';
import { planCounts, type RosterAction, type RosterEntity, type RosterPlan } from './roster-plan';

/** At most this many records are named per kind of record and action; the counts cover them all. */
const LISTED_PER_KIND = 100;

export interface RosterImportReport {
  rows: number;
  problems: Array<{ file: string; line: number; column: string | null; problem: RosterProblem; value?: string }>;
  problemCount: number;
  counts: Array<{ entity: RosterEntity; created: number; updated: number; deactivated: number }>;
  changes: Array<{ entity: RosterEntity; action: RosterAction; sourcedId: string | null; name: string }>;
  changeCount: number;
  unchanged: number;
  skipped: number;
  /** Why an import stopped for a reason that is not the bundle's (e.g. the database was unreachable). */
  failure?: 'UPLOAD_TOO_LARGE' | 'NOT_A_ZIP' | 'UNEXPECTED';
}

export function emptyReport(overrides: Partial<RosterImportReport> = {}): RosterImportReport {
  return { rows: 0, problems: [], problemCount: 0, counts: [], changes: [], changeCount: 0, unchanged: 0, skipped: 0, ...overrides };
}

export function problemReport(rows: number, problems: BundleProblem[]): RosterImportReport {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return emptyReport({ rows, problems: sorted, problemCount: problems.length });
}

/** The dry run's (and the apply's) account of a plan: counts of everything, and the first records of each kind. */
export function planReport(rows: number, plan: RosterPlan): RosterImportReport {
  const changes: RosterImportReport['changes'] = [];
  const list = (entity: RosterEntity, action: RosterAction, items: Array<{ sourcedId: string | null; name?: string; displayName?: string; firstName?: string; lastName?: string }>) => {
    for (const item of items.slice(0, LISTED_PER_KIND)) {
      const name = item.displayName ?? item.name ?? `${item.firstName ?? ''} ${item.lastName ?? ''}`.trim();
      changes.push({ entity, action, sourcedId: item.sourcedId, name });
    }
  };
  list('SCHOOL', 'CREATE', plan.schools.create);
  list('SCHOOL', 'UPDATE', plan.schools.update);
  list('SCHOOL', 'DEACTIVATE', plan.schools.deactivate);
  list('STUDENT', 'CREATE', plan.students.create);
  list('STUDENT', 'UPDATE', plan.students.update);
  list('STUDENT', 'DEACTIVATE', plan.students.deactivate);
  for (const entity of ['GUARDIAN', 'STAFF'] as const) {
    list(entity, 'CREATE', plan.users.create.filter((w) => w.entity === entity));
    list(entity, 'UPDATE', plan.users.update.filter((w) => w.entity === entity));
    list(entity, 'DEACTIVATE', plan.users.deactivate.filter((w) => w.entity === entity));
  }
  list('GUARDIAN_LINK', 'CREATE', plan.links.create.map((link) => ({ sourcedId: link.sourcedId, name: link.sourcedId })));
  list('GUARDIAN_LINK', 'DEACTIVATE', plan.links.remove);
  const counts = planCounts(plan);
  return emptyReport({
    rows,
    counts,
    changes,
    changeCount: counts.reduce((sum, c) => sum + c.created + c.updated + c.deactivated, 0),
    unchanged: plan.unchanged,
    skipped: plan.skipped,
  });
}
