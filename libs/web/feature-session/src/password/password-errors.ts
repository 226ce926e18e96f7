import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { PasswordProblem } from '@iep/domain/password-policy';

/** What the API refused, read from the error's extensions so the client can say it in the reader's language. */
export interface PasswordRefusal {
  field: string | null;
  problems: PasswordProblem[];
}

export function passwordRefusal(error: unknown): PasswordRefusal | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions;
  if (extensions?.['code'] !== 'BAD_USER_INPUT') return null;
  const field = typeof extensions['field'] === 'string' ? extensions['field'] : null;
  const problems = Array.isArray(extensions['passwordProblems']) ? (extensions['passwordProblems'] as PasswordProblem[]) : [];
  return { field, problems };
}
