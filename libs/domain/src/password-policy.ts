import { ZxcvbnFactory, type Match } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * The password policy, shared by the API (which enforces it) and the web client (which explains it
 * while the person types). NIST SP 800-63B: length over composition rules, and no password that is
 * known to attackers or built from the person's own details.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

export enum PasswordProblem {
  TooShort = 'TOO_SHORT',
  TooLong = 'TOO_LONG',
  /** On the bundled list of common and breached passwords, or a small variation of one. */
  Common = 'COMMON',
  /** Not on the list, but a pattern (repeats, keyboard rows, sequences, dates) that is guessed quickly. */
  Predictable = 'PREDICTABLE',
  ContainsEmail = 'CONTAINS_EMAIL',
  ContainsName = 'CONTAINS_NAME',
}

/** Who the password is for; either detail may be unknown (then it is not checked). */
export interface PasswordOwner {
  email?: string | null;
  displayName?: string | null;
}

/** zxcvbn's scale: 3 means about 10^8 guesses or more, out of reach of an online attack with throttling. */
const MIN_STRENGTH_SCORE = 3;
/** Shorter name parts ("Li", "Jo") would refuse many unrelated passwords. */
const MIN_NAME_PART_LENGTH = 3;
const COMMON_DICTIONARY = 'passwords-common';

let estimator: ZxcvbnFactory | undefined;
let commonPasswords: ReadonlySet<string> | undefined;

// Built on first use: the dictionary takes tens of milliseconds to index, which a page or process that
// never checks a password should not pay.
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { [COMMON_DICTIONARY]: dictionary[COMMON_DICTIONARY] },
    graphs: adjacencyGraphs,
  });
  return estimator;
}

function isListedCommon(password: string): boolean {
  commonPasswords ??= new Set(dictionary[COMMON_DICTIONARY]);
  return commonPasswords.has(password.toLowerCase());
}

/** Lower case without accents, so "Sofía" is found in "sofia2026…". */
function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const lettersAndDigits = (value: string) => value.replace(/[^\p{L}\p{N}]/gu, '');

function containsEmail(password: string, email: string): boolean {
  const localPart = fold(email.split('@')[0] ?? '').trim();
  if (localPart.length < MIN_NAME_PART_LENGTH) return false;
  if (password.includes(localPart)) return true;
  // "case.manager" also shows in "Case-Manager-2026" and "casemanager!".
  const compact = lettersAndDigits(localPart);
  return compact.length >= MIN_NAME_PART_LENGTH && lettersAndDigits(password).includes(compact);
}

function containsName(password: string, displayName: string): boolean {
  const parts = fold(displayName)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length >= MIN_NAME_PART_LENGTH);
  return parts.some((part) => password.includes(part));
}

function isCommonMatch(match: Match): boolean {
  return match.pattern === 'dictionary' && match['dictionaryName'] === COMMON_DICTIONARY;
}

function guessabilityProblem(password: string): PasswordProblem | null {
  if (isListedCommon(password)) return PasswordProblem.Common;
  const result = strengthEstimator().check(password);
  if (result.score >= MIN_STRENGTH_SCORE) return null;
  return result.sequence.some(isCommonMatch) ? PasswordProblem.Common : PasswordProblem.Predictable;
}

/**
 * Everything wrong with a new password, in a stable order; an empty list means it is acceptable.
 * Length counts Unicode code points, so an accented letter or an emoji is one character, as people count.
 */
export function passwordProblems(password: string, owner: PasswordOwner = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push(PasswordProblem.TooShort);
  if (length > PASSWORD_MAX_LENGTH) problems.push(PasswordProblem.TooLong);
  // While it is too short, that is the one thing worth saying about how easily it is guessed.
  if (length >= PASSWORD_MIN_LENGTH) {
    const guessable = guessabilityProblem(password);
    if (guessable) problems.push(guessable);
  }

  const folded = fold(password);
  if (owner.email && containsEmail(folded, owner.email)) problems.push(PasswordProblem.ContainsEmail);
  if (owner.displayName && containsName(folded, owner.displayName)) problems.push(PasswordProblem.ContainsName);
  return problems;
}
