import { CombinedGraphQLErrors } from '@apollo/client/errors';

export type QualityIssueDetail = {
  id: string;
  code: string;
  severity: 'ERROR' | 'WARNING';
  partId?: string | null;
  message: string;
};
export type ProblemDetail = { path: string; message: string };

/** What the API tells about a refusal, beyond its code: which field, which rule, which issues. */
export type SignoffErrorDetail = {
  code?: string;
  reason?: string;
  field?: string;
  issues: QualityIssueDetail[];
  problems: ProblemDetail[];
  currentVersion?: number;
  message: string | null;
};

export function signoffError(error: unknown): SignoffErrorDetail {
  if (!CombinedGraphQLErrors.is(error)) return { issues: [], problems: [], message: null };
  const first = error.errors[0];
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    code: text(extensions['code']),
    reason: text(extensions['reason']),
    field: text(extensions['field']),
    issues: Array.isArray(extensions['issues']) ? (extensions['issues'] as QualityIssueDetail[]) : [],
    problems: Array.isArray(extensions['problems']) ? (extensions['problems'] as ProblemDetail[]) : [],
    currentVersion:
      typeof extensions['currentVersion'] === 'number' ? extensions['currentVersion'] : undefined,
    message: first?.message ?? null,
  };
}
