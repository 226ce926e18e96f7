import type { IepEntity } from './iep.entity';

/** An IEP as a read answers it: the entity's fields, plus its case manager's name and the student's first name joined in. */
export type LoadedIep = IepEntity & { caseManager: { id: string; displayName: string } | null; studentFirstName: string };

/** The columns of a `LoadedIep` over `ieps i JOIN students s`, so the IEP queries and the student list read IEPs alike. */
export const IEP_SQL = `
  SELECT i.id, i.student_id AS "studentId", i.kind, i.status, i.case_manager_id AS "caseManagerId",
         to_char(i.meeting_date, 'YYYY-MM-DD') AS "meetingDate", to_char(i.start_date, 'YYYY-MM-DD') AS "startDate",
         to_char(i.annual_review_due, 'YYYY-MM-DD') AS "annualReviewDue", i.shared_with_family_at AS "sharedWithFamilyAt",
         i.derived_from_iep_id AS "derivedFromIepId", i.version, i.created_at AS "createdAt", i.updated_at AS "updatedAt",
         s.first_name AS "studentFirstName",
         CASE WHEN cm.id IS NULL THEN NULL ELSE json_build_object('id', cm.id, 'displayName', cm.display_name) END AS "caseManager"
    FROM ieps i JOIN students s ON s.id = i.student_id LEFT JOIN users cm ON cm.id = i.case_manager_id`;

/** A `LoadedIep` as `json_agg` writes it: the timestamps are ISO strings there. */
export type LoadedIepJson = Omit<LoadedIep, 'createdAt' | 'updatedAt' | 'sharedWithFamilyAt'> & {
  createdAt: string; updatedAt: string; sharedWithFamilyAt: string | null;
};

export function iepFromJson(row: LoadedIepJson): LoadedIep {
  return {
    ...row,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
    sharedWithFamilyAt: row.sharedWithFamilyAt === null ? null : new Date(row.sharedWithFamilyAt),
  } as LoadedIep;
}
