import { DISTRICT_WIDE_ROLES, IepAction, policyClauses, STANDING_FACTS, UserRole, type PolicyClause, type StandingFact } from '@iep/domain';
import type { AuthUser } from '@iep/api/core';

/**
 * Each relationship of the access policy (libs/domain `IEP_POLICY`) as SQL over aliases `i` (ieps),
 * `s` (students) and, for a part, `p` (iep_parts), with parameters $2 user id, $3 role, $4 district id and
 * $5 the district-wide roles (`iepVisibilityParams`). The standing read and every generated condition
 * use these and nothing else, so the SQL and the pure policy cannot say different things.
 */
const STANDING_FACT_SQL: Readonly<Record<StandingFact, string>> = {
  onTeam: `EXISTS (SELECT 1 FROM iep_team_members m WHERE m.iep_id = i.id AND m.user_id = $2::uuid
             AND (m.expires_at IS NULL OR m.expires_at > now()))`,
  caseManager: `i.case_manager_id = $2::uuid`,
  districtRep: `($3::text = '${UserRole.DistrictRepresentative}' AND s.district_id = $4::uuid)`,
  districtStaff: `($3::text = ANY($5::text[]) AND s.district_id = $4::uuid)`,
  guardian: `EXISTS (SELECT 1 FROM guardianships g WHERE g.student_id = s.id AND g.user_id = $2::uuid)`,
  rightsHolder: `EXISTS (SELECT 1 FROM guardianships g WHERE g.student_id = s.id AND g.user_id = $2::uuid AND g.rights_holder)`,
  sharedWithFamily: `i.shared_with_family_at IS NOT NULL`,
  partAssignee: `p.assignee_id = $2::uuid`,
};

function literalList(values: readonly string[]): string {
  return values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');
}

/** Facts read by a subquery: PostgreSQL evaluates OR and AND arguments in the order written, so they go last. */
const SUBQUERY_FACTS: ReadonlySet<StandingFact> = new Set(['onTeam', 'guardian', 'rightsHolder']);
const bySubqueries = (a: { subqueries: number }, b: { subqueries: number }) => a.subqueries - b.subqueries;

function clauseSql(clause: PolicyClause, withPart: boolean): { sql: string; subqueries: number } {
  const terms: string[] = [];
  if (clause.roles) terms.push(`$3::text IN (${literalList(clause.roles)})`);
  if (clause.statuses) terms.push(`i.status::text IN (${literalList(clause.statuses)})`);
  const facts = clause.facts.map((fact) => ({ fact, subqueries: SUBQUERY_FACTS.has(fact) ? 1 : 0 })).sort(bySubqueries);
  for (const { fact } of facts) terms.push(fact === 'partAssignee' && !withPart ? 'false' : STANDING_FACT_SQL[fact]);
  return { sql: terms.length === 0 ? 'true' : `(${terms.join(' AND ')})`, subqueries: facts.filter((f) => f.subqueries).length };
}

/**
 * The condition under which the caller may take `action` on IEP `i`, generated from the domain's table
 * (READ folded in). `withPart`: the statement has the part as alias `p`, so an assignment counts.
 * Clauses without a subquery come first, so a district's staff or an IEP's case manager is decided by a
 * column comparison before any membership lookup runs (1,000 lookups per page of a district's students).
 */
export function iepPolicySql(action: IepAction, options: { withPart?: boolean } = {}): string {
  const clauses = policyClauses(action).map((clause) => clauseSql(clause, options.withPart ?? false)).sort(bySubqueries);
  return clauses.length === 0 ? 'false' : `(${clauses.map((clause) => clause.sql).join('\n   OR ')})`;
}

/**
 * The caller's standing on IEP `i` (an `IepStanding`) as one json column expression over `i` and `s`
 * (and `p` if `withPart`): `SELECT …, ${standingSql()} AS standing`.
 */
export function standingSql(options: { withPart?: boolean } = {}): string {
  const facts = STANDING_FACTS.map((fact) => `'${fact}', ${fact === 'partAssignee' && !options.withPart ? 'false' : STANDING_FACT_SQL[fact]}`);
  return `json_build_object('role', $3::text, 'status', i.status, ${facts.join(',\n    ')})`;
}

export const DISTRICT_ROLES = [...DISTRICT_WIDE_ROLES];

/** The parameters $2–$5 every condition above reads. */
export function iepVisibilityParams(user: Pick<AuthUser, 'id' | 'role' | 'districtId'>): [string, string, string | null, string[]] {
  return [user.id, user.role, user.districtId, DISTRICT_ROLES];
}

/** READ of the policy as a condition on `i` and `s` (parameters as `iepVisibilityParams`). */
export function iepVisibleCondition(): string {
  return IEP_VISIBLE_SQL;
}
const IEP_VISIBLE_SQL = iepPolicySql(IepAction.Read);
