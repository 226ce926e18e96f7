import fc from 'fast-check';
import { addDays, deadlineStatus, KINDS_ENDED_BY_REVOCATION, DeadlineKind } from '../deadlines';
import { checkServicesEndOn, MAX_DAYS_TO_END_SERVICES, revocationStatus } from './revocation';

const TODAY = '2026-12-07';
const day = fc.integer({ min: -400, max: 400 }).map((n) => addDays(TODAY, n));

describe('revocation of consent for services (34 CFR 300.300(b)(4))', () => {
  it('accepts a last day of services from the notice to 30 days after it, and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 90 }), (offset) => {
        const refusal = checkServicesEndOn(addDays(TODAY, offset), TODAY);
        if (offset < 0) expect(refusal?.reason).toBe('BEFORE_NOTICE');
        else if (offset > MAX_DAYS_TO_END_SERVICES) expect(refusal?.reason).toBe('TOO_LATE');
        else expect(refusal).toBeNull();
      }),
    );
    expect(checkServicesEndOn('2026-02-30', TODAY)).toMatchObject({ reason: 'INVALID_DATE', field: 'servicesEndOn' });
    expect(checkServicesEndOn('2026-02-30', TODAY)!.message.es).toContain('fecha real');
  });

  it('awaits the notice until the last day is named, then runs until that day and has ended from it', () => {
    expect(revocationStatus(null, TODAY)).toBe('AWAITING_NOTICE');
    fc.assert(
      fc.property(day, (end) => {
        expect(revocationStatus(end, TODAY)).toBe(end <= TODAY ? 'SERVICES_ENDED' : 'SERVICES_ENDING');
      }),
    );
  });

  it('ends every duty that follows from services, but not the parent’s right to the records', () => {
    expect(KINDS_ENDED_BY_REVOCATION).toEqual(expect.arrayContaining([DeadlineKind.AnnualReview, DeadlineKind.Reevaluation, DeadlineKind.ProgressReport]));
    expect(KINDS_ENDED_BY_REVOCATION).not.toContain(DeadlineKind.RecordsRequest);
  });

  it('reads a closed deadline as closed whatever its due date, today and met date', () => {
    fc.assert(
      fc.property(day, day, day, (due, today, closed) => {
        expect(deadlineStatus(due, null, today, closed)).toBe('CLOSED');
        expect(deadlineStatus(due, null, today, null)).not.toBe('CLOSED');
      }),
    );
  });
});
