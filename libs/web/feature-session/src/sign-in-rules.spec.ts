import { checkSignIn, emailProblem } from './sign-in-rules';

describe('checkSignIn', () => {
  it('accepts an e-mail address and a password', () => {
    expect(checkSignIn('ana@example.org', 'x')).toEqual({});
  });

  it('asks for both fields when they are empty', () => {
    expect(checkSignIn('', '')).toEqual({ email: 'emailRequired', password: 'passwordRequired' });
  });

  it('refuses what is not an e-mail address', () => {
    expect(checkSignIn('ana@example', 'x').email).toBe('emailInvalid');
    expect(checkSignIn('ana example.org', 'x').email).toBe('emailInvalid');
  });

  it('refuses the lengths the API refuses: e-mail over 320, password over 1024 characters', () => {
    const local = 'a'.repeat(320 - '@example.org'.length);
    expect(checkSignIn(`${local}@example.org`, 'x').email).toBeUndefined();
    expect(checkSignIn(`a${local}@example.org`, 'x').email).toBe('emailTooLong');
    expect(checkSignIn('ana@example.org', 'p'.repeat(1024)).password).toBeUndefined();
    expect(checkSignIn('ana@example.org', 'p'.repeat(1025)).password).toBe('passwordTooLong');
  });
});

describe('emailProblem', () => {
  it('is the sign-in check of the address alone, for the reset request', () => {
    expect(emailProblem('ana@example.org')).toBeUndefined();
    expect(emailProblem('')).toBe('emailRequired');
    expect(emailProblem('ana@example')).toBe('emailInvalid');
    expect(emailProblem(`${'a'.repeat(320)}@example.org`)).toBe('emailTooLong');
  });
});
