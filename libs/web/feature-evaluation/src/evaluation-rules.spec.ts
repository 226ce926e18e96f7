import { checkEligibility } from '@iep/domain';
import { factsOf } from './evaluation-rules';

describe('an evaluation as the forms check it', () => {
  const evaluation = {
    kind: 'INITIAL' as const, referredOn: '2026-09-01', consentOn: '2026-09-10', determinedOn: null,
    plan: [
      { area: 'VISION' as const, report: { id: 'r1' } },
      { area: 'COMMUNICATION' as const, report: null },
    ],
  };

  it('reads the planned and the reported areas from the plan', () => {
    expect(factsOf(evaluation as never)).toEqual({
      kind: 'INITIAL', referredOn: '2026-09-01', consentOn: '2026-09-10', determinedOn: null,
      plannedAreas: ['VISION', 'COMMUNICATION'], reportedAreas: ['VISION'],
    });
  });

  it('so the eligibility form refuses what the API refuses: a planned area without its report', () => {
    const refusal = checkEligibility(factsOf(evaluation as never), { determinedOn: '2026-10-01', eligible: false, category: null }, '2026-10-02');
    expect(refusal?.reason).toBe('REPORTS_MISSING');
  });
});
