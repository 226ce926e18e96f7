// The parent's decision on a proposed IEP (34 CFR 300.300(b), 300.503): what it must say before it is signed.
// The review form checks it before the signing step, and the API refuses the same on its own.

export type ParentDecisionKind = 'CONSENT' | 'CONSENT_WITH_EXCEPTIONS' | 'DECLINE';

export const PARENT_DECISION_LIMITS = { reasonLength: 4000 } as const;

interface ParentDecisionInput {
  decision: ParentDecisionKind;
  exceptedPartIds: readonly string[];
  reasons: readonly string[];
}

export type ParentDecisionProblem =
  | { field: 'reasons'; reason: 'REASONS_REQUIRED' }
  | { field: 'exceptedPartIds'; reason: 'EXCEPTIONS_REQUIRED' };

/** The reasons as they are kept: trimmed, the blank ones dropped. */
export function decisionReasons(reasons: readonly string[]): string[] {
  return reasons.map((reason) => reason.trim()).filter(Boolean);
}

/**
 * A decline says why, so the team can answer it; a consent with exceptions names the items it leaves out,
 * since those go back to the team as an amendment.
 */
export function parentDecisionProblem(input: ParentDecisionInput): ParentDecisionProblem | null {
  if (input.decision === 'DECLINE' && decisionReasons(input.reasons).length === 0) return { field: 'reasons', reason: 'REASONS_REQUIRED' };
  if (input.decision === 'CONSENT_WITH_EXCEPTIONS' && input.exceptedPartIds.length === 0) return { field: 'exceptedPartIds', reason: 'EXCEPTIONS_REQUIRED' };
  return null;
}
