import { accessEndInstant, checkInvite, type InviteValues } from './invite-rules';

const valid: InviteValues = { email: 'lee@example.org', displayName: 'Lee Park', teamRole: 'Advocate', accessEnds: '' };
const now = new Date(2026, 2, 10, 12, 0, 0);

describe('checkInvite', () => {
  it('accepts a complete invitation', () => {
    expect(checkInvite(valid, false, now)).toEqual({});
  });

  it('names every missing field', () => {
    expect(checkInvite({ email: ' ', displayName: '', teamRole: '  ', accessEnds: '' }, false, now)).toEqual({
      email: 'emailRequired',
      displayName: 'nameRequired',
      teamRole: 'teamRoleRequired',
    });
  });

  it('refuses a malformed e-mail address and texts over the API limits', () => {
    expect(checkInvite({ ...valid, email: 'lee@' }, false, now).email).toBe('emailInvalid');
    expect(checkInvite({ ...valid, email: `${'a'.repeat(320)}@example.org` }, false, now).email).toBe('emailTooLong');
    expect(checkInvite({ ...valid, displayName: 'n'.repeat(120) }, false, now).displayName).toBeUndefined();
    expect(checkInvite({ ...valid, displayName: 'n'.repeat(121) }, false, now).displayName).toBe('nameTooLong');
    expect(checkInvite({ ...valid, teamRole: 'r'.repeat(80) }, false, now).teamRole).toBeUndefined();
    expect(checkInvite({ ...valid, teamRole: 'r'.repeat(81) }, false, now).teamRole).toBe('teamRoleTooLong');
  });

  it("checks a guest's end of access: after today, within three years", () => {
    const guest = (accessEnds: string) => checkInvite({ ...valid, accessEnds }, true, now).accessEnds;
    expect(guest('')).toBeUndefined();
    expect(guest('2026-03-10')).toBeUndefined();
    expect(guest('2026-03-09')).toBe('accessEndsInPast');
    expect(guest('2029-03-08')).toBeUndefined();
    expect(guest('2029-03-11')).toBe('accessEndsTooFar');
    expect(guest('10/03/2026')).toBe('accessEndsInvalid');
  });

  it('ignores the end of access for a member who is not a guest', () => {
    expect(checkInvite({ ...valid, accessEnds: '2020-01-01' }, false, now)).toEqual({});
  });
});

describe('accessEndInstant', () => {
  it('is the last second of the chosen day where the person is', () => {
    const end = accessEndInstant('2026-03-10')!;
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes(), end.getSeconds()]).toEqual([
      2026, 2, 10, 23, 59, 59,
    ]);
  });

  it('is null for anything but a date', () => {
    expect(accessEndInstant('')).toBeNull();
    expect(accessEndInstant('2026-13-45')).toBeNull();
  });
});
