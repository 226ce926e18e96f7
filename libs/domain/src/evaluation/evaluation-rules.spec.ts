import { EvaluationAction, mayActOnEvaluation, type EvaluationStanding } from '../access';
import { UserRole } from '../roles';
import fc from 'fast-check';
import { addDays } from '../deadlines/local-date';
import {
  checkChildProduced, checkConsent, checkDelay, delayClosesTimeframe, delayExtendsTimeframeTo, checkEligibility, checkPlan, checkReevaluationRequest, checkReferral, checkReportFile, earliestReevaluation, evaluationStage,
  EvaluationKind, REPORT_FILE_MAX_BYTES, type EvaluationFacts,
} from './evaluation-rules';

const consented: EvaluationFacts = {
  kind: EvaluationKind.Initial, referredOn: '2026-09-01', consentOn: '2026-09-10',
  plannedAreas: ['ACADEMIC_PERFORMANCE', 'COMMUNICATION'], reportedAreas: ['ACADEMIC_PERFORMANCE', 'COMMUNICATION'], determinedOn: null,
};

describe('referral to eligibility', () => {
  it('reads the stage from what is recorded', () => {
    expect(evaluationStage({ consentOn: null, determinedOn: null })).toBe('REFERRED');
    expect(evaluationStage({ consentOn: '2026-09-10', determinedOn: null })).toBe('CONSENTED');
    expect(evaluationStage({ consentOn: '2026-09-10', determinedOn: '2026-10-20' })).toBe('DETERMINED');
  });

  it('refuses a referral dated in the future or not a date', () => {
    expect(checkReferral('2026-09-01', '2026-09-01')).toBeNull();
    expect(checkReferral('2026-09-02', '2026-09-01')?.reason).toBe('FUTURE_DATE');
    expect(checkReferral('2026-02-30', '2026-09-01')?.reason).toBe('INVALID_DATE');
  });

  it('takes consent once, after the referral, not in the future', () => {
    const referred = { referredOn: '2026-09-01', consentOn: null, determinedOn: null };
    expect(checkConsent(referred, '2026-09-01', '2026-09-05')).toBeNull();
    expect(checkConsent(referred, '2026-08-31', '2026-09-05')?.reason).toBe('CONSENT_BEFORE_REFERRAL');
    expect(checkConsent(referred, '2026-09-06', '2026-09-05')?.reason).toBe('FUTURE_DATE');
    expect(checkConsent({ ...referred, consentOn: '2026-09-02' }, '2026-09-03', '2026-09-05')?.reason).toBe('ALREADY_CONSENTED');
  });

  it('plans each area once, from the regulation’s list', () => {
    expect(checkPlan([{ area: 'VISION', assessorId: 'a' }])).toBeNull();
    expect(checkPlan([])?.reason).toBe('EMPTY_PLAN');
    expect(checkPlan([{ area: 'ASTROLOGY', assessorId: 'a' }])?.reason).toBe('UNKNOWN_AREA');
    expect(checkPlan([{ area: 'VISION', assessorId: 'a' }, { area: 'VISION', assessorId: 'b' }])?.reason).toBe('DUPLICATE_AREA');
  });

  it('records a delay with an Ed-Fi reason; a transfer or an SLD extension names the agreed date', () => {
    expect(checkDelay('CHILD_UNAVAILABLE', null, consented)).toBeNull();
    expect(checkDelay('TRANSFER', null, consented)?.reason).toBe('AGREED_DATE_REQUIRED');
    expect(checkDelay('INITIAL_SLD_EVALUATION', '2026-09-09', consented)?.reason).toBe('AGREED_DATE_REQUIRED');
    expect(checkDelay('TRANSFER', '2026-12-01', consented)).toBeNull();
    expect(checkDelay('WEATHER', null, consented)?.reason).toBe('UNKNOWN_DELAY_REASON');
    expect(checkDelay('CHILD_UNAVAILABLE', null, { consentOn: null, determinedOn: null })?.reason).toBe('NO_CONSENT');
  });

  it('determines eligibility once every planned area has its report, with a category only when eligible', () => {
    const today = '2026-11-01';
    expect(checkEligibility(consented, { determinedOn: '2026-10-20', eligible: true, category: 'SPECIFIC_LEARNING_DISABILITY' }, today)).toBeNull();
    expect(checkEligibility(consented, { determinedOn: '2026-10-20', eligible: false, category: null }, today)).toBeNull();
    expect(checkEligibility(consented, { determinedOn: '2026-10-20', eligible: true, category: null }, today)?.reason).toBe('CATEGORY_REQUIRED');
    expect(checkEligibility(consented, { determinedOn: '2026-10-20', eligible: true, category: 'DEVELOPMENTAL_DELAY' }, today)?.reason).toBe('CATEGORY_REQUIRED');
    expect(checkEligibility(consented, { determinedOn: '2026-10-20', eligible: false, category: 'AUTISM' }, today)?.reason).toBe('CATEGORY_NOT_ELIGIBLE');
    expect(checkEligibility({ ...consented, reportedAreas: ['COMMUNICATION'] }, { determinedOn: '2026-10-20', eligible: false, category: null }, today)?.reason).toBe('REPORTS_MISSING');
    expect(checkEligibility({ ...consented, plannedAreas: [], reportedAreas: [] }, { determinedOn: '2026-10-20', eligible: false, category: null }, today)?.reason).toBe('NO_PLAN');
    expect(checkEligibility(consented, { determinedOn: '2026-09-09', eligible: false, category: null }, today)?.reason).toBe('BEFORE_CONSENT');
    expect(checkEligibility({ ...consented, consentOn: null }, { determinedOn: '2026-10-20', eligible: false, category: null }, today)?.reason).toBe('NO_CONSENT');
    expect(checkEligibility({ ...consented, determinedOn: '2026-10-19' }, { determinedOn: '2026-10-20', eligible: false, category: null }, today)?.reason).toBe('ALREADY_DETERMINED');
  });
});

