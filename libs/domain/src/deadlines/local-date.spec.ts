import fc from 'fast-check';
import { addDays, addYears, dayOfWeek, daysBetween, fromEpochDay, isIsoDate, toEpochDay } from './local-date';

const MS_PER_DAY = 86_400_000;

describe('local dates', () => {
  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-4-3')).toBe(false);
    expect(isIsoDate('2026-04-03T00:00:00Z')).toBe(false);
    expect(isIsoDate(20260403)).toBe(false);
  });

  it('adds years, taking 29 February to 28 February in a non-leap year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-03-03', 1)).toBe('2027-03-03');
  });

  it('day numbers and weekdays agree with the JavaScript Date in UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (epochDay) => {
        const reference = new Date(epochDay * MS_PER_DAY);
        const date = fromEpochDay(epochDay);
        expect(date).toBe(reference.toISOString().slice(0, 10));
        expect(toEpochDay(date)).toBe(epochDay);
        expect(dayOfWeek(date)).toBe(reference.getUTCDay());
      }),
    );
  });

  it('adding days and measuring the gap are inverse', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: -5_000, max: 5_000 }),
        (epochDay, n) => {
          const date = fromEpochDay(epochDay);
          expect(daysBetween(date, addDays(date, n))).toBe(n);
        },
      ),
    );
  });
});
