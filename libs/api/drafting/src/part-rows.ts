import { addDays, addYears, getStateRuleProfile, IDEA_PROFILE, type StateRuleProfile } from '@iep/domain';
import { PART_KIND_ORDER, type IepPartKind, type QualityCheckContext } from '@iep/domain/iep-content';
import type { IepFacts } from './drafting-access.service';
import type { IepPartModel } from './models/iep-part.model';

/**
 * The columns of an IepPart, named as the model names them, with the last editor's name joined in
 * (`FROM iep_parts ${PART_FROM('p')}`) and its comment-thread counts: for the single row a mutation
 * returns (the document reads its parts in another shape: see documentStatement in drafting.loader).
 */
export const PART_COLUMNS = (alias: string) => `${alias}.id, ${alias}.iep_id AS "iepId", ${alias}.kind, ${alias}.position,
  ${alias}.content, ${alias}.version, ${alias}.unchanged_since_copy AS "unchangedSinceLastYear", ${alias}.updated_at AS "updatedAt",
  ${alias}.updated_by_id AS "updatedById", ${alias}.removed_at AS "removedAt",
  CASE WHEN editor.id IS NULL THEN NULL ELSE json_build_object('id', editor.id, 'displayName', editor.display_name) END AS "updatedBy",
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

function profileOf(stateCode: string): StateRuleProfile {
  try {
    return getStateRuleProfile(stateCode);
  } catch {
    return IDEA_PROFILE;
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The quality-check context of an IEP: the student's age against the state's transition age over the IEP's year. */
export function qualityContext(facts: IepFacts): QualityCheckContext {
  const from = facts.startDate ?? facts.meetingDate ?? today();
  return {
    studentDateOfBirth: facts.dateOfBirth,
    transitionAge: profileOf(facts.stateCode).transitionAge,
    coversUntil: facts.annualReviewDue ?? addDays(addYears(from, 1), -1),
    iepKind: facts.kind,
  };
}

export type PartRow = IepPartModel;
