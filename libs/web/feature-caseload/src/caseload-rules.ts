/** Who has a caseload of their own (the API's READ_OWN_CASELOAD). */
export function hasOwnCaseload(role: string | undefined): boolean {
  return role === 'SPECIAL_EDUCATION_TEACHER' || role === 'SPECIALIST' || role === 'GENERAL_EDUCATION_TEACHER';
}

/** Who puts students on caseloads and moves them (the API's MANAGE_CASELOAD). */
export function managesCaseloads(role: string | undefined): boolean {
  return role === 'DISTRICT_REPRESENTATIVE' || role === 'DISTRICT_ADMIN';
}

/** Rights holders and district staff may read a student's access record (34 CFR 300.614). */
export function readsAccessRecord(role: string | undefined): boolean {
  return role === 'PARENT' || role === 'DISTRICT_REPRESENTATIVE' || role === 'DISTRICT_ADMIN';
}

/** A deadline's status as the list shows it: overdue ones stand out, due this week warns. */
export function deadlineColor(status: string): string {
  if (status === 'OVERDUE') return 'red';
  if (status === 'DUE_THIS_WEEK') return 'orange';
  if (status === 'MET_LATE') return 'yellow';
  if (status === 'MET_ON_TIME') return 'green';
  if (status === 'CLOSED') return 'gray';
  return 'blue';
}
