import type { EntityManager } from 'typeorm';
import { prepared } from '@iep/api/core';

export interface MentionablePerson {
  iepId: string;
  id: string;
  displayName: string;
  email: string;
  locale: string;
}

/**
 * Who may be mentioned on or assigned a thread of an IEP: the people who work on it — its live team
 * members (guests included), its case manager, and the student's guardians once the draft is shared with
 * the family (or it is past the draft). Active accounts only. One statement for any number of IEPs.
 */
export function mentionablePeople(manager: EntityManager, iepIds: readonly string[]): Promise<MentionablePerson[]> {
  if (iepIds.length === 0) return Promise.resolve([]);
  return manager.query(MENTIONABLE_SQL, [iepIds]);
}

/** Every comments panel sends it as it opens: a named statement (see prepared()). */
const MENTIONABLE_SQL = prepared(`WITH people AS (
       SELECT m.iep_id, m.user_id FROM iep_team_members m
        WHERE m.iep_id = ANY($1::uuid[]) AND (m.expires_at IS NULL OR m.expires_at > now())
       UNION
       SELECT i.id, i.case_manager_id FROM ieps i WHERE i.id = ANY($1::uuid[])
       UNION
       SELECT i.id, g.user_id FROM ieps i JOIN guardianships g ON g.student_id = i.student_id
        WHERE i.id = ANY($1::uuid[]) AND (i.status <> 'DRAFT' OR i.shared_with_family_at IS NOT NULL)
     )
     SELECT p.iep_id AS "iepId", u.id, u.display_name AS "displayName", u.email, u.locale
       FROM people p JOIN users u ON u.id = p.user_id
      WHERE u.active
      ORDER BY u.display_name, u.id`);
