import fc from 'fast-check';
import { emptyPartContent, parsePartContent, SERVICE_MINUTES_RANGE } from './content';
import { IepPartKind } from './part-kinds';

const service = (overrides: Record<string, unknown>) => ({ ...emptyPartContent(IepPartKind.Service), ...overrides });
const problemsOf = (raw: unknown) => {
  const parsed = parsePartContent(IepPartKind.Service, raw);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.path} ${p.rule ?? p.code}`);
};

describe('service content', () => {
  it('refuses a date that is not on the calendar, naming the field', () => {
    expect(problemsOf(service({ startDate: '2026-02-30' }))).toEqual(['startDate REAL_DATE']);
    expect(problemsOf(service({ endDate: '2027-13-01' }))).toEqual(['endDate REAL_DATE']);
    expect(problemsOf(service({ startDate: '2028-02-29', endDate: '2029-02-28' }))).toEqual([]);
    expect(problemsOf(service({ startDate: '2027-02-29' }))).toEqual(['startDate REAL_DATE']);
    expect(problemsOf(service({ startDate: '3/4/2026' }))).toEqual(['startDate invalid_format']);
  });

  it('refuses an end before its start, and takes an end on the start day', () => {
    expect(problemsOf(service({ startDate: '2026-09-10', endDate: '2026-09-09' }))).toEqual(['endDate END_BEFORE_START']);
    expect(problemsOf(service({ startDate: '2026-09-10', endDate: '2026-09-10' }))).toEqual([]);
  });

  it('keeps minutes within the range of their frequency', () => {
    expect(problemsOf(service({ minutes: 0, frequency: 'DAILY' }))).toEqual(['minutes too_small']);
    expect(problemsOf(service({ minutes: 10_000, frequency: 'DAILY' }))).toEqual(['minutes too_big', 'minutes too_big']);
    expect(problemsOf(service({ minutes: 481, frequency: 'DAILY' }))).toEqual(['minutes too_big']);
    expect(problemsOf(service({ minutes: 480, frequency: 'DAILY' }))).toEqual([]);
    expect(problemsOf(service({ minutes: 2_400, frequency: 'WEEKLY' }))).toEqual([]);
    expect(problemsOf(service({ minutes: 12.5, frequency: 'WEEKLY' }))).toEqual(['minutes invalid_type']);
  });

  it('accepts exactly the minutes each frequency allows (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY') as fc.Arbitrary<keyof typeof SERVICE_MINUTES_RANGE>, fc.integer({ min: -10, max: 12_000 }), (frequency, minutes) => {
        const { min, max } = SERVICE_MINUTES_RANGE[frequency];
        expect(parsePartContent(IepPartKind.Service, service({ minutes, frequency })).ok).toBe(minutes >= min && minutes <= max);
      }),
    );
  });

  it('accepts exactly the real dates, and an end never before the start (property)', () => {
    const day = fc.record({ y: fc.integer({ min: 2000, max: 2100 }), m: fc.integer({ min: 1, max: 13 }), d: fc.integer({ min: 1, max: 31 }) });
    const iso = ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const real = ({ y, m, d }: { y: number; m: number; d: number }) => {
      const date = new Date(Date.UTC(y, m - 1, d));
      return m <= 12 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    };
    fc.assert(
      fc.property(day, day, (a, b) => {
        const ok = parsePartContent(IepPartKind.Service, service({ startDate: iso(a), endDate: iso(b) })).ok;
        expect(ok).toBe(real(a) && real(b) && iso(b) >= iso(a));
      }),
    );
  });
});
