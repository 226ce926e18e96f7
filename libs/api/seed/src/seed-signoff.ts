import type { EntityManager } from 'typeorm';
import type { Sealer } from '@iep/api/core';
import { freezeSeededVersion } from '@iep/api/signoff';
import { emptyPartContent, IepPartKind } from '@iep/domain/iep-content';
import { DEMO_IEPS, DEMO_STUDENTS, DEMO_USERS, OTHER_DISTRICT } from './demo-district';
import { demoPartId } from './seed-drafting';

const iepId = (n: string) => `00000000-0000-4000-8000-000000000${n}`;

/** Leo's initial IEP (parent@) and Sofía's amendment (padre@, Spanish), both waiting for the parent's decision. */
export const DEMO_SIGNOFF = {
  leoProposedIepId: iepId('403'),
  sofiaAmendmentIepId: iepId('408'),
  sofiaActiveIepId: iepId('405'),
} as const;

const U = DEMO_USERS;

/**
 * The sign-off journeys' data: Leo's proposed initial IEP gets a goal and a service, Sofía gets an
 * amendment of her active IEP (one more service), and every seeded IEP past the draft stage is frozen
 * as version 1. Runs last, after every part is seeded, because a frozen IEP's parts can no longer
 * change. Idempotent: fixed ids.
 */
export async function seedDemoSignoff(m: EntityManager, sealer: Sealer): Promise<void> {
  const leo = DEMO_SIGNOFF.leoProposedIepId;
  const leoGoal = demoPartId(leo, 100);
  await insertParts(m, leo, U.caseManager2.id, [
    {
      id: leoGoal, kind: IepPartKind.Goal, position: 0,
      content: {
        ...emptyPartContent(IepPartKind.Goal), area: 'Math fact fluency', annualGoal: 'Leo will recall multiplication facts to 10 × 10 fluently.',
        baseline: '22 facts correct in 2 minutes (grade 7 fall probe).', target: '60 facts correct in 2 minutes.',
        criteria: '3 consecutive weekly probes at or above 60.', measurementMethod: 'Timed curriculum-based probes.',
        reportingSchedule: 'With each report card.',
      },
    },
    {
      id: demoPartId(leo, 200), kind: IepPartKind.Service, position: 0,
      content: {
        ...emptyPartContent(IepPartKind.Service), category: 'SPECIAL_EDUCATION', description: 'Math intervention in a small group',
        providerRole: 'Special education teacher', minutes: 40, frequency: 'WEEKLY', location: 'Learning center',
        startDate: '2026-12-07', endDate: '2027-11-17', goalIds: [leoGoal],
      },
    },
  ]);

  const sofia = DEMO_SIGNOFF.sofiaAmendmentIepId;
  const [existing] = await m.query(`SELECT 1 FROM ieps WHERE id = $1`, [sofia]);
  const [openIep] = await m.query(`SELECT 1 FROM ieps WHERE student_id = $1 AND status IN ('DRAFT', 'PROPOSED') AND id <> $2`, [DEMO_STUDENTS.sofia.id, sofia]);
  if (!existing && !openIep) {
    // Created as a draft so that its parts can be written, then proposed.
    await m.query(
      `INSERT INTO ieps (id, student_id, kind, status, case_manager_id, meeting_date, derived_from_iep_id, shared_with_family_at)
       VALUES ($1, $2, 'AMENDMENT', 'DRAFT', $3, '2026-11-16', $4, now())`,
      [sofia, DEMO_STUDENTS.sofia.id, U.caseManager2.id, DEMO_SIGNOFF.sofiaActiveIepId],
    );
    await m.query(
      `INSERT INTO iep_team_members (iep_id, user_id, team_role)
       SELECT $1, user_id, team_role FROM iep_team_members WHERE iep_id = $2 ON CONFLICT (iep_id, user_id) DO NOTHING`,
      [sofia, DEMO_SIGNOFF.sofiaActiveIepId],
    );
    const source: Array<{ id: string; kind: IepPartKind; position: number; content: Record<string, unknown> }> = await m.query(
      `SELECT id, kind, position, content FROM iep_parts WHERE iep_id = $1 AND removed_at IS NULL ORDER BY kind, position, id`,
      [DEMO_SIGNOFF.sofiaActiveIepId],
    );
    const ids = new Map(source.map((part, index) => [part.id, demoPartId(sofia, index + 1)]));
    const copies = source.map((part) => ({
      id: ids.get(part.id)!, kind: part.kind, position: part.position, copiedFrom: part.id,
      content: part.kind === IepPartKind.Service && Array.isArray(part.content.goalIds)
        ? { ...part.content, goalIds: (part.content.goalIds as string[]).map((goal) => ids.get(goal)).filter(Boolean) }
        : part.content,
    }));
    const goalCopy = copies.find((part) => part.kind === IepPartKind.Goal);
    await insertParts(m, sofia, U.caseManager2.id, [
      ...copies,
      {
        id: demoPartId(sofia, 200), kind: IepPartKind.Service, position: 1,
        content: {
          ...emptyPartContent(IepPartKind.Service), category: 'SUPPLEMENTARY_AID', description: 'Speech-to-text software for essays and long assignments',
          providerRole: 'Assistive technology specialist', minutes: 60, frequency: 'DAILY', location: 'All classes',
          startDate: '2026-12-01', endDate: '2027-03-01', goalIds: goalCopy ? [goalCopy.id] : [],
        },
      },
    ]);
    await m.query(`UPDATE ieps SET status = 'PROPOSED' WHERE id = $1`, [sofia]);
  }
  // Every seeded IEP past the draft stage gets its version 1, so that each can be printed and verified.
  for (const seeded of [...DEMO_IEPS, { id: sofia, caseManagerId: U.caseManager2.id }]) {
    await freezeSeededVersion(m, sealer, seeded.id, seeded.caseManagerId);
  }
  await freezeSeededVersion(m, sealer, OTHER_DISTRICT.iep.id, OTHER_DISTRICT.users.caseManager.id);
}

/** Inserts seeded parts with their first revision; parts already present are left alone. */
export async function insertParts(
  m: EntityManager,
  iep: string,
  author: string,
  parts: Array<{ id: string; kind: IepPartKind; position: number; content: Record<string, unknown>; copiedFrom?: string }>,
): Promise<void> {
  await m.query(
    `WITH p AS (
       INSERT INTO iep_parts (id, iep_id, kind, position, content, copied_from_part_id, unchanged_since_copy, created_by_id, updated_by_id)
       SELECT r.id, $2, r.kind, r.position, r.content, r.copied_from, r.copied_from IS NOT NULL, $3, $3
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, kind text, position int, content jsonb, copied_from uuid)
       ON CONFLICT DO NOTHING
       RETURNING id, iep_id, content, copied_from_part_id)
     INSERT INTO iep_part_revisions (part_id, iep_id, version, content, change, author_id)
     SELECT id, iep_id, 1, content, CASE WHEN copied_from_part_id IS NULL THEN 'CREATED' ELSE 'COPIED' END, $3 FROM p
     ON CONFLICT (part_id, version) DO NOTHING`,
    [JSON.stringify(parts.map((p) => ({ id: p.id, kind: p.kind, position: p.position, content: p.content, copied_from: p.copiedFrom ?? null }))), iep, author],
  );
}
