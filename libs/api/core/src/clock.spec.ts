import { createClock } from './clock';

describe('the clock seam', () => {
  it("answers the district's calendar day, not UTC's", () => {
    const lateEvening = createClock(undefined, () => new Date('2027-01-11T03:30:00Z'));
    expect(lateEvening.today('UTC')).toBe('2027-01-11');
    expect(lateEvening.today('America/New_York')).toBe('2027-01-10');
    expect(lateEvening.today('America/Los_Angeles')).toBe('2027-01-10');
    expect(lateEvening.today('Pacific/Kiritimati')).toBe('2027-01-11');
  });

  it('a pinned day stays the same in every zone, whatever the instant', () => {
    const pinned = createClock('2030-06-15', () => new Date('2030-06-16T23:59:00Z'));
    expect(pinned.today('UTC')).toBe('2030-06-15');
    expect(pinned.today('Pacific/Honolulu')).toBe('2030-06-15');
  });
});
