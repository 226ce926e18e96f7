import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiErrorMessage } from '@iep/web/data-access';
import type { ConflictState } from './conflict-view';
import type { ContentProblem, PartContent } from './part-fields';

export type SaveOutcome =
  | { kind: 'saved' }
  | { kind: 'conflict'; conflict: ConflictState }
  | { kind: 'problems'; problems: ContentProblem[] }
  | { kind: 'failed'; message: string | null };

/**
 * Reads a refused save: CONFLICT carries the version now on the server (currentVersion, currentContent,
 * updatedBy, updatedAt); BAD_USER_INPUT carries { problems: [{ path, message }] } naming the fields.
 */
export function saveOutcomeOf(error: unknown): SaveOutcome {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions ?? {};
    const code = extensions['code'];
    if (code === 'CONFLICT' && typeof extensions['currentVersion'] === 'number' && isObject(extensions['currentContent'])) {
      const updatedBy = extensions['updatedBy'];
      return {
        kind: 'conflict',
        conflict: {
          currentVersion: extensions['currentVersion'],
          currentContent: extensions['currentContent'] as PartContent,
          updatedBy: isObject(updatedBy) ? { id: String(updatedBy['id'] ?? ''), displayName: String(updatedBy['displayName'] ?? '') } : null,
          updatedAt: typeof extensions['updatedAt'] === 'string' ? extensions['updatedAt'] : null,
        },
      };
    }
    const problems = extensions['problems'];
    if (code === 'BAD_USER_INPUT' && Array.isArray(problems) && problems.length > 0) {
      return {
        kind: 'problems',
        problems: problems.filter(isObject).map((problem) => ({ path: String(problem['path'] ?? ''), code: 'server' })),
      };
    }
  }
  return { kind: 'failed', message: apiErrorMessage(error) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
