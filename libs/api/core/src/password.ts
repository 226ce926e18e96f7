import { hash, verify } from '@node-rs/argon2';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PasswordProblem,
  passwordProblems,
  type PasswordOwner,
} from '@iep/domain';
import { badInput, type Language, type Localized } from './errors';

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

// The Spanish follows the web client's passwordPolicy.problem texts.
const PROBLEM_MESSAGES: Record<PasswordProblem, Localized> = {
  [PasswordProblem.TooShort]: { en: `Use at least ${PASSWORD_MIN_LENGTH} characters.`, es: `Use al menos ${PASSWORD_MIN_LENGTH} caracteres.` },
  [PasswordProblem.TooLong]: { en: `Use at most ${PASSWORD_MAX_LENGTH} characters.`, es: `Use como máximo ${PASSWORD_MAX_LENGTH} caracteres.` },
  [PasswordProblem.Common]: {
    en: 'This password is on a list of common or leaked passwords.',
    es: 'Esta contraseña está en una lista de contraseñas comunes o filtradas.',
  },
  [PasswordProblem.Predictable]: {
    en: 'This password follows a pattern that is quickly guessed, such as a repeated character, a sequence or a date.',
    es: 'Esta contraseña sigue un patrón fácil de adivinar, como un carácter repetido, una secuencia o una fecha.',
  },
  [PasswordProblem.ContainsEmail]: {
    en: 'Leave your e-mail address out of the password.',
    es: 'No incluya su correo electrónico en la contraseña.',
  },
  [PasswordProblem.ContainsName]: { en: 'Leave your name out of the password.', es: 'No incluya su nombre en la contraseña.' },
};

export function describePasswordProblem(problem: PasswordProblem, language: Language = 'en'): string {
  return PROBLEM_MESSAGES[problem][language];
}

/**
 * Refuses a new password that breaks the policy with BAD_USER_INPUT: the message lists every problem
 * in the reader's language, and `passwordProblems` carries their codes for a client that explains them itself.
 */
export function assertAcceptablePassword(password: string, owner: PasswordOwner): void {
  const problems = passwordProblems(password, owner);
  if (problems.length === 0) return;
  const reasons = (language: Language) => problems.map((problem) => describePasswordProblem(problem, language)).join(' ');
  throw badInput(
    { en: `Choose a different password. ${reasons('en')}`, es: `Elija otra contraseña. ${reasons('es')}` },
    { field: 'newPassword', passwordProblems: problems },
  );
}
