import { closureProblems, yearProblems } from './calendar-rules';

describe('yearProblems', () => {
  it('accepts a named year whose last day is not before its first', () => {
    expect(yearProblems({ schoolYear: '2026-27', firstDay: '2026-08-20', lastDay: '2027-06-10' })).toEqual({});
    expect(yearProblems({ schoolYear: '2026-27', firstDay: '2026-08-20', lastDay: '2026-08-20' })).toEqual({});
  });

  it('asks for the name and both days', () => {
    expect(yearProblems({ schoolYear: '  ', firstDay: '', lastDay: '' })).toEqual({
      schoolYear: 'required',
      firstDay: 'dateRequired',
      lastDay: 'dateRequired',
    });
  });

  it('refuses a last day before the first', () => {
    expect(yearProblems({ schoolYear: '2026-27', firstDay: '2026-08-20', lastDay: '2026-08-19' })).toEqual({
      lastDay: 'lastBeforeFirst',
    });
  });
});

describe('closureProblems', () => {
  const year = { firstDay: '2026-08-20', lastDay: '2027-06-10' };

  it('accepts a one-day closure with no last day, and a break inside the year', () => {
    expect(closureProblems({ kind: 'HOLIDAY', name: 'Labor Day', firstDay: '2026-09-07', lastDay: '' }, year)).toEqual({});
    expect(closureProblems({ kind: 'BREAK', name: 'Winter break', firstDay: '2026-12-21', lastDay: '2027-01-01' }, year)).toEqual({});
  });

  it('asks for a name and a first day', () => {
    expect(closureProblems({ kind: 'HOLIDAY', name: '', firstDay: '', lastDay: '' }, year)).toEqual({
      name: 'required',
      firstDay: 'dateRequired',
    });
  });

  it('keeps both days inside the school year and in order', () => {
    expect(closureProblems({ kind: 'HOLIDAY', name: 'x', firstDay: '2026-08-19', lastDay: '' }, year).firstDay).toBe('outsideYear');
    expect(closureProblems({ kind: 'BREAK', name: 'x', firstDay: '2027-06-01', lastDay: '2027-06-11' }, year).lastDay).toBe('outsideYear');
    expect(closureProblems({ kind: 'BREAK', name: 'x', firstDay: '2026-12-21', lastDay: '2026-12-20' }, year).lastDay).toBe('lastBeforeFirst');
  });
});