describe('reevaluation', () => {
  it('is not more than once a year unless the parent and the district agree', () => {
    expect(earliestReevaluation('2025-10-20')).toBe('2026-10-20');
    expect(checkReevaluationRequest('2025-10-20', '2026-10-20', false)).toBeNull();
    expect(checkReevaluationRequest('2025-10-20', '2026-10-19', false)?.reason).toBe('TOO_SOON');
    expect(checkReevaluationRequest('2025-10-20', '2026-10-19', true)).toBeNull();
    expect(checkReevaluationRequest(null, '2026-10-19', true)?.reason).toBe('NO_EVALUATION');
  });

  it('counts a year from a leap day to the last day of February', () => {
    expect(earliestReevaluation('2024-02-29')).toBe('2025-02-28');
  });
});

describe('the evaluation access table', () => {
  const none: EvaluationStanding = {
    role: UserRole.SpecialEducationTeacher, districtStaff: false, districtRep: false, onCaseload: false, guardian: false, rightsHolder: false, assessor: false,
  };
  const allowed = (s: Partial<EvaluationStanding>) =>
    Object.values(EvaluationAction).filter((action) => mayActOnEvaluation({ ...none, ...s }, action)).sort();

  it.each<[string, Partial<EvaluationStanding>, EvaluationAction[]]>([
    ['a stranger', {}, []],
    ['the rights-holding parent', { role: UserRole.Parent, guardian: true, rightsHolder: true }, ['CONSENT', 'READ', 'REFER'] as EvaluationAction[]],
    ['a parent without the rights', { role: UserRole.Parent, guardian: true }, ['READ', 'REFER'] as EvaluationAction[]],
    ['the case manager', { onCaseload: true }, ['READ', 'RECORD', 'REFER', 'REPORT'] as EvaluationAction[]],
    ['a teacher on the team', { role: UserRole.GeneralEducationTeacher, onCaseload: true }, ['READ'] as EvaluationAction[]],
    ['the student, on their own IEP’s team', { role: UserRole.Student, onCaseload: true }, []],
    ['a guest on a team', { role: UserRole.Guest, onCaseload: true }, []],
    ['an assessor', { role: UserRole.Specialist, assessor: true }, ['READ', 'REPORT'] as EvaluationAction[]],
    ['the district representative', { role: UserRole.DistrictRepresentative, districtStaff: true, districtRep: true }, ['READ', 'RECORD', 'REFER', 'REPORT'] as EvaluationAction[]],
    ['the district administrator', { role: UserRole.DistrictAdmin, districtStaff: true }, ['READ'] as EvaluationAction[]],
  ])('%s', (_name, standing, actions) => {
    expect(allowed(standing)).toEqual([...actions].sort());
  });
});

