import { computeDeadline, stateRuleProfileFor, type IsoDate } from '@iep/domain';
import { PART_KIND_ORDER, type IepPartKind, type QualityCheckContext } from '@iep/domain/iep-content';
import type { IepFacts } from './drafting-access.service';
import type { IepPartModel } from './models/iep-part.model';

/** A part as stored at one version (DocumentContentCache's StoredPart): model name → column. */
const STORED_PART_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['id', 'id'], ['iepId', 'iep_id'], ['kind', 'kind'], ['position', 'position'], ['content', 'content'], ['version', 'version'],
  ['unchangedSinceLastYear', 'unchanged_since_copy'], ['updatedAt', 'updated_at'], ['updatedById', 'updated_by_id'],
  ['removedAt', 'removed_at'], ['createdAt', 'created_at'],
];

/** The stored part as one JSON object (`json_build_object('id', p.id, …)`), for the document's rows. */
export const STORED_PART_JSON = (alias: string) =>
  `json_build_object(${STORED_PART_FIELDS.map(([name, column]) => `'${name}', ${alias}.${column}`).join(', ')})`;

/**
 * The columns of an IepPart, named as the model names them, with the last editor's name joined in
 * (`FROM iep_parts ${PART_FROM('p')}`) and its comment-thread counts: for the single row a mutation
 * returns (the document reads its parts in another shape: see documentStatement in drafting.loader).
 */
export const PART_COLUMNS = (alias: string) => `${STORED_PART_FIELDS.map(([name, column]) => `${alias}.${column} AS "${name}"`).join(', ')},
  CASE WHEN editor.id IS NULL THEN NULL ELSE json_build_object('id', editor.id, 'displayName', editor.display_name) END AS "updatedBy",
  (SELECT json_build_object('id', a.id, 'displayName', a.display_name) FROM users a WHERE a.id = ${alias}.assignee_id) AS "assignee",
  false AS "changedSinceMyLastView",
  (SELECT count(*)::int FROM iep_comment_threads t WHERE t.iep_id = ${alias}.iep_id AND t.part_id = ${alias}.id) AS "threadCount",
  (SELECT count(*)::int FROM iep_comment_threads t WHERE t.iep_id = ${alias}.iep_id AND t.part_id = ${alias}.id AND t.resolved_at IS NULL) AS "openThreadCount"`;
export const PART_FROM = (alias: string) => `${alias} LEFT JOIN users editor ON editor.id = ${alias}.updated_by_id`;

const KIND_RANK = new Map<string, number>(PART_KIND_ORDER.map((kind, index) => [kind, index]));

/** Document order: PART_KIND_ORDER, then position (rows arrive ordered by position already). */
export function inDocumentOrder<T extends { kind: IepPartKind; position: number }>(parts: T[]): T[] {
  return parts
    .map((part, index) => ({ part, index }))
    .sort((a, b) => KIND_RANK.get(a.part.kind)! - KIND_RANK.get(b.part.kind)! || a.part.position - b.part.position || a.index - b.index)
    .map(({ part }) => part);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The quality-check context of an IEP: the student's age against the state's transition age over the IEP's year. */
export function qualityContext(facts: IepFacts): QualityCheckContext {
  const from = (facts.startDate ?? facts.meetingDate ?? today()) as IsoDate;
  const profile = stateRuleProfileFor(facts.ruleProfile);
  return {
    studentDateOfBirth: facts.dateOfBirth,
    transitionAge: profile.transitionAge,
    ageOfMajority: profile.ageOfMajority,
    // In force until its annual review is due, by the profile's own rule.
    coversUntil: facts.annualReviewDue ?? computeDeadline('ANNUAL_REVIEW', { date: from }, null, profile).dueDate,
    iepKind: facts.kind,
  };
}

export type PartRow = IepPartModel;
