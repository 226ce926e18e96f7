import { hash, verify } from '@node-rs/argon2';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PasswordProblem,
  passwordProblems,
  type PasswordOwner,
} from '@iep/domain';
import { badInput } from './errors';

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
// `Algorithm` is an ambient const enum that isolated modules cannot read; 2 is its Argon2id.
const OPTIONS = { algorithm: 2, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the e-mail is unknown keeps the response time the same,
// so timing does not reveal which addresses have accounts.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-for-timing-only');
  return dummyHash;
}

const PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  [PasswordProblem.TooShort]: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  [PasswordProblem.TooLong]: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  [PasswordProblem.Common]: 'This password is on a list of common or leaked passwords.',
  [PasswordProblem.Predictable]: 'This password follows a pattern that is quickly guessed, such as a repeated character, a sequence or a date.',
  [PasswordProblem.ContainsEmail]: 'Leave your e-mail address out of the password.',
  [PasswordProblem.ContainsName]: 'Leave your name out of the password.',
};

export function describePasswordProblem(problem: PasswordProblem): string {
  return PROBLEM_MESSAGES[problem];
}

/**
 * Refuses a new password that breaks the policy with BAD_USER_INPUT: the message lists every problem
 * in English, and `passwordProblems` carries their codes for a client that explains them in its language.
 */
export function assertAcceptablePassword(password: string, owner: PasswordOwner): void {
  const problems = passwordProblems(password, owner);
  if (problems.length === 0) return;
  const reasons = problems.map(describePasswordProblem).join(' ');
  throw badInput(`Choose a different password. ${reasons}`, { field: 'newPassword', passwordProblems: problems });
}