describe('a recorded delay and the evaluation timeframe (34 CFR 300.301(d))', () => {
  it('closes the timeframe when the child is not produced or moves away, and keeps it for an agreed SLD extension', () => {
    expect(delayClosesTimeframe('CHILD_UNAVAILABLE')).toBe('CHILD_NOT_PRODUCED');
    expect(delayClosesTimeframe('TRANSFER')).toBe('CHILD_TRANSFERRED');
    expect(delayClosesTimeframe('INITIAL_SLD_EVALUATION')).toBeNull();
  });

  it('moves the timeframe to the agreed date only for an SLD extension (300.309(c))', () => {
    expect(delayExtendsTimeframeTo('INITIAL_SLD_EVALUATION', '2027-01-15')).toBe('2027-01-15');
    expect(delayExtendsTimeframeTo('TRANSFER', '2027-01-15')).toBeNull();
    expect(delayExtendsTimeframeTo('CHILD_UNAVAILABLE', null)).toBeNull();
    expect(delayExtendsTimeframeTo('INITIAL_SLD_EVALUATION', 'soon')).toBeNull();
  });

  it('starts a new timeframe only for a child not produced, once, on a day after the consent and not after today', () => {
    const delayed = { consentOn: '2026-10-01', determinedOn: null, delayReason: 'CHILD_UNAVAILABLE', childProducedOn: null };
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 90 }), (offset) => {
        const producedOn = addDays('2026-10-01', offset);
        const verdict = checkChildProduced(delayed, producedOn, '2026-11-15');
        if (offset <= 0) expect(verdict?.reason).toBe('BEFORE_CONSENT');
        else if (producedOn > '2026-11-15') expect(verdict?.reason).toBe('FUTURE_DATE');
        else expect(verdict).toBeNull();
      }),
    );
    expect(checkChildProduced({ ...delayed, delayReason: 'TRANSFER' }, '2026-10-05', '2026-11-15')?.reason).toBe('NOT_DELAYED_FOR_CHILD');
    expect(checkChildProduced({ ...delayed, childProducedOn: '2026-10-05' }, '2026-10-06', '2026-11-15')?.reason).toBe('ALREADY_PRODUCED');
    expect(checkChildProduced({ ...delayed, determinedOn: '2026-11-01' }, '2026-10-06', '2026-11-15')?.reason).toBe('ALREADY_DETERMINED');
  });
});

describe("an evaluator's report file", () => {
  it('is a PDF, PNG, JPEG or text file of at most 2 MB, whatever the case of its type', () => {
    expect(REPORT_FILE_MAX_BYTES).toBe(2 * 1024 * 1024);
    expect(checkReportFile({ type: 'application/pdf', size: REPORT_FILE_MAX_BYTES })).toBeNull();
    expect(checkReportFile({ type: 'IMAGE/PNG', size: 1 })).toBeNull();
    expect(checkReportFile({ type: 'text/plain', size: 10 })).toBeNull();
  });

  it('is refused one byte past 2 MB, or empty', () => {
    expect(checkReportFile({ type: 'image/jpeg', size: REPORT_FILE_MAX_BYTES + 1 })).toMatchObject({ reason: 'FILE_SIZE', field: 'file' });
    expect(checkReportFile({ type: 'image/jpeg', size: 0 })?.reason).toBe('FILE_SIZE');
  });

  it('is refused when of another type, before its size is looked at', () => {
    expect(checkReportFile({ type: 'application/x-msdownload', size: REPORT_FILE_MAX_BYTES + 1 })).toMatchObject({ reason: 'FILE_TYPE', field: 'file' });
    expect(checkReportFile({ type: '', size: 1 })?.reason).toBe('FILE_TYPE');
  });
});
