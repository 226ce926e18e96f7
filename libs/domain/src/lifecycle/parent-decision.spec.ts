import { decisionReasons, parentDecisionProblem } from './parent-decision';

describe("the parent's decision", () => {
  it('needs nothing more for a consent to all', () => {
    expect(parentDecisionProblem({ decision: 'CONSENT', exceptedPartIds: [], reasons: [] })).toBeNull();
  });

  it('needs a reason to decline, and a blank one is no reason', () => {
    expect(parentDecisionProblem({ decision: 'DECLINE', exceptedPartIds: [], reasons: ['  '] })).toEqual({ field: 'reasons', reason: 'REASONS_REQUIRED' });
    expect(parentDecisionProblem({ decision: 'DECLINE', exceptedPartIds: [], reasons: ['The speech minutes are too few.'] })).toBeNull();
  });

  it('needs the excepted items for a consent with exceptions, its reasons optional', () => {
    expect(parentDecisionProblem({ decision: 'CONSENT_WITH_EXCEPTIONS', exceptedPartIds: [], reasons: ['Too few minutes'] })).toEqual({
      field: 'exceptedPartIds', reason: 'EXCEPTIONS_REQUIRED',
    });
    expect(parentDecisionProblem({ decision: 'CONSENT_WITH_EXCEPTIONS', exceptedPartIds: ['part-1'], reasons: [] })).toBeNull();
  });

  it('keeps the reasons trimmed, without blank ones', () => {
    expect(decisionReasons([' Too few minutes ', '', '  '])).toEqual(['Too few minutes']);
  });
});
