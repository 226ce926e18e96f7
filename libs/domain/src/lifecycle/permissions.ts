import type { Localized } from '../localized';
import { UserRole } from '../roles';
import { COMMAND_ES, lifecycleError, ROLE_ES } from './messages';
import type { LifecycleActor, LifecycleCommand, LifecycleCommandType, LifecycleError } from './types';

const CASE_MANAGEMENT: ReadonlySet<UserRole> = new Set([
  UserRole.SpecialEducationTeacher,
  UserRole.DistrictRepresentative,
]);
const RIGHTS_HOLDERS: ReadonlySet<UserRole> = new Set([UserRole.Parent, UserRole.Student]);
const NOBODY: ReadonlySet<UserRole> = new Set();

const ISSUERS: Readonly<Record<LifecycleCommandType, ReadonlySet<UserRole>>> = {
  // The district representative commits the district's resources; the case manager who drafted the IEP may
  // send it for signature too (the API narrows a special education teacher to the IEP's own case manager).
  FINALIZE: CASE_MANAGEMENT,
  WITHDRAW: CASE_MANAGEMENT,
  MARK_REVIEWED: RIGHTS_HOLDERS,
  CONSENT: RIGHTS_HOLDERS,
  CONSENT_WITH_EXCEPTIONS: RIGHTS_HOLDERS,
  DECLINE: RIGHTS_HOLDERS,
  TAKE_EFFECT_AFTER_NOTICE: CASE_MANAGEMENT,
  START_AMENDMENT: CASE_MANAGEMENT,
  START_ANNUAL_REVIEW: CASE_MANAGEMENT,
  // Supersession and expiry follow from other facts; no person decides them.
  SUPERSEDE: NOBODY,
  EXPIRE: NOBODY,
};

const SYSTEM_COMMANDS: ReadonlySet<string> = new Set<LifecycleCommandType>([
  'TAKE_EFFECT_AFTER_NOTICE',
  'SUPERSEDE',
  'EXPIRE',
]);

const PARENT_DECISIONS: ReadonlySet<string> = new Set<LifecycleCommandType>([
  'MARK_REVIEWED',
  'CONSENT',
  'CONSENT_WITH_EXCEPTIONS',
  'DECLINE',
]);

export function isLifecycleCommandType(value: unknown): value is LifecycleCommandType {
  return typeof value === 'string' && Object.hasOwn(ISSUERS, value);
}

/**
 * Whether a role may ever issue the command. Parent decisions also need the educational rights
 * (`authorize` checks them); the district admin is read-only and issues nothing.
 */
function canIssue(role: UserRole, command: LifecycleCommand | LifecycleCommandType): boolean {
  const type: unknown = typeof command === 'string' ? command : command.type;
  return isLifecycleCommandType(type) && ISSUERS[type].has(role);
}

export function authorize(actor: LifecycleActor, type: LifecycleCommandType): LifecycleError | null {
  if (actor.kind === 'SYSTEM') {
    return SYSTEM_COMMANDS.has(type)
      ? null
      : forbidden({
          en: `${type} must be issued by a person, not by the system`,
          es: `El sistema no puede ${COMMAND_ES[type]}: debe hacerlo una persona`,
        });
  }
  if (!canIssue(actor.role, type)) {
    return forbidden({
      en: `A ${actor.role} may not issue ${type}`,
      es: `El rol de ${ROLE_ES[actor.role] ?? String(actor.role)} no permite ${COMMAND_ES[type]}`,
    });
  }
  // At the age of majority the rights pass from the parent to the student; only the holder decides.
  if (PARENT_DECISIONS.has(type) && !actor.holdsEducationalRights) {
    return forbidden({
      en: `${type} is for the holder of the educational rights`,
      es: `Solo quien tiene los derechos educativos puede ${COMMAND_ES[type]}`,
    });
  }
  return null;
}

function forbidden(text: Localized): LifecycleError {
  return lifecycleError('FORBIDDEN', text);
}
