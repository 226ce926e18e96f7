import fc from 'fast-check';
import { emptyPartContent } from './content';
import { IepPartKind, SINGLETON_PART_KINDS } from './part-kinds';
import { checkIepQuality, qualityIssueId, toLifecycleQualityCheck, transitionPlanRequired, type QualityCheckContext, type QualityCheckPart } from './quality';

const GOAL_ID = '11111111-1111-4111-8111-111111111111';
const SERVICE_ID = '22222222-2222-4222-8222-222222222222';

const part = (kind: IepPartKind, content: Record<string, unknown> = {}, extra: Partial<QualityCheckPart> = {}): QualityCheckPart => ({
  id: extra.id ?? `${kind.toLowerCase()}-part`,
  kind,
  content: { ...emptyPartContent(kind), ...content },
  unchangedSinceLastYear: extra.unchangedSinceLastYear ?? false,
});

const context: QualityCheckContext = {
  studentDateOfBirth: '2017-04-12', transitionAge: 16, ageOfMajority: 18, coversUntil: '2027-11-29', iepKind: 'ANNUAL',
};

const SERVICE_CONTENT = {
  description: 'Specialized reading instruction', minutes: 30, frequency: 'DAILY', startDate: '2026-12-01', goalIds: [GOAL_ID],
};

/** A draft with nothing to report: every chain link present. */
function completeDraft(): QualityCheckPart[] {
  const filledIn = new Map<IepPartKind, QualityCheckPart>([
    [IepPartKind.PresentLevels, part(IepPartKind.PresentLevels, { academic: 'Reads 40 words per minute in grade 3 text.' })],
    [IepPartKind.Placement, part(IepPartKind.Placement, { percentOutsideRegularClass: 10, justification: 'Small-group reading instruction.' })],
    [IepPartKind.ExtendedSchoolYear, part(IepPartKind.ExtendedSchoolYear, { decision: 'NOT_ELIGIBLE', rationale: 'No regression over breaks.' })],
  ]);
  return [
    ...SINGLETON_PART_KINDS.filter((kind) => kind !== IepPartKind.TransitionPlan).map((kind) => filledIn.get(kind) ?? part(kind)),
    part(IepPartKind.Goal, {
      area: 'Reading fluency', annualGoal: 'Read grade 3 text at 90 wcpm', baseline: '40 wcpm', target: '90 wcpm',
      criteria: '3 consecutive probes', measurementMethod: 'Curriculum-based measurement', reportingSchedule: 'Each report card',
      measure: { kind: 'RATE', baseline: 40, target: 90, targetDate: '2027-06-01', unit: 'words correct per minute', trials: null },
    }, { id: GOAL_ID }),
    part(IepPartKind.Service, SERVICE_CONTENT, { id: SERVICE_ID }),
  ];
}

const codes = (parts: QualityCheckPart[], ctx = context) => checkIepQuality({ parts }, ctx).map((i) => `${i.severity} ${i.code} ${i.partId}`);

