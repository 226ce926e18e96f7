import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { sameValue, type ContentProblem, type PartContent } from './part-fields';

export type ConflictState = {
  /** The version now on the server, which the merged content is saved against. */
  currentVersion: number;
  currentContent: PartContent;
  updatedBy?: { id: string; displayName: string } | null;
  updatedAt?: string | null;
};

export type SaveOutcome =
  | { kind: 'saved' }
  | { kind: 'conflict'; conflict: ConflictState }
  | { kind: 'problems'; problems: ContentProblem[] }
  /** Neither saved nor refused for a reason the form can show in place: the error says whether it was the network or the server. */
  | { kind: 'failed'; error: unknown };

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
        problems: problems.filter(isObject).map((problem) => ({
          path: String(problem['path'] ?? ''),
          message: String(problem['message'] ?? ''),
          code: typeof problem['code'] === 'string' ? problem['code'] : 'server',
          ...(typeof problem['rule'] === 'string' ? { rule: problem['rule'] } : {}),
          ...(typeof problem['maximum'] === 'number' ? { maximum: problem['maximum'] } : {}),
        })),
      };
    }
  }
  return { kind: 'failed', error };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type MergeChoice = 'mine' | 'theirs';

/** The fields the person's content and the server's disagree on: the only ones a merge asks about. */
export function differingFields<F extends { name: string }>(fields: readonly F[], mine: PartContent, theirs: PartContent): F[] {
  return fields.filter((field) => !sameValue(mine[field.name], theirs[field.name]));
}

/**
 * A field only one side changed starts with that side's text; a field both changed, or any field when the
 * starting content is unknown, starts with "mine".
 */
export function firstChoices(differing: readonly { name: string }[], base: PartContent | null, mine: PartContent): Record<string, MergeChoice> {
  return Object.fromEntries(
    differing.map((field) => [field.name, base && sameValue(mine[field.name], base[field.name]) ? 'theirs' : 'mine'] as const),
  );
}

/** The server's content, with the person's value wherever they chose "mine" (the default). */
export function mergeChoices(
  theirs: PartContent,
  mine: PartContent,
  differing: readonly { name: string }[],
  choices: Readonly<Record<string, MergeChoice>>,
): PartContent {
  const result: PartContent = { ...theirs };
  for (const field of differing) if ((choices[field.name] ?? 'mine') === 'mine') result[field.name] = mine[field.name];
  return result;
}
