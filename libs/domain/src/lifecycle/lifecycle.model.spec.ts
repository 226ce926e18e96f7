import fc from 'fast-check';
import { IepKind, IepStatus, UserRole } from '../roles';
import { canonicalJson } from './canonical-json';
import { addCalendarDays } from './dates';
import { sha256Hex } from './digest';
import { actorFor, caseManager, districtAdmin, parent, parentWithoutRights } from './test-fixtures';
import { createIepDraft, transition } from './transition';
import type {
  IepLifecycleState,
  LifecycleActor,
  LifecycleCommand,
  LifecycleCommandType,
  LifecycleEffect,
  LifecycleErrorCode,
} from './types';

// A whole student chain is simulated: the real system is the set of IEP states driven only through
// `transition`, with every effect carried out the way the server must; the model is an independent,
// deliberately naive reading of the rules that predicts each outcome.

const FIRST_DAY = '2025-01-06';
const dateOf = (day: number): string => addCalendarDays(FIRST_DAY, day);

type Variant = 'valid' | 'wrongActor' | 'badInput' | 'qualityErrors';

interface ModelIep {
  readonly id: string;
  readonly kind: IepKind;
  readonly derivedFrom: string | null;
  status: IepStatus;
  versions: number;
  proposedOnDay: number | null;
}

interface Model {
  readonly requiresParentSignature: boolean;
  day: number;
  ieps: ModelIep[];
}

interface Real {
  readonly requiresParentSignature: boolean;
  day: number;
  ids: string[];
  ieps: Map<string, IepLifecycleState>;
  /** Canonical text and digest of each version when first seen, keyed by `iepId#number`. */
  frozen: Map<string, { canonical: string; digest: string }>;
  /** SUPERSEDED or EXPIRED states as first seen; they must never change again. */
  terminal: Map<string, IepLifecycleState>;
}

type Expected = { ok: true; status: IepStatus } | { ok: false; code: LifecycleErrorCode };

/** Legal moves observed across all runs, to prove the properties did not pass by refusing everything. */
const covered = new Set<string>();

const TERMINAL: ReadonlySet<IepStatus> = new Set([IepStatus.Superseded, IepStatus.Expired]);

function activeId(ieps: readonly { status: IepStatus; id: string }[]): string | null {
  return ieps.find((iep) => iep.status === IepStatus.Active)?.id ?? null;
}

function successionAllowed(model: Model, iep: ModelIep): boolean {
  const current = activeId(model.ieps);
  return current === null || current === iep.derivedFrom;
}

