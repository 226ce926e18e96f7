import { CA_PROFILE, IDEA_PROFILE, PROFILE_RULE_BOUNDS } from '@iep/domain/deadlines';
import { formKeyOfApiField, formValuesFrom, ruleProfileFormErrors } from './rule-profile-rules';

describe('the district rule profile form', () => {
  const fromCa = formValuesFrom({ name: CA_PROFILE.name, inUse: false, rules: CA_PROFILE }, false);

  it('starts from a built-in profile with its rules, no name and the intent to use it', () => {
    expect(fromCa).toMatchObject({ name: '', use: true, rules: { recordsRequest: { amount: 5, unit: 'BUSINESS_DAYS' } } });
    expect(ruleProfileFormErrors(fromCa, 'en')).toEqual({ name: 'Name the profile in 1 to 100 characters.' });
  });

  it('shows the domain bounds beside the field, in the reader language', () => {
    const values = { ...fromCa, name: 'Ours', rules: { ...fromCa.rules, meetingNoticeDays: PROFILE_RULE_BOUNDS.meetingNoticeDays.max + 1 } };
    expect(ruleProfileFormErrors(values, 'en')).toEqual({ 'rules.meetingNoticeDays': 'Meeting notice: enter a whole number from 1 to 30.' });
    expect(ruleProfileFormErrors(values, 'es-MX')).toEqual({ 'rules.meetingNoticeDays': 'Aviso de reunión: escriba un número entero de 1 a 30.' });
    const anniversary = { ...values, rules: { ...IDEA_PROFILE, annualReview: { rule: 'BY_ANNIVERSARY' as const, months: 9 } } };
    expect(Object.keys(ruleProfileFormErrors(anniversary, 'en'))).toEqual(['rules.annualReview.months']);
  });

  it('bounds the age of majority to the states’ ages, 18 to 21, as the server does', () => {
    const named = { ...fromCa, name: 'Ours' };
    expect(fromCa.rules.ageOfMajority).toBe(18);
    expect(ruleProfileFormErrors({ ...named, rules: { ...named.rules, ageOfMajority: 21 } }, 'en')).toEqual({});
    expect(ruleProfileFormErrors({ ...named, rules: { ...named.rules, ageOfMajority: 17 } }, 'en')).toEqual({
      'rules.ageOfMajority': 'Age of majority: enter a whole number from 18 to 21.',
    });
    expect(ruleProfileFormErrors({ ...named, rules: { ...named.rules, ageOfMajority: 22 } }, 'es')).toEqual({
      'rules.ageOfMajority': 'Mayoría de edad: escriba un número entero de 18 a 21.',
    });
  });

  it('places an API refusal on the field it names', () => {
    expect(formKeyOfApiField('recordsRequest.amount')).toBe('rules.recordsRequest.amount');
    expect(formKeyOfApiField('name')).toBe('name');
  });
});
