import fc from 'fast-check';
import { DateOfBirthProblem, GRADES, MAX_STUDENT_AGE_YEARS, dateOfBirthProblem, isStaffRole } from './district-records';
import { UserRole } from './roles';

const TODAY = '2026-11-22';

describe('dateOfBirthProblem', () => {
  it('accepts a real date in the past', () => {
    expect(dateOfBirthProblem('2016-04-12', TODAY)).toBeNull();
    expect(dateOfBirthProblem('2016-02-29', TODAY)).toBeNull();
    expect(dateOfBirthProblem('2026-11-21', TODAY)).toBeNull();
  });

  it('names what is wrong', () => {
    expect(dateOfBirthProblem('12/04/2016', TODAY)).toBe(DateOfBirthProblem.Format);
    expect(dateOfBirthProblem('2016-4-12', TODAY)).toBe(DateOfBirthProblem.Format);
    expect(dateOfBirthProblem(undefined, TODAY)).toBe(DateOfBirthProblem.Format);
    expect(dateOfBirthProblem('2017-02-29', TODAY)).toBe(DateOfBirthProblem.NotADate);
    expect(dateOfBirthProblem('2016-04-31', TODAY)).toBe(DateOfBirthProblem.NotADate);
    expect(dateOfBirthProblem('2016-13-01', TODAY)).toBe(DateOfBirthProblem.NotADate);
    expect(dateOfBirthProblem(TODAY, TODAY)).toBe(DateOfBirthProblem.NotInPast);
    expect(dateOfBirthProblem('2031-01-01', TODAY)).toBe(DateOfBirthProblem.NotInPast);
    expect(dateOfBirthProblem('1926-04-12', TODAY)).toBe(DateOfBirthProblem.TooLongAgo);
    expect(dateOfBirthProblem(`${2026 - MAX_STUDENT_AGE_YEARS}-11-22`, TODAY)).toBeNull();
    expect(dateOfBirthProblem(`${2026 - MAX_STUDENT_AGE_YEARS}-11-21`, TODAY)).toBe(DateOfBirthProblem.TooLongAgo);
  });

  it('agrees with the calendar for every day of the last thirty years', () => {
    const start = Date.UTC(1996, 11, 1);
    const end = Date.UTC(2026, 10, 21);
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), (ms) => {
        const iso = new Date(ms).toISOString().slice(0, 10);
        expect(dateOfBirthProblem(iso, TODAY)).toBeNull();
      }),
    );
  });
});

describe('staff roles and grades', () => {
  it('counts teachers, specialists and district staff as staff, and families and guests not', () => {
    expect([UserRole.SpecialEducationTeacher, UserRole.DistrictAdmin].every(isStaffRole)).toBe(true);
    expect([UserRole.Parent, UserRole.Student, UserRole.Guest].some(isStaffRole)).toBe(false);
  });

  it('lists pre-kindergarten to grade 12 and the transition years', () => {
    expect(GRADES).toHaveLength(15);
  });
});