/** The rules as a checklist: who, then from which status, then the payload, then the remaining conditions. */
function predict(
  model: Model,
  iep: ModelIep,
  type: LifecycleCommandType,
  variant: Variant,
  extra: number,
): Expected {
  const refuse = (code: LifecycleErrorCode): Expected => ({ ok: false, code });
  if (variant === 'wrongActor') return refuse('FORBIDDEN');
  const bad = variant === 'badInput';
  const is = (...statuses: IepStatus[]): boolean => statuses.includes(iep.status);
  switch (type) {
    case 'FINALIZE':
      if (!is(IepStatus.Draft) || !successionAllowed(model, iep)) return refuse('ILLEGAL_TRANSITION');
      if (variant === 'qualityErrors') return refuse('ILLEGAL_TRANSITION');
      return bad ? refuse('BAD_INPUT') : { ok: true, status: IepStatus.Proposed };
    case 'WITHDRAW':
      return is(IepStatus.Proposed) ? { ok: true, status: IepStatus.Draft } : refuse('ILLEGAL_TRANSITION');
    case 'MARK_REVIEWED':
      return is(IepStatus.Proposed) ? { ok: true, status: IepStatus.Proposed } : refuse('ILLEGAL_TRANSITION');
    case 'DECLINE':
      if (!is(IepStatus.Proposed)) return refuse('ILLEGAL_TRANSITION');
      return bad ? refuse('BAD_INPUT') : { ok: true, status: IepStatus.Draft };
    case 'CONSENT':
    case 'CONSENT_WITH_EXCEPTIONS':
      if (!is(IepStatus.Proposed)) return refuse('ILLEGAL_TRANSITION');
      if (bad) return refuse('BAD_INPUT');
      return successionAllowed(model, iep)
        ? { ok: true, status: IepStatus.Active }
        : refuse('ILLEGAL_TRANSITION');
    case 'TAKE_EFFECT_AFTER_NOTICE': {
      if (!is(IepStatus.Proposed) || iep.kind === IepKind.Initial || model.requiresParentSignature) {
        return refuse('ILLEGAL_TRANSITION');
      }
      if (bad) return refuse('BAD_INPUT');
      const elapsed = (iep.proposedOnDay ?? Number.POSITIVE_INFINITY) + extra <= model.day;
      return elapsed && successionAllowed(model, iep)
        ? { ok: true, status: IepStatus.Active }
        : refuse('ILLEGAL_TRANSITION');
    }
    case 'START_AMENDMENT':
      return is(IepStatus.Active) ? { ok: true, status: iep.status } : refuse('ILLEGAL_TRANSITION');
    case 'START_ANNUAL_REVIEW':
      return is(IepStatus.Active, IepStatus.Expired)
        ? { ok: true, status: iep.status }
        : refuse('ILLEGAL_TRANSITION');
    case 'SUPERSEDE':
      return is(IepStatus.Active) ? { ok: true, status: IepStatus.Superseded } : refuse('ILLEGAL_TRANSITION');
    case 'EXPIRE':
      if (!is(IepStatus.Active)) return refuse('ILLEGAL_TRANSITION');
      if (bad) return refuse('BAD_INPUT');
      // `extra` days before today is the annual review date; it must lie strictly in the past.
      return extra >= 1 ? { ok: true, status: IepStatus.Expired } : refuse('ILLEGAL_TRANSITION');
  }
}

function wrongActorFor(type: LifecycleCommandType): LifecycleActor {
  switch (actorFor(type)) {
    case parent:
      // Alternates between the two ways a parent-side decision can be forbidden.
      return type === 'DECLINE' || type === 'CONSENT' ? parentWithoutRights : caseManager;
    case caseManager:
      return parent;
    default:
      return districtAdmin;
  }
}

/** The concrete command for a variant, built from the real state as a client would build it. */
function buildCommand(real: Real, state: IepLifecycleState, op: IssueSpec): LifecycleCommand {
  const today = dateOf(real.day);
  const bad = op.variant === 'badInput';
  switch (op.type) {
    case 'FINALIZE':
      return {
        type: 'FINALIZE',
        content: op.content,
        qualityCheck: {
          errors: op.variant === 'qualityErrors' ? [{ id: 'e1', message: 'Goal without baseline' }] : [],
          warnings: [{ id: 'w1', message: 'No ESY decision' }],
        },
        acknowledgedWarningIds: bad ? [] : ['w1'],
      };
    case 'WITHDRAW':
    case 'MARK_REVIEWED':
    case 'START_AMENDMENT':
    case 'START_ANNUAL_REVIEW':
      return { type: op.type };
    case 'CONSENT':
      return { type: 'CONSENT', signedOn: bad ? dateOf(real.day + 1) : today };
    case 'CONSENT_WITH_EXCEPTIONS':
      return { type: 'CONSENT_WITH_EXCEPTIONS', signedOn: today, exceptedItemIds: bad ? [] : ['service-1'] };
    case 'DECLINE':
      return { type: 'DECLINE', reasons: bad ? ['  '] : ['More speech minutes'] };
    case 'TAKE_EFFECT_AFTER_NOTICE':
      return {
        type: 'TAKE_EFFECT_AFTER_NOTICE',
        noticeGivenOn: state.proposal?.proposedOn ?? today,
        noticeDays: bad ? -1 : op.extra,
      };
    case 'SUPERSEDE':
      return { type: 'SUPERSEDE', byIepId: 'iep-elsewhere' };
    case 'EXPIRE':
      return { type: 'EXPIRE', annualReviewDueOn: bad ? 'soon' : dateOf(real.day - op.extra) };
  }
}

