/**
 * The same limits the API's SignInInput enforces (IsEmail, MaxLength 320; password 1–1024 characters),
 * checked first in the browser so a person gets the hint in their language without a round trip.
 */
export type SignInField = 'email' | 'password';

export type SignInProblem =
  'emailRequired' | 'emailInvalid' | 'emailTooLong' | 'passwordRequired' | 'passwordTooLong';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkSignIn(email: string, password: string): Partial<Record<SignInField, SignInProblem>> {
  const problems: Partial<Record<SignInField, SignInProblem>> = {};
  if (email.length === 0) problems.email = 'emailRequired';
  else if (email.length > 320) problems.email = 'emailTooLong';
  else if (!EMAIL_SHAPE.test(email)) problems.email = 'emailInvalid';
  if (password.length === 0) problems.password = 'passwordRequired';
  else if (password.length > 1024) problems.password = 'passwordTooLong';
  return problems;
}
