/**
 * The limits the API's InviteToTeamInput and team rules enforce (e-mail 320, name 120, team role 80
 * characters; a guest's access ends after today and within three years), checked in the browser first so
 * the hint comes in the reader's language without a round trip.
 */
export type InviteField = 'email' | 'displayName' | 'teamRole' | 'accessEnds';

export type InviteProblem =
  | 'emailRequired'
  | 'emailInvalid'
  | 'emailTooLong'
  | 'nameRequired'
  | 'nameTooLong'
  | 'teamRoleRequired'
  | 'teamRoleTooLong'
  | 'accessEndsInvalid'
  | 'accessEndsInPast'
  | 'accessEndsTooFar';

export interface InviteValues {
  email: string;
  displayName: string;
  teamRole: string;
  /** 'YYYY-MM-DD' from a date input, or empty. */
  accessEnds: string;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const GUEST_ACCESS_MAX_DAYS = 3 * 365;

/** The end of the chosen day where the person is, as the instant the API stores. */
export function accessEndInstant(isoDate: string): Date | null {
  if (!ISO_DATE.test(isoDate)) return null;
  const date = new Date(`${isoDate}T23:59:59`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function checkInvite(values: InviteValues, isGuest: boolean, now = new Date()): Partial<Record<InviteField, InviteProblem>> {
  const problems: Partial<Record<InviteField, InviteProblem>> = {};
  const email = values.email.trim();
  if (email.length === 0) problems.email = 'emailRequired';
  else if (email.length > 320) problems.email = 'emailTooLong';
  else if (!EMAIL_SHAPE.test(email)) problems.email = 'emailInvalid';

  const name = values.displayName.trim();
  if (name.length === 0) problems.displayName = 'nameRequired';
  else if (name.length > 120) problems.displayName = 'nameTooLong';

  const teamRole = values.teamRole.trim();
  if (teamRole.length === 0) problems.teamRole = 'teamRoleRequired';
  else if (teamRole.length > 80) problems.teamRole = 'teamRoleTooLong';

  if (isGuest && values.accessEnds) {
    const end = accessEndInstant(values.accessEnds);
    if (!end) problems.accessEnds = 'accessEndsInvalid';
    else if (end.getTime() <= now.getTime()) problems.accessEnds = 'accessEndsInPast';
    else if (end.getTime() > now.getTime() + GUEST_ACCESS_MAX_DAYS * 86_400_000) problems.accessEnds = 'accessEndsTooFar';
  }
  return problems;
}
