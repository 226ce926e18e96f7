import { UserRole } from '@iep/domain';
import { invitationEmail } from './team-emails';
import { invitableRoles, isEverInvitable, isWellFormedToken, localeFromAcceptLanguage, membershipEnd } from './team-rules';
import { createSecretToken, hashSecretToken } from '@iep/api/core';

const NOW = new Date('2026-11-22T12:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe('who may invite whom', () => {
  it('lets a team manager invite family, school staff and guests, never district-wide roles or students', () => {
    const roles = invitableRoles(UserRole.SpecialEducationTeacher, { manage: true, guardian: false });
    expect(roles).toEqual([UserRole.Parent, UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist, UserRole.Guest]);
    for (const role of [UserRole.DistrictAdmin, UserRole.DistrictRepresentative, UserRole.Student]) expect(isEverInvitable(role)).toBe(false);
  });

  it('lets a guardian invite only a guest, and nobody else anything', () => {
    expect(invitableRoles(UserRole.Parent, { manage: false, guardian: true })).toEqual([UserRole.Guest]);
    expect(invitableRoles(UserRole.Parent, { manage: false, guardian: false })).toEqual([]);
    expect(invitableRoles(UserRole.GeneralEducationTeacher, { manage: false, guardian: false })).toEqual([]);
  });
});

describe('when a new member’s access ends', () => {
  it('gives a guest a year by default, or the chosen date within three years', () => {
    expect(membershipEnd(UserRole.Guest, null, NOW)).toEqual({ expiresAt: days(365), problem: null });
    expect(membershipEnd(UserRole.Guest, days(30), NOW)).toEqual({ expiresAt: days(30), problem: null });
    expect(membershipEnd(UserRole.Guest, NOW, NOW).problem).toBe('IN_THE_PAST');
    expect(membershipEnd(UserRole.Guest, days(3 * 365 + 1), NOW).problem).toBe('TOO_FAR');
  });

  it('never ends access for parents and staff, and refuses a date for them', () => {
    expect(membershipEnd(UserRole.Specialist, undefined, NOW)).toEqual({ expiresAt: null, problem: null });
    expect(membershipEnd(UserRole.Parent, days(10), NOW).problem).toBe('NOT_FOR_ROLE');
  });
});

describe('invitation tokens', () => {
  it('are 32 random bytes in base64url, stored only as their SHA-256', () => {
    const { token, hash } = createSecretToken();
    expect(isWellFormedToken(token)).toBe(true);
    expect(hash).toHaveLength(32);
    expect(hashSecretToken(token).equals(hash)).toBe(true);
    expect(createSecretToken().token).not.toBe(token);
    expect(isWellFormedToken(`${token}x`)).toBe(false);
    expect(isWellFormedToken('../../etc/passwd')).toBe(false);
  });
});

describe('languages', () => {
  it('starts a new account in Spanish when the invitation was accepted in Spanish', () => {
    expect(localeFromAcceptLanguage('es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(localeFromAcceptLanguage('es')).toBe('es');
    expect(localeFromAcceptLanguage('en-US,es;q=0.5')).toBe('en');
    expect(localeFromAcceptLanguage(undefined)).toBe('en');
  });

  it('writes the invitation e-mail in the invitee’s language, with the link and the end of a guest’s access', () => {
    const facts = {
      displayName: 'Rosa', inviterName: 'Priya Natarajan', studentFirstName: 'Maya', teamRole: 'Parent advocate', role: UserRole.Guest,
      link: 'https://iep.example/invitation?token=abc', hasPassword: false, linkExpiresAt: days(14), accessEndsAt: days(365),
    };
    const en = invitationEmail(facts, 'en');
    expect(en.subject).toBe("Invitation to Maya's IEP team");
    expect(en.text).toContain(facts.link);
    expect(en.text).toContain('November 22, 2027');
    expect(en.text).toContain('choose a password');
    const es = invitationEmail({ ...facts, hasPassword: true }, 'es');
    expect(es.subject).toBe('Invitación al equipo del IEP de Maya');
    expect(es.text).toContain(facts.link);
    expect(es.text).toContain('contraseña de su cuenta');
  });
});
