import { IepKind, IepStatus, UserRole } from '../roles';
import { contentDigest } from './digest';
import {
  active,
  activeIdFor,
  adultStudent,
  ALL_COMMAND_TYPES,
  apply,
  caseManager,
  CONTENT,
  context,
  districtRep,
  expectError,
  expectOk,
  inStatus,
  newDraft,
  parent,
  parentWithoutRights,
  PROPOSED_ON,
  proposed,
  SIGNED_ON,
  SYSTEM,
  TODAY,
  validCommand,
} from './test-fixtures';
import { createIepDraft, transition } from './transition';
import type { IepLifecycleState, LifecycleCommand, LifecycleCommandType } from './types';

/** Every legal move; any (status, command) pair not listed must be refused as ILLEGAL_TRANSITION. */
const LEGAL: Readonly<Record<IepStatus, Partial<Record<LifecycleCommandType, IepStatus>>>> = {
  [IepStatus.Draft]: { FINALIZE: IepStatus.Proposed },
  [IepStatus.Proposed]: {
    WITHDRAW: IepStatus.Draft,
    MARK_REVIEWED: IepStatus.Proposed,
    CONSENT: IepStatus.Active,
    CONSENT_WITH_EXCEPTIONS: IepStatus.Active,
    DECLINE: IepStatus.Draft,
    TAKE_EFFECT_AFTER_NOTICE: IepStatus.Active,
  },
  [IepStatus.Active]: {
    START_AMENDMENT: IepStatus.Active,
    START_ANNUAL_REVIEW: IepStatus.Active,
    SUPERSEDE: IepStatus.Superseded,
    EXPIRE: IepStatus.Expired,
  },
  [IepStatus.Superseded]: {},
  [IepStatus.Expired]: { START_ANNUAL_REVIEW: IepStatus.Expired },
};

const cases = Object.values(IepStatus).flatMap((from) =>
  ALL_COMMAND_TYPES.map((type) => ({ from, type, to: LEGAL[from][type] })),
);

describe('transition table (an ANNUAL IEP in a state that allows effect after notice)', () => {
  it.each(cases.filter((row) => row.to !== undefined))('$from --$type--> $to', ({ from, type, to }) => {
    const state = inStatus(from);
    const result = apply(state, validCommand(type), {
      activeIepId: activeIdFor(state),
      requiresParentSignature: false,
    });
    expect(expectOk(result).state.status).toBe(to);
  });

  it.each(cases.filter((row) => row.to === undefined))(
    '$from --$type--> refused as ILLEGAL_TRANSITION',
    ({ from, type }) => {
      const state = inStatus(from);
      const result = apply(state, validCommand(type), {
        activeIepId: activeIdFor(state),
        requiresParentSignature: false,
      });
      expect(expectError(result, 'ILLEGAL_TRANSITION').message).toContain(from);
    },
  );
});

