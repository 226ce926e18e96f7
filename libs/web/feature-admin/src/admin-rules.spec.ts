import { DateOfBirthProblem, EMAIL_MAX_LENGTH, PERSON_NAME_MAX_LENGTH } from '@iep/domain/district-records';
import { birthDateProblem, emailProblem, LIMITS, optionalText, requiredText } from './admin-rules';

describe('admin-rules', () => {
  it("takes its limits from the domain, the API's own", () => {
    expect(LIMITS.personName).toBe(PERSON_NAME_MAX_LENGTH);
  });

  it('requiredText: something other than spaces, within the limit', () => {
    expect(requiredText('Ana', 3)).toBeUndefined();
    expect(requiredText('   ', 3)).toEqual({ kind: 'required' });
    expect(requiredText('Anna', 3)).toEqual({ kind: 'tooLong', max: 3 });
  });

  it('optionalText: empty is fine, too long is not', () => {
    expect(optionalText('', 3)).toBeUndefined();
    expect(optionalText('abcd', 3)).toEqual({ kind: 'tooLong', max: 3 });
  });

  it('emailProblem: required, shaped like an address, within the limit', () => {
    expect(emailProblem(' ana@example.org ')).toBeUndefined();
    expect(emailProblem('')).toEqual({ kind: 'required' });
    expect(emailProblem('ana.example.org')).toEqual({ kind: 'emailInvalid' });
    expect(emailProblem(`${'a'.repeat(EMAIL_MAX_LENGTH)}@x.org`)).toEqual({ kind: 'tooLong', max: EMAIL_MAX_LENGTH });
  });

  it("birthDateProblem: required, then the domain's date-of-birth rule", () => {
    expect(birthDateProblem('')).toEqual({ kind: 'required' });
    expect(birthDateProblem('2015-02-30')).toEqual({ kind: 'dateOfBirth', problem: DateOfBirthProblem.NotADate });
    expect(birthDateProblem('2999-01-01')).toEqual({ kind: 'dateOfBirth', problem: DateOfBirthProblem.NotInPast });
    expect(birthDateProblem('2015-06-01')).toBeUndefined();
  });
});
