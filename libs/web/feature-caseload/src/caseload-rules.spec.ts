import { deadlineColor, hasOwnCaseload, managesCaseloads, readsAccessRecord } from './caseload-rules';

describe('caseload rules', () => {
  it('gives teachers and specialists their own caseload, and the district the management of all', () => {
    expect(['SPECIAL_EDUCATION_TEACHER', 'SPECIALIST', 'GENERAL_EDUCATION_TEACHER'].every(hasOwnCaseload)).toBe(true);
    expect(['PARENT', 'DISTRICT_REPRESENTATIVE', 'DISTRICT_ADMIN', 'GUEST', undefined].some(hasOwnCaseload)).toBe(false);
    expect(['DISTRICT_REPRESENTATIVE', 'DISTRICT_ADMIN'].every(managesCaseloads)).toBe(true);
    expect(['SPECIAL_EDUCATION_TEACHER', 'PARENT', undefined].some(managesCaseloads)).toBe(false);
    expect(['PARENT', 'DISTRICT_ADMIN'].every(readsAccessRecord)).toBe(true);
    expect(readsAccessRecord('SPECIAL_EDUCATION_TEACHER')).toBe(false);
  });

  it('flags an overdue deadline in red and one due this week in orange', () => {
    expect(deadlineColor('OVERDUE')).toBe('red');
    expect(deadlineColor('DUE_THIS_WEEK')).toBe('orange');
    expect(deadlineColor('UPCOMING')).toBe('blue');
  });
});