describe('createIepDraft', () => {
  it('creates an INITIAL draft with no versions and no predecessor', () => {
    const state = newDraft(IepKind.Initial);
    expect(state).toMatchObject({ status: IepStatus.Draft, kind: IepKind.Initial, derivedFromIepId: null });
    expect(state.versions).toEqual([]);
    expect(state.history).toEqual([]);
  });

  it('refuses an INITIAL IEP derived from another IEP', () => {
    const created = createIepDraft({
      iepId: 'a',
      studentId: 's',
      kind: IepKind.Initial,
      derivedFromIepId: 'b',
    });
    expect(created.ok).toBe(false);
  });

  it.each([IepKind.Annual, IepKind.Amendment])('refuses an %s IEP without the IEP it replaces', (kind) => {
    expect(createIepDraft({ iepId: 'a', studentId: 's', kind, derivedFromIepId: null }).ok).toBe(false);
    expect(createIepDraft({ iepId: 'a', studentId: 's', kind, derivedFromIepId: 'a' }).ok).toBe(false);
    expect(createIepDraft({ iepId: 'a', studentId: 's', kind, derivedFromIepId: 'b' }).ok).toBe(true);
  });

  it('refuses blank ids', () => {
    const created = createIepDraft({
      iepId: ' ',
      studentId: 's',
      kind: IepKind.Initial,
      derivedFromIepId: null,
    });
    expect(created).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});

describe('FINALIZE (DRAFT → PROPOSED)', () => {
  const finalize = (overrides: Partial<LifecycleCommand & { type: 'FINALIZE' }> = {}): LifecycleCommand => ({
    type: 'FINALIZE',
    content: CONTENT,
    qualityCheck: { errors: [], warnings: [] },
    acknowledgedWarningIds: [],
    ...overrides,
  });

  it('freezes version 1 with the SHA-256 of the canonical content and sends it to the parent', () => {
    const { state, effects } = expectOk(apply(newDraft(), finalize()));
    const digest = contentDigest(CONTENT);
    expect(state.versions).toEqual([{ number: 1, digest, frozenAt: `${TODAY}T12:00:00Z`, content: CONTENT }]);
    expect(state.proposal).toEqual({ version: 1, proposedOn: TODAY });
    expect(effects).toEqual([
      { type: 'FREEZE_VERSION', iepId: 'iep-1', version: 1, digest },
      { type: 'NOTIFY_PARENT', iepId: 'iep-1', version: 1, reason: 'PROPOSED' },
    ]);
    expect(state.history).toEqual([
      { type: 'PROPOSED', version: 1, at: `${TODAY}T12:00:00Z`, by: 'DISTRICT_REPRESENTATIVE' },
    ]);
  });

  it('may be issued by the case manager as well as the district representative, and by no one else', () => {
    const { state } = expectOk(transition(newDraft(), finalize(), context({ actor: caseManager })));
    expect(state.history).toEqual([
      { type: 'PROPOSED', version: 1, at: `${TODAY}T12:00:00Z`, by: 'SPECIAL_EDUCATION_TEACHER' },
    ]);
    const specialist = { kind: 'USER', role: UserRole.Specialist, holdsEducationalRights: false } as const;
    expectError(transition(newDraft(), finalize(), context({ actor: specialist })), 'FORBIDDEN');
  });

  it('keeps a private, deeply frozen copy of the content', () => {
    const content = { goals: [{ id: 'g', target: 1 }] };
    const { state } = expectOk(apply(newDraft(), finalize({ content })));
    content.goals[0].target = 2;
    const frozen = state.versions[0].content as { goals: { target: number }[] };
    expect(frozen.goals[0].target).toBe(1);
    expect(() => {
      frozen.goals[0].target = 3;
    }).toThrow(TypeError);
    expect(Object.isFrozen(state.versions[0])).toBe(true);
  });

  it('is blocked by quality-check errors, listing them', () => {
    const errors = [{ id: 'goal-without-baseline', message: 'Goal 1 has no baseline' }];
    const error = expectError(
      apply(newDraft(), finalize({ qualityCheck: { errors, warnings: [] } })),
      'ILLEGAL_TRANSITION',
    );
    expect(error.issues).toEqual(errors);
  });

  it('refuses unacknowledged warnings, listing only those not acknowledged', () => {
    const warnings = [
      { id: 'w1', message: 'No transportation decision' },
      { id: 'w2', message: 'ESY not discussed' },
    ];
    const command = finalize({ qualityCheck: { errors: [], warnings }, acknowledgedWarningIds: ['w1'] });
    expect(expectError(apply(newDraft(), command), 'BAD_INPUT').issues).toEqual([warnings[1]]);
  });

  it('accepts warnings when every one is acknowledged', () => {
    const warnings = [{ id: 'w1', message: 'No transportation decision' }];
    const command = finalize({
      qualityCheck: { errors: [], warnings },
      acknowledgedWarningIds: ['w1', 'stale'],
    });
    expect(expectOk(apply(newDraft(), command)).state.status).toBe(IepStatus.Proposed);
  });

  it.each([
    ['undefined', { a: undefined }],
    ['a function', { a: () => 1 }],
    ['NaN', { a: Number.NaN }],
    ['a Date', { a: new Date(0) }],
  ])('refuses content holding %s', (_label, content) => {
    expectError(apply(newDraft(), finalize({ content })), 'BAD_INPUT');
  });

  it('refuses a malformed quality-check result', () => {
    const qualityCheck = { errors: [{ id: 1 }], warnings: [] } as unknown as { errors: []; warnings: [] };
    expectError(apply(newDraft(), finalize({ qualityCheck })), 'BAD_INPUT');
  });

  it('numbers the next proposal after a decline as a new version and leaves the old one intact', () => {
    const first = proposed();
    const declined = expectOk(apply(first, validCommand('DECLINE'))).state;
    const changed = { ...CONTENT, parentConcerns: 'Reading fluency and writing' };
    const second = expectOk(apply(declined, finalize({ content: changed }))).state;
    expect(second.versions.map((version) => version.number)).toEqual([1, 2]);
    expect(second.versions[0]).toBe(first.versions[0]);
    expect(second.versions[1].digest).toBe(contentDigest(changed));
    expect(second.proposal?.version).toBe(2);
  });

  it('refuses an INITIAL IEP while another IEP is in effect for the student', () => {
    expectError(
      apply(newDraft(IepKind.Initial), finalize(), { activeIepId: 'iep-other' }),
      'ILLEGAL_TRANSITION',
    );
  });

  it('refuses a successor draft whose predecessor is no longer the IEP in effect', () => {
    expectError(
      apply(newDraft(IepKind.Amendment), finalize(), { activeIepId: 'iep-sibling' }),
      'ILLEGAL_TRANSITION',
    );
  });

  it('accepts a successor draft whose predecessor expired', () => {
    expectOk(apply(newDraft(IepKind.Annual), finalize(), { activeIepId: null }));
  });

  it.each([UserRole.GeneralEducationTeacher, UserRole.Parent, UserRole.DistrictAdmin])(
    'is forbidden to a %s',
    (role) => {
      const result = transition(
        newDraft(),
        finalize(),
        context({ actor: { kind: 'USER', role, holdsEducationalRights: true } }),
      );
      expectError(result, 'FORBIDDEN');
    },
  );
});

describe('WITHDRAW (PROPOSED → DRAFT)', () => {
  it('returns the proposal to draft, tells the parent, and the next proposal is a new version', () => {
    const { state, effects } = expectOk(apply(proposed(), { type: 'WITHDRAW' }));
    expect(state).toMatchObject({ status: IepStatus.Draft, proposal: null });
    expect(effects).toEqual([{ type: 'NOTIFY_PARENT', iepId: 'iep-1', version: 1, reason: 'WITHDRAWN' }]);
    const again = expectOk(apply(state, validCommand('FINALIZE'))).state;
    expect(again.proposal?.version).toBe(2);
  });

  it('is allowed after the parent has only marked the proposal reviewed', () => {
    const reviewed = expectOk(apply(proposed(), { type: 'MARK_REVIEWED' })).state;
    expect(expectOk(apply(reviewed, { type: 'WITHDRAW' })).state.status).toBe(IepStatus.Draft);
  });

  it('is forbidden to the parent', () => {
    expectError(transition(proposed(), { type: 'WITHDRAW' }, context({ actor: parent })), 'FORBIDDEN');
  });
});

describe('MARK_REVIEWED', () => {
  it('records the review without consent: status, proposal and effects unchanged', () => {
    const before = proposed();
    const { state, effects } = expectOk(apply(before, { type: 'MARK_REVIEWED' }));
    expect(state.status).toBe(IepStatus.Proposed);
    expect(state.proposal).toEqual(before.proposal);
    expect(state.effective).toBeNull();
    expect(effects).toEqual([]);
    expect(state.history.at(-1)).toMatchObject({ type: 'REVIEWED_BY_PARENT', version: 1, by: 'PARENT' });
  });

  it('is for the holder of the rights only', () => {
    expectError(
      transition(proposed(), { type: 'MARK_REVIEWED' }, context({ actor: parentWithoutRights })),
      'FORBIDDEN',
    );
  });
});

describe('CONSENT (PROPOSED → ACTIVE)', () => {
  it('puts the proposed version in force and starts the service clock on the signature date', () => {
    const { state, effects } = expectOk(apply(proposed(), validCommand('CONSENT')));
    expect(state.status).toBe(IepStatus.Active);
    expect(state.effective).toEqual({
      version: 1,
      effectiveOn: SIGNED_ON,
      basis: 'PARENT_CONSENT',
      signedOn: SIGNED_ON,
      exceptedItemIds: [],
    });
    expect(effects).toEqual([
      { type: 'START_SERVICE_CLOCK', iepId: 'iep-1', startsOn: SIGNED_ON, signedOn: SIGNED_ON },
    ]);
  });

  it('supersedes the IEP it was started from', () => {
    const { effects } = expectOk(
      apply(proposed(IepKind.Annual), validCommand('CONSENT'), { activeIepId: 'iep-prev' }),
    );
    expect(effects[0]).toEqual({ type: 'SUPERSEDE', iepId: 'iep-prev', byIepId: 'iep-1' });
  });

  it('refuses a successor when a sibling has already taken effect', () => {
    expectError(
      apply(proposed(IepKind.Annual), validCommand('CONSENT'), { activeIepId: 'iep-sibling' }),
      'ILLEGAL_TRANSITION',
    );
  });

  it('may be given by a student who holds the rights', () => {
    const result = transition(proposed(), validCommand('CONSENT'), context({ actor: adultStudent }));
    expect(expectOk(result).state.history.at(-1)).toMatchObject({ type: 'CONSENTED', by: 'STUDENT' });
  });

  it('is forbidden to a parent whose rights have transferred to the student', () => {
    expectError(
      transition(proposed(), validCommand('CONSENT'), context({ actor: parentWithoutRights })),
      'FORBIDDEN',
    );
  });

  it.each([
    ['is not a date', '10/09/2025'],
    ['is not a real day', '2025-02-30'],
    ['precedes the proposal', '2025-08-31'],
    ['is in the future', '2025-09-16'],
  ])('refuses a signature date that %s', (_label, signedOn) => {
    expectError(apply(proposed(), { type: 'CONSENT', signedOn }), 'BAD_INPUT');
  });
});

describe('CONSENT_WITH_EXCEPTIONS (PROPOSED → ACTIVE, exceptions to a new amendment draft)', () => {
  it('puts the rest in force and sends the excepted items back as an amendment draft', () => {
    const command: LifecycleCommand = {
      type: 'CONSENT_WITH_EXCEPTIONS',
      signedOn: SIGNED_ON,
      exceptedItemIds: ['service-1'],
    };
    const { state, effects } = expectOk(apply(proposed(), command));
    expect(state.status).toBe(IepStatus.Active);
    expect(state.effective?.exceptedItemIds).toEqual(['service-1']);
    expect(effects).toEqual([
      { type: 'START_SERVICE_CLOCK', iepId: 'iep-1', startsOn: SIGNED_ON, signedOn: SIGNED_ON },
      {
        type: 'CREATE_AMENDMENT_DRAFT',
        studentId: 'student-1',
        fromIepId: 'iep-1',
        fromVersion: 1,
        exceptedItemIds: ['service-1'],
      },
    ]);
  });

  it.each([
    ['no items', []],
    ['a blank item id', ['goal-1', ' ']],
    ['an item twice', ['goal-1', 'goal-1']],
  ])('refuses %s', (_label, exceptedItemIds) => {
    expectError(
      apply(proposed(), { type: 'CONSENT_WITH_EXCEPTIONS', signedOn: SIGNED_ON, exceptedItemIds }),
      'BAD_INPUT',
    );
  });
});

describe('DECLINE (PROPOSED → DRAFT)', () => {
  it('returns the IEP to draft and records the trimmed reasons', () => {
    const { state, effects } = expectOk(
      apply(proposed(), { type: 'DECLINE', reasons: [' Too few minutes '] }),
    );
    expect(state).toMatchObject({ status: IepStatus.Draft, proposal: null, effective: null });
    expect(state.history.at(-1)).toMatchObject({
      type: 'DECLINED',
      version: 1,
      reasons: ['Too few minutes'],
    });
    expect(effects).toEqual([]);
  });

  it.each([
    ['no reason', []],
    ['a blank reason', ['Too few minutes', '  ']],
  ])('refuses %s', (_label, reasons) => {
    expectError(apply(proposed(), { type: 'DECLINE', reasons }), 'BAD_INPUT');
  });

  it('leaves nothing to consent to until the IEP is proposed again', () => {
    const declined = expectOk(apply(proposed(), validCommand('DECLINE'))).state;
    expectError(apply(declined, validCommand('CONSENT')), 'ILLEGAL_TRANSITION');
    const again = expectOk(apply(declined, validCommand('FINALIZE'), { today: '2025-09-05' })).state;
    const consented = expectOk(apply(again, { type: 'CONSENT', signedOn: '2025-09-06' })).state;
    expect(consented.effective?.version).toBe(2);
  });
});

describe('TAKE_EFFECT_AFTER_NOTICE (PROPOSED → ACTIVE without signature)', () => {
  const noticeOf10Days: LifecycleCommand = {
    type: 'TAKE_EFFECT_AFTER_NOTICE',
    noticeGivenOn: PROPOSED_ON,
    noticeDays: 10,
  };
  const withoutSignature = { requiresParentSignature: false, activeIepId: 'iep-prev' } as const;

  it.each([IepKind.Annual, IepKind.Amendment])(
    'puts an %s IEP in force once the notice period has run',
    (kind) => {
      const { state, effects } = expectOk(apply(proposed(kind), noticeOf10Days, withoutSignature));
      expect(state.status).toBe(IepStatus.Active);
      expect(state.effective).toEqual({
        version: 1,
        effectiveOn: '2025-09-11',
        basis: 'NOTICE_ELAPSED',
        signedOn: null,
        exceptedItemIds: [],
      });
      expect(effects).toEqual([
        { type: 'SUPERSEDE', iepId: 'iep-prev', byIepId: 'iep-1' },
        { type: 'START_SERVICE_CLOCK', iepId: 'iep-1', startsOn: '2025-09-11', signedOn: null },
      ]);
    },
  );

  it('takes effect on the last day of the period, not before', () => {
    const command: LifecycleCommand = {
      type: 'TAKE_EFFECT_AFTER_NOTICE',
      noticeGivenOn: '2025-09-05',
      noticeDays: 10,
    };
    expectOk(apply(proposed(IepKind.Annual), command, withoutSignature));
    const early = apply(proposed(IepKind.Annual), command, { ...withoutSignature, today: '2025-09-14' });
    expect(expectError(early, 'ILLEGAL_TRANSITION').message).toContain('2025-09-15');
  });

  it('is refused where the state requires a signature, which is the default', () => {
    expectError(
      apply(proposed(IepKind.Annual), noticeOf10Days, { activeIepId: 'iep-prev' }),
      'ILLEGAL_TRANSITION',
    );
    const required = { activeIepId: 'iep-prev', requiresParentSignature: true };
    expectError(apply(proposed(IepKind.Annual), noticeOf10Days, required), 'ILLEGAL_TRANSITION');
  });

  it('never puts an INITIAL IEP in force, even where no signature is required', () => {
    const error = expectError(
      apply(proposed(IepKind.Initial), noticeOf10Days, { requiresParentSignature: false }),
      'ILLEGAL_TRANSITION',
    );
    expect(error.message).toContain('INITIAL');
  });

  it.each([
    ['a notice given before this version was proposed', { noticeGivenOn: '2025-08-31', noticeDays: 10 }],
    ['a notice dated in the future', { noticeGivenOn: '2025-09-16', noticeDays: 0 }],
    ['a malformed notice date', { noticeGivenOn: 'yesterday', noticeDays: 10 }],
    ['a negative period', { noticeGivenOn: PROPOSED_ON, noticeDays: -1 }],
    ['a fractional period', { noticeGivenOn: PROPOSED_ON, noticeDays: 2.5 }],
    ['a period over a year', { noticeGivenOn: PROPOSED_ON, noticeDays: 366 }],
  ])('refuses %s', (_label, payload) => {
    expectError(
      apply(proposed(IepKind.Annual), { type: 'TAKE_EFFECT_AFTER_NOTICE', ...payload }, withoutSignature),
      'BAD_INPUT',
    );
  });

  it('may be issued by the case manager as well as by the system', () => {
    const result = transition(
      proposed(IepKind.Annual),
      noticeOf10Days,
      context({ actor: caseManager, ...withoutSignature }),
    );
    expect(expectOk(result).state.history.at(-1)).toMatchObject({
      type: 'TOOK_EFFECT_AFTER_NOTICE',
      by: UserRole.SpecialEducationTeacher,
    });
  });

  it('is forbidden to the parent', () => {
    expectError(
      transition(proposed(IepKind.Annual), noticeOf10Days, context({ actor: parent, ...withoutSignature })),
      'FORBIDDEN',
    );
  });
});

describe('START_AMENDMENT and START_ANNUAL_REVIEW (the ACTIVE IEP itself never changes)', () => {
  it('asks for an amendment draft from the version in force', () => {
    const before = active();
    const { state, effects } = expectOk(apply(before, { type: 'START_AMENDMENT' }, { activeIepId: 'iep-1' }));
    expect(state).toBe(before);
    expect(effects).toEqual([
      {
        type: 'CREATE_AMENDMENT_DRAFT',
        studentId: 'student-1',
        fromIepId: 'iep-1',
        fromVersion: 1,
        exceptedItemIds: [],
      },
    ]);
  });

  it('asks for an annual review draft from the version in force', () => {
    const before = active();
    const { state, effects } = expectOk(
      apply(before, { type: 'START_ANNUAL_REVIEW' }, { activeIepId: 'iep-1' }),
    );
    expect(state).toBe(before);
    expect(effects).toEqual([
      { type: 'CREATE_ANNUAL_REVIEW_DRAFT', studentId: 'student-1', fromIepId: 'iep-1', fromVersion: 1 },
    ]);
  });

  it('still lets a late annual review start from an EXPIRED IEP, which stays EXPIRED', () => {
    const expired = inStatus(IepStatus.Expired);
    const { state } = expectOk(apply(expired, { type: 'START_ANNUAL_REVIEW' }));
    expect(state).toBe(expired);
  });

  it('is forbidden to the district admin, who is read-only', () => {
    expectError(
      transition(
        active(),
        { type: 'START_AMENDMENT' },
        context({ actor: { kind: 'USER', role: UserRole.DistrictAdmin, holdsEducationalRights: false } }),
      ),
      'FORBIDDEN',
    );
  });
});

describe('SUPERSEDE (ACTIVE → SUPERSEDED)', () => {
  it('records the successor', () => {
    const { state } = expectOk(
      apply(active(), { type: 'SUPERSEDE', byIepId: 'iep-2' }, { activeIepId: 'iep-2' }),
    );
    expect(state).toMatchObject({ status: IepStatus.Superseded, supersededByIepId: 'iep-2' });
    expect(state.effective?.version).toBe(1);
  });

  it.each([
    ['a blank successor', ''],
    ['itself', 'iep-1'],
  ])('refuses %s as successor', (_label, byIepId) => {
    expectError(apply(active(), { type: 'SUPERSEDE', byIepId }), 'BAD_INPUT');
  });

  it('is issued by the system only', () => {
    expectError(
      transition(active(), { type: 'SUPERSEDE', byIepId: 'iep-2' }, context({ actor: districtRep })),
      'FORBIDDEN',
    );
  });
});

describe('EXPIRE (ACTIVE → EXPIRED)', () => {
  const expire: LifecycleCommand = { type: 'EXPIRE', annualReviewDueOn: '2025-09-14' };

  it('lapses the day after the annual review date and reports the breach', () => {
    const { state, effects } = expectOk(apply(active(), expire, { activeIepId: 'iep-1' }));
    expect(state.status).toBe(IepStatus.Expired);
    expect(effects).toEqual([
      {
        type: 'REPORT_COMPLIANCE_BREACH',
        iepId: 'iep-1',
        breach: 'ANNUAL_REVIEW_MISSED',
        dueOn: '2025-09-14',
      },
    ]);
  });

  it('does not lapse on the annual review date itself', () => {
    expectError(apply(active(), expire, { activeIepId: 'iep-1', today: '2025-09-14' }), 'ILLEGAL_TRANSITION');
  });

  it('is refused when a successor is already in effect', () => {
    expectError(apply(active(), expire, { activeIepId: 'iep-2' }), 'ILLEGAL_TRANSITION');
  });

  it('refuses a malformed review date', () => {
    expectError(apply(active(), { type: 'EXPIRE', annualReviewDueOn: '2025-13-01' }), 'BAD_INPUT');
  });

  it('is issued by the system only', () => {
    expectError(transition(active(), expire, context({ actor: districtRep })), 'FORBIDDEN');
  });
});

describe('refusals that are not about the state', () => {
  it.each(
    ALL_COMMAND_TYPES.filter((type) => !['TAKE_EFFECT_AFTER_NOTICE', 'SUPERSEDE', 'EXPIRE'].includes(type)),
  )('the system may not issue %s', (type) => {
    expectError(
      transition(inStatus(IepStatus.Proposed), validCommand(type), context({ actor: SYSTEM })),
      'FORBIDDEN',
    );
  });

  it('answers an unknown command with BAD_INPUT instead of throwing', () => {
    const bogus = { type: 'DELETE' } as unknown as LifecycleCommand;
    expectError(transition(newDraft(), bogus, context()), 'BAD_INPUT');
    expectError(transition(newDraft(), null as unknown as LifecycleCommand, context()), 'BAD_INPUT');
  });

  it.each([
    ['a malformed instant', { now: '2025-09-15 12:00' }],
    ['an instant without a zone', { now: '2025-09-15T12:00:00' }],
    ['a malformed date', { today: '15.09.2025' }],
    ['a blank active IEP id', { activeIepId: '' }],
  ])('refuses a context with %s', (_label, overrides) => {
    expectError(transition(newDraft(), validCommand('FINALIZE'), context(overrides)), 'BAD_INPUT');
  });

  it('never mutates the state it is given', () => {
    const state: IepLifecycleState = proposed();
    const snapshot = JSON.stringify(state);
    for (const type of ALL_COMMAND_TYPES) apply(state, validCommand(type));
    expect(JSON.stringify(state)).toBe(snapshot);
  });
});
