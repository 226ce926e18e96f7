import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Why an invitation link no longer works: the API's `reason` extension, explained in the reader's language. */
export type InvitationClosedReason = 'UNKNOWN' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED' | 'ACCOUNT_INACTIVE';

const REASONS: readonly string[] = ['UNKNOWN', 'ACCEPTED', 'REVOKED', 'EXPIRED', 'ACCOUNT_INACTIVE'] satisfies InvitationClosedReason[];

export function invitationClosedReason(error: unknown): InvitationClosedReason | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const reason = error.errors[0]?.extensions?.['reason'];
  return typeof reason === 'string' && REASONS.includes(reason) ? (reason as InvitationClosedReason) : null;
}