describe('checkIepQuality', () => {
  it('reports nothing for a complete draft', () => {
    expect(codes(completeDraft())).toEqual([]);
  });

  it('blocks a goal without an annual-goal statement, baseline, target, criteria or measurement method, and warns without a reporting schedule', () => {
    const parts = completeDraft().map((p) => (p.id === GOAL_ID ? part(IepPartKind.Goal, { area: 'Math' }, { id: GOAL_ID }) : p));
    expect(codes(parts)).toEqual([
      `ERROR GOAL_WITHOUT_ANNUAL_GOAL ${GOAL_ID}`,
      `ERROR GOAL_WITHOUT_BASELINE ${GOAL_ID}`,
      `ERROR GOAL_WITHOUT_TARGET ${GOAL_ID}`,
      `ERROR GOAL_WITHOUT_CRITERIA ${GOAL_ID}`,
      `ERROR GOAL_WITHOUT_MEASUREMENT ${GOAL_ID}`,
      `WARNING GOAL_WITHOUT_REPORTING_SCHEDULE ${GOAL_ID}`,
      `WARNING GOAL_WITHOUT_PROGRESS_MEASURE ${GOAL_ID}`,
    ]);
    expect(checkIepQuality({ parts }, context)[0].message).toBe('Goal "Math" has no annual goal statement.');
    // Whitespace is not a statement.
    const blank = completeDraft().map((p) => (p.id === GOAL_ID ? { ...p, content: { ...(p.content as object), annualGoal: '  \n ' } } : p));
    expect(codes(blank)).toEqual([`ERROR GOAL_WITHOUT_ANNUAL_GOAL ${GOAL_ID}`]);
  });

  it('blocks a service without minutes, frequency or start date', () => {
    const parts = completeDraft().map((p) => (p.id === SERVICE_ID ? part(IepPartKind.Service, { goalIds: [GOAL_ID] }, { id: SERVICE_ID }) : p));
    expect(codes(parts)).toEqual([
      `ERROR SERVICE_WITHOUT_MINUTES ${SERVICE_ID}`,
      `ERROR SERVICE_WITHOUT_FREQUENCY ${SERVICE_ID}`,
      `ERROR SERVICE_WITHOUT_START_DATE ${SERVICE_ID}`,
    ]);
  });

  it('warns about a goal no service supports and a service tied to no goal (or to a goal not in this IEP)', () => {
    const parts = completeDraft().map((p) => (p.id === SERVICE_ID ? part(IepPartKind.Service, { ...SERVICE_CONTENT, goalIds: ['33333333-3333-4333-8333-333333333333'] }, { id: SERVICE_ID }) : p));
    expect(codes(parts)).toEqual([`WARNING GOAL_WITHOUT_SERVICE ${GOAL_ID}`, `WARNING SERVICE_WITHOUT_GOAL ${SERVICE_ID}`]);
  });

  it('warns when present levels are copied unchanged into an annual review, not into an amendment', () => {
    const parts = completeDraft().map((p) => (p.kind === IepPartKind.PresentLevels ? { ...p, unchangedSinceLastYear: true } : p));
    expect(codes(parts)).toEqual(['WARNING PRESENT_LEVELS_UNCHANGED present_levels-part']);
    expect(codes(parts, { ...context, iepKind: 'AMENDMENT' })).toEqual([]);
  });

  it('blocks time outside the regular class without a justification', () => {
    const parts = completeDraft().map((p) => (p.kind === IepPartKind.Placement ? part(IepPartKind.Placement, { percentOutsideRegularClass: 25 }) : p));
    expect(codes(parts)).toEqual(['ERROR PLACEMENT_WITHOUT_JUSTIFICATION placement-part']);
    const inClass = completeDraft().map((p) => (p.kind === IepPartKind.Placement ? part(IepPartKind.Placement, { percentOutsideRegularClass: 0 }) : p));
    expect(codes(inClass)).toEqual([]);
  });

  it('warns about a missing ESY decision, and an IEP with no goals or present levels', () => {
    const parts = completeDraft().filter((p) => p.kind !== IepPartKind.ExtendedSchoolYear && p.kind !== IepPartKind.Goal && p.kind !== IepPartKind.PresentLevels);
    expect(codes(parts)).toEqual([
      'WARNING PRESENT_LEVELS_MISSING null',
      'WARNING NO_GOALS null',
      `WARNING SERVICE_WITHOUT_GOAL ${SERVICE_ID}`,
      'WARNING ESY_DECISION_MISSING null',
    ]);
  });

  it('requires a transition plan once the student reaches the state transition age while the IEP is in force', () => {
    const teen = { ...context, studentDateOfBirth: '2011-06-01', coversUntil: '2027-06-01' };
    expect(codes(completeDraft(), teen)).toEqual(['ERROR TRANSITION_PLAN_MISSING null']);
    const withEmptyPlan = [...completeDraft(), part(IepPartKind.TransitionPlan, { employment: 'Work in a veterinary clinic' })];
    expect(codes(withEmptyPlan, teen)).toEqual(['ERROR TRANSITION_PLAN_MISSING transition_plan-part']);
    const withPlan = [...completeDraft(), part(IepPartKind.TransitionPlan, { employment: 'Work in a veterinary clinic', transitionServices: 'Job shadowing' })];
    expect(codes(withPlan, teen)).toEqual([]);
    // One day younger: turns 16 the day after the IEP ends.
    expect(codes(completeDraft(), { ...teen, coversUntil: '2027-05-31' })).toEqual([]);
    // Massachusetts plans from 14.
    expect(codes(completeDraft(), { ...teen, transitionAge: 14, coversUntil: '2025-06-01' })).toEqual(['ERROR TRANSITION_PLAN_MISSING null']);
  });

  it('gives stable ids and splits errors from warnings for finalizing', () => {
    const parts = completeDraft().map((p) => (p.id === GOAL_ID ? part(IepPartKind.Goal, {}, { id: GOAL_ID }) : p));
    const check = toLifecycleQualityCheck(checkIepQuality({ parts }, context));
    expect(check.errors.map((e) => e.id)).toEqual([
      `GOAL_WITHOUT_ANNUAL_GOAL:${GOAL_ID}`, `GOAL_WITHOUT_BASELINE:${GOAL_ID}`, `GOAL_WITHOUT_TARGET:${GOAL_ID}`,
      `GOAL_WITHOUT_CRITERIA:${GOAL_ID}`, `GOAL_WITHOUT_MEASUREMENT:${GOAL_ID}`,
    ]);
    expect(check.warnings.map((e) => e.id)).toEqual([`GOAL_WITHOUT_REPORTING_SCHEDULE:${GOAL_ID}`, `GOAL_WITHOUT_PROGRESS_MEASURE:${GOAL_ID}`]);
    expect(qualityIssueId({ code: 'NO_GOALS', partId: null })).toBe('NO_GOALS:iep');
  });

  it('is deterministic, one issue per code and part, and every goal without a service is reported (property)', () => {
    const goalArb = fc.record({
      baseline: fc.constantFrom('', '40 wcpm'), criteria: fc.constantFrom('', '4 of 5'), annualGoal: fc.constantFrom('', ' ', 'Read at 90 wcpm'),
      target: fc.constantFrom('', '90 wcpm'), measurementMethod: fc.constantFrom('', 'CBM probes'), supported: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(goalArb, { maxLength: 8 }), (goals) => {
        const goalParts = goals.map((g, i) => part(IepPartKind.Goal, {
          baseline: g.baseline, criteria: g.criteria, annualGoal: g.annualGoal, target: g.target, measurementMethod: g.measurementMethod,
        }, { id: `goal-${i}` }));
        const supportedIds = goals.flatMap((g, i) => (g.supported ? [`goal-${i}`] : []));
        const parts = [...completeDraft().filter((p) => p.kind !== IepPartKind.Goal && p.kind !== IepPartKind.Service),
          ...goalParts, part(IepPartKind.Service, { ...SERVICE_CONTENT, goalIds: supportedIds }, { id: 'service' })];
        const issues = checkIepQuality({ parts }, context);
        expect(checkIepQuality({ parts }, context)).toEqual(issues);
        expect(new Set(issues.map(qualityIssueId)).size).toBe(issues.length);
        expect(issues.filter((i) => i.code === 'GOAL_WITHOUT_SERVICE').length).toBe(goals.filter((g) => !g.supported).length);
        expect(issues.filter((i) => i.code === 'GOAL_WITHOUT_BASELINE').length).toBe(goals.filter((g) => !g.baseline).length);
        expect(issues.filter((i) => i.code === 'GOAL_WITHOUT_ANNUAL_GOAL').length).toBe(goals.filter((g) => !g.annualGoal.trim()).length);
        expect(issues.filter((i) => i.code === 'GOAL_WITHOUT_TARGET').length).toBe(goals.filter((g) => !g.target).length);
        expect(issues.filter((i) => i.code === 'GOAL_WITHOUT_MEASUREMENT').length).toBe(goals.filter((g) => !g.measurementMethod).length);
        // Every goal missing one of them is an error, so the IEP cannot be finalized.
        const incomplete = goals.some((g) => !g.baseline || !g.criteria || !g.annualGoal.trim() || !g.target || !g.measurementMethod);
        expect(toLifecycleQualityCheck(issues).errors.length > 0).toBe(incomplete);
      }),
    );
  });
});

describe('transitionPlanRequired', () => {
  it('is due on the transition birthday itself', () => {
    expect(transitionPlanRequired({ studentDateOfBirth: '2010-02-18', transitionAge: 16, coversUntil: '2026-02-18' })).toBe(true);
    expect(transitionPlanRequired({ studentDateOfBirth: '2010-02-18', transitionAge: 16, coversUntil: '2026-02-17' })).toBe(false);
  });
});