interface IssueSpec {
  readonly target: number;
  readonly type: LifecycleCommandType;
  readonly variant: Variant;
  readonly extra: number;
  readonly content: unknown;
}

function addDraft(model: Model, real: Real, kind: IepKind, derivedFrom: string | null): void {
  const id = `iep-${real.ids.length + 1}`;
  const created = createIepDraft({ iepId: id, studentId: 'student-1', kind, derivedFromIepId: derivedFrom });
  if (!created.ok) throw new Error(`could not create ${kind} draft: ${created.error.message}`);
  real.ids.push(id);
  real.ieps.set(id, created.state);
  model.ieps.push({ id, kind, derivedFrom, status: IepStatus.Draft, versions: 0, proposedOnDay: null });
}

/** Carries out the effects as the server must: in the same unit of work as the transition. */
function carryOut(
  model: Model,
  real: Real,
  source: IepLifecycleState,
  effects: readonly LifecycleEffect[],
): void {
  for (const effect of effects) {
    switch (effect.type) {
      case 'SUPERSEDE': {
        const predecessor = real.ieps.get(effect.iepId);
        if (predecessor === undefined) throw new Error(`SUPERSEDE names unknown ${effect.iepId}`);
        const result = transition(
          predecessor,
          { type: 'SUPERSEDE', byIepId: effect.byIepId },
          {
            actor: { kind: 'SYSTEM' },
            now: `${dateOf(real.day)}T12:00:00Z`,
            today: dateOf(real.day),
            activeIepId: effect.byIepId,
          },
        );
        if (!result.ok) throw new Error(`SUPERSEDE effect refused: ${result.error.message}`);
        real.ieps.set(effect.iepId, result.state);
        const modelled = model.ieps.find((iep) => iep.id === effect.iepId);
        if (modelled !== undefined) modelled.status = IepStatus.Superseded;
        break;
      }
      case 'CREATE_AMENDMENT_DRAFT':
        addDraft(model, real, IepKind.Amendment, effect.fromIepId);
        break;
      case 'CREATE_ANNUAL_REVIEW_DRAFT':
        addDraft(model, real, IepKind.Annual, effect.fromIepId);
        break;
      case 'FREEZE_VERSION': {
        const version = source.versions.at(-1);
        expect(version).toMatchObject({ number: effect.version, digest: effect.digest });
        break;
      }
      case 'NOTIFY_PARENT':
      case 'START_SERVICE_CLOCK':
      case 'REPORT_COMPLIANCE_BREACH':
        break;
    }
  }
}

/** Plain checks rather than `expect`: they run after every command of every sequence. */
function ensure(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(`invariant broken: ${message()}`);
}

