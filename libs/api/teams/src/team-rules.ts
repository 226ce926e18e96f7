import { UserRole, type Localized } from '@iep/domain';

/** What the caller may do with one IEP's team, decided from their relationship to it (TeamAccessService). */
export interface TeamCapabilities {
  /** IEP_POLICY MANAGE_TEAM: the IEP's case manager, or a district representative of the student's district. */
  manage: boolean;
  /** A guardian of the student who does not manage the team: invites guests of the family's own (INVITE_GUEST). */
  guardian: boolean;
}

/** School staff a case manager brings onto a team; district-wide roles see the district's records already. */
export const INVITABLE_STAFF_ROLES: readonly UserRole[] = [
  UserRole.GeneralEducationTeacher,
  UserRole.SpecialEducationTeacher,
  UserRole.Specialist,
];

const MANAGER_INVITES: readonly UserRole[] = [UserRole.Parent, ...INVITABLE_STAFF_ROLES, UserRole.Guest];
// DESIGN §2: the family may bring an advocate or outside provider; staff are the school's to choose.
const GUARDIAN_INVITES: readonly UserRole[] = [UserRole.Guest];

export function isEverInvitable(role: UserRole): boolean {
  return MANAGER_INVITES.includes(role);
}

export function invitableRoles(callerRole: UserRole, capabilities: TeamCapabilities): readonly UserRole[] {
  if (capabilities.manage) return MANAGER_INVITES;
  if (callerRole === UserRole.Parent && capabilities.guardian) return GUARDIAN_INVITES;
  return [];
}

/** An invitation link works this long; the person is reminded by whoever invited them after that. */
export const INVITATION_VALID_DAYS = 14;
/** A guest's access ends after a year unless the inviter picks another date. */
export const GUEST_ACCESS_DEFAULT_DAYS = 365;
/** Three years: the longest an IEP team stays the same (the reevaluation cycle). */
export const GUEST_ACCESS_MAX_DAYS = 3 * 365;

const DAY_MS = 24 * 60 * 60 * 1000;

export type GuestAccessProblem = 'NOT_FOR_ROLE' | 'IN_THE_PAST' | 'TOO_FAR';

export const GUEST_ACCESS_MESSAGES: Record<GuestAccessProblem, Localized> = {
  NOT_FOR_ROLE: {
    en: "Only a guest's access ends on a date; leave the end date empty for parents and school staff.",
    es: 'Solo el acceso de un invitado termina en una fecha; deje vacía la fecha de fin para las familias y el personal escolar.',
  },
  IN_THE_PAST: {
    en: "Choose an end date for the guest's access that is in the future.",
    es: 'Elija para el fin del acceso del invitado una fecha posterior a hoy.',
  },
  TOO_FAR: {
    en: "A guest's access can last at most three years; choose an earlier end date.",
    es: 'El acceso de un invitado puede durar como máximo tres años; elija una fecha de fin anterior.',
  },
};

/**
 * When a new member's access ends: never for parents and staff (their access follows their role),
 * the chosen date or a year from now for guests.
 */
export function membershipEnd(
  role: UserRole,
  requested: Date | null | undefined,
  now: Date,
): { expiresAt: Date | null; problem: null } | { expiresAt: null; problem: GuestAccessProblem } {
  if (role !== UserRole.Guest) {
    return requested ? { expiresAt: null, problem: 'NOT_FOR_ROLE' } : { expiresAt: null, problem: null };
  }
  if (!requested) return { expiresAt: new Date(now.getTime() + GUEST_ACCESS_DEFAULT_DAYS * DAY_MS), problem: null };
  if (requested.getTime() <= now.getTime()) return { expiresAt: null, problem: 'IN_THE_PAST' };
  if (requested.getTime() > now.getTime() + GUEST_ACCESS_MAX_DAYS * DAY_MS) return { expiresAt: null, problem: 'TOO_FAR' };
  return { expiresAt: requested, problem: null };
}

/** 32 random bytes in base64url, as `createSecretToken` makes them. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** The language a new account starts with: the one the person accepted the invitation in. */
export function localeFromAcceptLanguage(header: string | undefined): 'en' | 'es' {
  const first = header?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first === 'es' || first.startsWith('es-') ? 'es' : 'en';
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

