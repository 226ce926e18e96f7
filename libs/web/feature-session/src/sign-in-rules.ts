/**
 * The same limits the API's SignInInput enforces (IsEmail, MaxLength 320; password 1–1024 characters),
 * checked first in the browser so a person gets the hint in their language without a round trip.
 */
export type SignInField = 'email' | 'password';

export type SignInProblem =
  'emailRequired' | 'emailInvalid' | 'emailTooLong' | 'passwordRequired' | 'passwordTooLong';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An account's e-mail address as the API takes it (also where a reset link is asked for). */
export function emailProblem(email: string): SignInProblem | undefined {
  if (email.length === 0) return 'emailRequired';
  if (email.length > 320) return 'emailTooLong';
  return EMAIL_SHAPE.test(email) ? undefined : 'emailInvalid';
}

export function checkSignIn(email: string, password: string): Partial<Record<SignInField, SignInProblem>> {
  const problems: Partial<Record<SignInField, SignInProblem>> = {};
  const emailFound = emailProblem(email);
  if (emailFound) problems.email = emailFound;
  if (password.length === 0) problems.password = 'passwordRequired';
  else if (password.length > 1024) problems.password = 'passwordTooLong';
  return problems;
}