function checkInvariants(model: Model, real: Real): void {
  const states = real.ids.map((id) => real.ieps.get(id) as IepLifecycleState);

  const inForce = states.filter((state) => state.status === IepStatus.Active).map((state) => state.iepId);
  ensure(inForce.length <= 1, () => `several IEPs in effect: ${inForce.join(', ')}`);

  states.forEach((state, index) => {
    const id = state.iepId;
    const modelled = model.ieps[index];
    ensure(
      modelled.id === id && modelled.status === state.status && modelled.versions === state.versions.length,
      () =>
        `model has ${modelled.id} ${modelled.status} v${modelled.versions}, system ${id} ${state.status} v${state.versions.length}`,
    );

    const before = real.terminal.get(id);
    if (before !== undefined) ensure(state === before, () => `${id} changed after becoming ${before.status}`);
    else if (TERMINAL.has(state.status)) real.terminal.set(id, state);

    state.versions.forEach((version, position) => {
      ensure(
        version.number === position + 1,
        () => `${id} has version ${version.number} at position ${position}`,
      );
      const key = `${id}#${version.number}`;
      const canonical = canonicalJson(version.content);
      const seen = real.frozen.get(key);
      if (seen === undefined) {
        ensure(sha256Hex(canonical) === version.digest, () => `${key} digest does not match its content`);
        real.frozen.set(key, { canonical, digest: version.digest });
      } else {
        ensure(
          seen.canonical === canonical && seen.digest === version.digest,
          () => `${key} changed after freezing`,
        );
      }
    });

    ensure(
      (state.proposal !== null) === (state.status === IepStatus.Proposed),
      () => `${id} proposal out of step`,
    );
    const hasBeenInForce = [IepStatus.Active, IepStatus.Superseded, IepStatus.Expired].includes(state.status);
    ensure((state.effective !== null) === hasBeenInForce, () => `${id} effective version out of step`);

    if (state.effective !== null) {
      const { version, basis } = state.effective;
      ensure(
        version === state.versions.at(-1)?.number,
        () => `${id} has v${version} in force, not its latest proposal`,
      );
      const declined = state.history.some(
        (record) => record.type === 'DECLINED' && record.version === version,
      );
      ensure(!declined, () => `${id} put declined v${version} in force`);
      const activation = state.history.find(
        (record) =>
          (record.type === 'CONSENTED' || record.type === 'TOOK_EFFECT_AFTER_NOTICE') &&
          record.version === version,
      );
      ensure(activation !== undefined, () => `${id} is in force without consent or notice`);
      if (state.kind === IepKind.Initial) {
        const consentedByRightsHolder =
          basis === 'PARENT_CONSENT' &&
          activation?.type === 'CONSENTED' &&
          (activation.by === UserRole.Parent || activation.by === UserRole.Student);
        ensure(
          consentedByRightsHolder,
          () => `INITIAL ${id} is in force without the consent of the rights holder`,
        );
      }
    }
  });
}

class Issue implements fc.Command<Model, Real> {
  constructor(private readonly spec: IssueSpec) {}

  check(): boolean {
    return true;
  }

  run(model: Model, real: Real): void {
    const index = this.spec.target % real.ids.length;
    const iep = model.ieps[index];
    const state = real.ieps.get(real.ids[index]) as IepLifecycleState;
    const expected = predict(model, iep, this.spec.type, this.spec.variant, this.spec.extra);

    const actor =
      this.spec.variant === 'wrongActor' ? wrongActorFor(this.spec.type) : actorFor(this.spec.type);
    const result = transition(state, buildCommand(real, state, this.spec), {
      actor,
      now: `${dateOf(real.day)}T12:00:00Z`,
      today: dateOf(real.day),
      requiresParentSignature: real.requiresParentSignature,
      activeIepId: activeId([...real.ieps.values()].map((each) => ({ id: each.iepId, status: each.status }))),
    });

    if (result.ok) {
      expect({ ok: true, status: result.state.status }).toEqual(expected);
      covered.add(`${state.status} --${this.spec.type}--> ${result.state.status}`);
      real.ieps.set(state.iepId, result.state);
      iep.status = expected.ok ? expected.status : iep.status;
      if (this.spec.type === 'FINALIZE') {
        iep.versions += 1;
        iep.proposedOnDay = model.day;
      }
      carryOut(model, real, result.state, result.effects);
    } else {
      expect({ ok: false, code: result.error.code }).toEqual(expected);
    }
    checkInvariants(model, real);
  }

  toString(): string {
    const { target, type, variant, extra } = this.spec;
    return `${type}(iep #${target}, ${variant}, ${extra})`;
  }
}

class NewInitial implements fc.Command<Model, Real> {
  check(model: Readonly<Model>): boolean {
    return model.ieps.length < 12;
  }

  run(model: Model, real: Real): void {
    addDraft(model, real, IepKind.Initial, null);
    checkInvariants(model, real);
  }

  toString(): string {
    return 'NEW_INITIAL_DRAFT';
  }
}

class AdvanceDays implements fc.Command<Model, Real> {
  constructor(private readonly days: number) {}

  check(): boolean {
    return true;
  }

  run(model: Model, real: Real): void {
    model.day += this.days;
    real.day += this.days;
  }

