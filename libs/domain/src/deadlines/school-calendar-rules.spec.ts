import { closureProblems, SCHOOL_CALENDAR_LIMITS, schoolYearProblems } from './school-calendar-rules';

describe('a school year as entered', () => {
  it('accepts a named year whose last day is not before its first', () => {
    expect(schoolYearProblems({ schoolYear: '2026-27', firstDay: '2026-08-20', lastDay: '2027-06-10' })).toEqual({});
    expect(schoolYearProblems({ schoolYear: '2026-27', firstDay: '2026-08-20', lastDay: '2026-08-20' })).toEqual({});
  });

  it('asks for the name and two real days', () => {
    expect(schoolYearProblems({ schoolYear: '  ', firstDay: '', lastDay: '2027-02-30' })).toEqual({
      schoolYear: 'required', firstDay: 'dateRequired', lastDay: 'dateRequired',
    });
  });

  it('keeps the name within its limit', () => {
    const long = 'y'.repeat(SCHOOL_CALENDAR_LIMITS.schoolYearNameLength + 1);
    expect(schoolYearProblems({ schoolYear: long, firstDay: '2026-08-20', lastDay: '2027-06-10' })).toEqual({ schoolYear: 'tooLong' });
  });

  it('refuses a last day before the first, or more than a year after it', () => {
    expect(schoolYearProblems({ schoolYear: '2026-27', firstDay: '2026-08-20', lastDay: '2026-08-19' })).toEqual({ lastDay: 'lastBeforeFirst' });
    expect(schoolYearProblems({ schoolYear: '2026-27', firstDay: '2026-08-20', lastDay: '2028-06-10' })).toEqual({ lastDay: 'yearTooLong' });
  });
});

describe('a closure as entered', () => {
  const year = { firstDay: '2026-08-20', lastDay: '2027-06-10' };

  it('accepts a named day or break inside the year', () => {
    expect(closureProblems({ name: 'Winter Break', firstDay: '2026-12-21', lastDay: '2027-01-01' }, year)).toEqual({});
  });

  it('asks for a name and real days in order', () => {
    expect(closureProblems({ name: ' ', firstDay: '2026-12-21', lastDay: '2026-12-20' }, year)).toEqual({ name: 'required', lastDay: 'lastBeforeFirst' });
    expect(closureProblems({ name: 'n'.repeat(SCHOOL_CALENDAR_LIMITS.closureNameLength + 1), firstDay: '', lastDay: '' }, year)).toEqual({
      name: 'tooLong', firstDay: 'dateRequired', lastDay: 'dateRequired',
    });
  });

  it('keeps the days inside the school year, once it is known', () => {
    expect(closureProblems({ name: 'Staff day', firstDay: '2026-08-19', lastDay: '2026-08-19' }, year)).toEqual({ firstDay: 'outsideYear' });
    expect(closureProblems({ name: 'Summer', firstDay: '2027-06-01', lastDay: '2027-06-30' }, year)).toEqual({ lastDay: 'outsideYear' });
    expect(closureProblems({ name: 'Summer', firstDay: '2027-06-11', lastDay: '2027-06-30' }, year)).toEqual({ firstDay: 'outsideYear', lastDay: 'outsideYear' });
    expect(closureProblems({ name: 'Staff day', firstDay: '2026-08-19', lastDay: '2026-08-19' })).toEqual({});
  });
});
