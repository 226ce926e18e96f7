import { PASSWORD_MAX_LENGTH, PasswordProblem, passwordProblems } from './password-policy';

const PARENT = { email: 'alex.carter@riverbend.example', displayName: 'Alex Carter' };

describe('passwordProblems', () => {
  it('accepts a long passphrase that has nothing to do with the person', () => {
    expect(passwordProblems('maple-river-lantern-47', PARENT)).toEqual([]);
    expect(passwordProblems('Tr0ub4dor&3 staple kettle', PARENT)).toEqual([]);
  });

  it('asks for at least 12 characters, and says only that while the password is short', () => {
    expect(passwordProblems('')).toEqual([PasswordProblem.TooShort]);
    expect(passwordProblems('password')).toEqual([PasswordProblem.TooShort]);
    expect(passwordProblems('k9#Lm2$vQ8z')).toEqual([PasswordProblem.TooShort]);
    expect(passwordProblems('k9#Lm2$vQ8zW')).toEqual([]);
  });

  it('counts characters, not UTF-16 units', () => {
    // Eleven emoji are 22 UTF-16 units but eleven characters.
    expect(passwordProblems('🦊🐢🌵🎻🚲🧭🪁🍋🛶🎈🪴')).toContain(PasswordProblem.TooShort);
    expect(passwordProblems('ñandú-cóndor-jaguar')).toEqual([]);
  });

  it('refuses more than 1024 characters', () => {
    const long = 'river lantern maple '.repeat(60).slice(0, PASSWORD_MAX_LENGTH + 1);
    expect(passwordProblems(long)).toContain(PasswordProblem.TooLong);
    expect(passwordProblems(long.slice(0, PASSWORD_MAX_LENGTH))).not.toContain(PasswordProblem.TooLong);
  });

  it.each(['password1234', 'Password1234', '123456789012', 'qwertyuiop123', 'letmein12345', '1qaz2wsx3edc', 'iloveyou1234'])(
    'refuses the common or breached password %s',
    (password) => {
      expect(passwordProblems(password)).toEqual([PasswordProblem.Common]);
    },
  );

  it.each(['aaaaaaaaaaaa', 'abcdefghijklmn', '12121212121212', '01-01-2024-01'])('refuses the predictable pattern %s', (password) => {
    expect(passwordProblems(password)).toEqual([PasswordProblem.Predictable]);
  });

  it("refuses the e-mail address's local part, with or without its separators and in any case", () => {
    const owner = { email: 'case.manager@riverbend.example' };
    expect(passwordProblems('my case.manager login!', owner)).toEqual([PasswordProblem.ContainsEmail]);
    expect(passwordProblems('Case-Manager-violin-77', owner)).toEqual([PasswordProblem.ContainsEmail]);
    expect(passwordProblems('CASEMANAGER kettle drum', owner)).toEqual([PasswordProblem.ContainsEmail]);
    expect(passwordProblems('a case for the manager', owner)).toEqual([]);
  });

  it("refuses the person's first or last name, also without accents", () => {
    expect(passwordProblems('carter-violin-kettle', PARENT)).toEqual([PasswordProblem.ContainsName]);
    expect(passwordProblems('ALEX likes green tea', PARENT)).toEqual([PasswordProblem.ContainsName]);
    expect(passwordProblems('sofia-kettle-violin', { displayName: 'Sofía Ramírez' })).toEqual([PasswordProblem.ContainsName]);
    expect(passwordProblems('Ramírez-kettle-violin', { displayName: 'Sofia Ramirez' })).toEqual([PasswordProblem.ContainsName]);
  });

  it('ignores name parts too short to mean anything on their own', () => {
    expect(passwordProblems('lighthouse-kettle-47', { displayName: 'Li Wu' })).toEqual([]);
  });

  it('lists every problem at once', () => {
    expect(passwordProblems('alex', PARENT)).toEqual([PasswordProblem.TooShort, PasswordProblem.ContainsName]);
    expect(passwordProblems('alex.carter', PARENT)).toEqual([
      PasswordProblem.TooShort,
      PasswordProblem.ContainsEmail,
      PasswordProblem.ContainsName,
    ]);
  });

  it('checks nothing about the person when their details are unknown', () => {
    expect(passwordProblems('carter-violin-kettle')).toEqual([]);
    expect(passwordProblems('carter-violin-kettle', { email: null, displayName: null })).toEqual([]);
  });
});