  toString(): string {
    return `ADVANCE(${this.days} days)`;
  }
}

const variant: fc.Arbitrary<Variant> = fc.oneof(
  { weight: 8, arbitrary: fc.constant<Variant>('valid') },
  { weight: 1, arbitrary: fc.constant<Variant>('wrongActor') },
  { weight: 1, arbitrary: fc.constant<Variant>('badInput') },
  { weight: 1, arbitrary: fc.constant<Variant>('qualityErrors') },
);

const content = fc.record({
  parentConcerns: fc.string(),
  goals: fc.array(fc.record({ id: fc.string(), target: fc.integer() }), { maxLength: 3 }),
  notes: fc.jsonValue({ maxDepth: 2 }),
});

function issue(
  types: readonly LifecycleCommandType[],
  weight: number,
): fc.WeightedArbitrary<fc.Command<Model, Real>> {
  return {
    weight,
    arbitrary: fc
      .record({
        target: fc.nat(),
        type: fc.constantFrom(...types),
        variant,
        extra: fc.integer({ min: -2, max: 15 }),
        content,
      })
      .map(
        (spec) =>
          new Issue({
            ...spec,
            extra: spec.type === 'TAKE_EFFECT_AFTER_NOTICE' ? Math.abs(spec.extra) : spec.extra,
          }),
      ),
  };
}

const commands = fc.commands<Model, Real>(
  [
    fc.oneof(
      issue(['FINALIZE'], 8),
      issue(['CONSENT', 'CONSENT_WITH_EXCEPTIONS', 'DECLINE', 'MARK_REVIEWED', 'WITHDRAW'], 10),
      issue(['TAKE_EFFECT_AFTER_NOTICE'], 4),
      issue(['START_AMENDMENT', 'START_ANNUAL_REVIEW'], 4),
      issue(['EXPIRE', 'SUPERSEDE'], 2),
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 20 }).map((days) => new AdvanceDays(days)) },
      { weight: 1, arbitrary: fc.constant(new NewInitial()) },
    ),
  ],
  { maxCommands: 60, size: 'medium' },
);

function setup(requiresParentSignature: boolean): () => { model: Model; real: Real } {
  return () => {
    const model: Model = { requiresParentSignature, day: 0, ieps: [] };
    const real: Real = {
      requiresParentSignature,
      day: 0,
      ids: [],
      ieps: new Map(),
      frozen: new Map(),
      terminal: new Map(),
    };
    addDraft(model, real, IepKind.Initial, null);
    return { model, real };
  };
}

describe('IEP lifecycle, model-based (fast-check)', () => {
  it('agrees with the model and keeps every invariant over random command sequences', () => {
    fc.assert(
      fc.property(fc.boolean(), commands, (requiresParentSignature, sequence) => {
        fc.modelRun(setup(requiresParentSignature), sequence);
      }),
      { numRuns: 400 },
    );
  });

  it('exercised every legal move (the property above did not pass by refusing everything)', () => {
    const legalMoves = [
      'DRAFT --FINALIZE--> PROPOSED',
      'PROPOSED --WITHDRAW--> DRAFT',
      'PROPOSED --MARK_REVIEWED--> PROPOSED',
      'PROPOSED --CONSENT--> ACTIVE',
      'PROPOSED --CONSENT_WITH_EXCEPTIONS--> ACTIVE',
      'PROPOSED --DECLINE--> DRAFT',
      'PROPOSED --TAKE_EFFECT_AFTER_NOTICE--> ACTIVE',
      'ACTIVE --START_AMENDMENT--> ACTIVE',
      'ACTIVE --START_ANNUAL_REVIEW--> ACTIVE',
      'ACTIVE --SUPERSEDE--> SUPERSEDED',
      'ACTIVE --EXPIRE--> EXPIRED',
      'EXPIRED --START_ANNUAL_REVIEW--> EXPIRED',
    ];
    expect(legalMoves.filter((move) => !covered.has(move))).toEqual([]);
  });
});
