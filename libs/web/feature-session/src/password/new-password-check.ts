import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordProblems,
  type PasswordOwner,
  type PasswordProblem,
} from '@iep/domain/password-policy';
import type { TFunction } from 'i18next';

export interface NewPasswordCheck {
  problems: PasswordProblem[];
  confirmation: 'missing' | 'mismatch' | null;
}

export type NewPasswordErrors = { password?: string; confirmation?: string };

/** The check before sending: the API's own policy, and whether the confirmation matches. */
export function checkNewPassword(password: string, confirmation: string, owner?: PasswordOwner): NewPasswordCheck {
  return {
    problems: passwordProblems(password, owner),
    confirmation: confirmation.length === 0 ? 'missing' : confirmation !== password ? 'mismatch' : null,
  };
}

export function describeProblem(t: TFunction, problem: PasswordProblem): string {
  return t(`passwordPolicy.problem.${problem}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
}

/** The field messages for a check; a field without a problem gets none. */
export function newPasswordErrors(t: TFunction, check: NewPasswordCheck): NewPasswordErrors {
  const confirmation = { missing: t('passwordPolicy.confirmationRequired'), mismatch: t('passwordPolicy.mismatch') };
  return {
    password: check.problems.length > 0 ? check.problems.map((problem) => describeProblem(t, problem)).join(' ') : undefined,
    confirmation: check.confirmation ? confirmation[check.confirmation] : undefined,
  };
}
