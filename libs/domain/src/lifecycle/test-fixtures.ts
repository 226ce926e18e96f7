// Builders shared by the lifecycle specs; not part of the public API (index.ts does not export them).
import { IepKind, IepStatus, UserRole } from '../roles';
import { createIepDraft, transition } from './transition';
import type {
  IepLifecycleState,
  LifecycleActor,
  LifecycleCommand,
  LifecycleCommandType,
  LifecycleContext,
  LifecycleEffect,
  LifecycleErrorCode,
  LifecycleError,
  TransitionResult,
} from './types';

export const PROPOSED_ON = '2025-09-01';
export const SIGNED_ON = '2025-09-10';
export const TODAY = '2025-09-15';

export const SYSTEM: LifecycleActor = { kind: 'SYSTEM' };
export const caseManager = user(UserRole.SpecialEducationTeacher);
export const districtRep = user(UserRole.DistrictRepresentative);
export const districtAdmin = user(UserRole.DistrictAdmin);
export const parent = user(UserRole.Parent, true);
export const parentWithoutRights = user(UserRole.Parent, false);
export const adultStudent = user(UserRole.Student, true);

export function user(role: UserRole, holdsEducationalRights = false): LifecycleActor {
  return { kind: 'USER', role, holdsEducationalRights };
}

export const CONTENT = {
  parentConcerns: 'Reading fluency',
  goals: [{ id: 'goal-1', baseline: 42, target: 90, measure: 'words correct per minute' }],
  services: [{ id: 'service-1', providerRole: 'SLP', minutes: 30, frequency: 'weekly' }],
};

/** The actor who may legitimately issue each command. */
export function actorFor(type: LifecycleCommandType): LifecycleActor {
  switch (type) {
    case 'FINALIZE':
      return districtRep;
    case 'WITHDRAW':
    case 'START_AMENDMENT':
    case 'START_ANNUAL_REVIEW':
      return caseManager;
    case 'MARK_REVIEWED':
    case 'CONSENT':
    case 'CONSENT_WITH_EXCEPTIONS':
    case 'DECLINE':
      return parent;
    case 'TAKE_EFFECT_AFTER_NOTICE':
    case 'SUPERSEDE':
    case 'EXPIRE':
      return SYSTEM;
  }
}

/** A well-formed command of each type, valid on the dates above. */
export function validCommand(type: LifecycleCommandType): LifecycleCommand {
  switch (type) {
    case 'FINALIZE':
      return {
        type,
        content: CONTENT,
        qualityCheck: { errors: [], warnings: [] },
        acknowledgedWarningIds: [],
      };
    case 'WITHDRAW':
    case 'MARK_REVIEWED':
    case 'START_AMENDMENT':
    case 'START_ANNUAL_REVIEW':
      return { type };
    case 'CONSENT':
      return { type, signedOn: SIGNED_ON };
    case 'CONSENT_WITH_EXCEPTIONS':
      return { type, signedOn: SIGNED_ON, exceptedItemIds: ['service-1'] };
    case 'DECLINE':
      return { type, reasons: ['We want more speech therapy minutes'] };
    case 'TAKE_EFFECT_AFTER_NOTICE':
      return { type, noticeGivenOn: PROPOSED_ON, noticeDays: 10 };
    case 'SUPERSEDE':
      return { type, byIepId: 'iep-next' };
    case 'EXPIRE':
      return { type, annualReviewDueOn: '2025-09-14' };
  }
}

export const ALL_COMMAND_TYPES: readonly LifecycleCommandType[] = [
  'FINALIZE',
  'WITHDRAW',
  'MARK_REVIEWED',
  'CONSENT',
  'CONSENT_WITH_EXCEPTIONS',
  'DECLINE',
  'TAKE_EFFECT_AFTER_NOTICE',
  'START_AMENDMENT',
  'START_ANNUAL_REVIEW',
  'SUPERSEDE',
  'EXPIRE',
];

export function context(overrides: Partial<LifecycleContext> = {}): LifecycleContext {
  return { actor: districtRep, now: `${TODAY}T12:00:00Z`, today: TODAY, activeIepId: null, ...overrides };
}

export function expectOk(result: TransitionResult): {
  state: IepLifecycleState;
  effects: readonly LifecycleEffect[];
} {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result;
}

export function expectError(result: TransitionResult, code: LifecycleErrorCode): LifecycleError {
  if (result.ok)
    throw new Error(`expected ${code}, but the command succeeded with status ${result.state.status}`);
  if (result.error.code !== code)
    throw new Error(`expected ${code}, got ${result.error.code}: ${result.error.message}`);
  return result.error;
}

/** Applies a command with the actor who may issue it. */
export function apply(
  state: IepLifecycleState,
  command: LifecycleCommand,
  overrides: Partial<LifecycleContext> = {},
): TransitionResult {
  return transition(state, command, context({ actor: actorFor(command.type), ...overrides }));
}

export function newDraft(kind: IepKind = IepKind.Initial, iepId = 'iep-1'): IepLifecycleState {
  const created = createIepDraft({
    iepId,
    studentId: 'student-1',
    kind,
    derivedFromIepId: kind === IepKind.Initial ? null : 'iep-prev',
  });
  if (!created.ok) throw new Error(created.error.message);
  return created.state;
}

/** The predecessor an ANNUAL or AMENDMENT fixture replaces is in effect while it is drafted. */
export function activeIdWhileDrafting(state: IepLifecycleState): string | null {
  return state.derivedFromIepId;
}

export function proposed(kind: IepKind = IepKind.Initial): IepLifecycleState {
  return expectOk(
    apply(newDraft(kind), validCommand('FINALIZE'), {
      now: `${PROPOSED_ON}T09:00:00Z`,
      today: PROPOSED_ON,
      activeIepId: kind === IepKind.Initial ? null : 'iep-prev',
    }),
  ).state;
}

export function active(kind: IepKind = IepKind.Initial): IepLifecycleState {
  const state = proposed(kind);
  return expectOk(apply(state, validCommand('CONSENT'), { activeIepId: activeIdWhileDrafting(state) })).state;
}

export function inStatus(status: IepStatus, kind: IepKind = IepKind.Annual): IepLifecycleState {
  switch (status) {
    case IepStatus.Draft:
      return newDraft(kind);
    case IepStatus.Proposed:
      return proposed(kind);
    case IepStatus.Active:
      return active(kind);
    case IepStatus.Superseded:
      return expectOk(apply(active(kind), validCommand('SUPERSEDE'), { activeIepId: 'iep-next' })).state;
    case IepStatus.Expired:
      return expectOk(apply(active(kind), validCommand('EXPIRE'), { activeIepId: null })).state;
  }
}

/** The IEP in effect for the student while an IEP of the fixture is in the given status. */
export function activeIdFor(state: IepLifecycleState): string | null {
  switch (state.status) {
    case IepStatus.Draft:
    case IepStatus.Proposed:
      return activeIdWhileDrafting(state);
    case IepStatus.Active:
      return state.iepId;
    case IepStatus.Superseded:
      return state.supersededByIepId;
    case IepStatus.Expired:
      return null;
  }
}
