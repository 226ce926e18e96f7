import { createHash } from 'node:crypto';
import { DEMO_DISTRICT, DEMO_PASSWORD, DEMO_SIGNOFF, DEMO_STUDENTS, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { ELECTRONIC_RECORDS_DISCLOSURE_VERSION, SIGNATURE_INTENT_VERSION } from '@iep/api/signoff';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

const iep = (n: string) => `00000000-0000-4000-8000-000000000${n}`;
const MAYA_ACTIVE = iep('401');
const MAYA_DRAFT = iep('402');
const NEW_PASSWORD = 'Lantern-orchard-57-quietly';

const INVITE = `mutation($input: InviteToTeamInput!) {
  inviteToTeam(input: $input) { id email displayName role teamRole invitedByName sentAt expiresAt }
}`;
const PREVIEW = `query($token: String!) {
  invitation(token: $token) { studentFirstName inviterName teamRole role email displayName needsPassword expiresAt }
}`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { iepId user { id email role locale displayName } }
}`;
const TEAM = `query($iepId: ID!) {
  iepTeam(iepId: $iepId) {
    iepId studentFirstName viewerCanManage invitableRoles
    members { userId displayName role teamRole invitedByName expiresAt isCaseManager isGuardian }
    pendingInvitations { id email displayName role teamRole invitedByName sentAt expiresAt }
  }
}`;
const REMOVE = `mutation($iepId: ID!, $userId: ID!) { removeTeamMember(iepId: $iepId, userId: $userId) }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(invitationId: $id) }`;
const STUDENTS = `{ students { id firstName ieps { id } } }`;
const IEP = `query($id: ID!) { iep(id: $id) { id } }`;

interface Invitation { id: string; email: string; expiresAt: string }
interface TeamMember { userId: string; displayName: string; role: string; teamRole: string; invitedByName: string | null; expiresAt: string | null; isCaseManager: boolean; isGuardian: boolean }
interface Team { iepId: string; studentFirstName: string; viewerCanManage: boolean; invitableRoles: string[]; members: TeamMember[]; pendingInvitations: Invitation[] }

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

describe('IEP teams, invitations and their acceptance (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  let caseManager: GraphQLTestClient;
  let parent: GraphQLTestClient;

  async function signedIn(email: string, password = DEMO_PASSWORD): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(api.url);
    const result = await client.signIn(email, password);
    expect(result.errors).toBeUndefined();
    return client;
  }

  async function invite(client: GraphQLTestClient, input: Record<string, unknown>) {
    return client.request<{ inviteToTeam: Invitation }>(INVITE, { input: { iepId: MAYA_ACTIVE, role: 'GUEST', teamRole: 'Parent advocate', ...input } });
  }

  /** The link of the newest invitation e-mail to an address, read where the outbox wrote it. */
  async function invitationToken(address: string): Promise<string> {
    const [email]: Array<{ text_body: string }> = await api.db.query(
      `SELECT text_body FROM outbound_emails WHERE to_address = $1 AND dedupe_key LIKE 'team-invitation:%'
        ORDER BY created_at DESC, id DESC LIMIT 1`,
      [address],
    );
    const link = new RegExp(`${api.config.PUBLIC_URL}/invitation\\?token=([A-Za-z0-9_-]{43})`).exec(email?.text_body ?? '');
    expect(link).not.toBeNull();
    return link![1];
  }

  async function accept(token: string, password = NEW_PASSWORD, headers: Record<string, string> = {}) {
    const client = new GraphQLTestClient(api.url, headers);
    const result = await client.request<{ acceptInvitation: { iepId: string; user: { id: string; email: string; role: string; locale: string; displayName: string } } }>(
      ACCEPT, { input: { token, password } });
    return { client, result };
  }

  /** Invites a guest to Maya's active IEP and accepts for them: a signed-in guest. */
  async function acceptedGuest(email: string, extra: Record<string, unknown> = {}) {
    const invited = await invite(caseManager, { email, displayName: 'Guest Person', ...extra });
    expect(invited.errors).toBeUndefined();
    const { client, result } = await accept(await invitationToken(email));
    expect(result.errors).toBeUndefined();
    return { guest: client, userId: result.data!.acceptInvitation.user.id };
  }

  async function deniedCount(actorId: string, operation: string): Promise<number> {
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM audit_events WHERE event = 'ACCESS_DENIED' AND outcome = 'DENIED' AND actor_id = $1 AND data->>'operation' LIKE $2`,
      [actorId, `%${operation}`],
    );
    return count;
  }

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    caseManager = await signedIn(DEMO_USERS.caseManager.email);
    parent = await signedIn(DEMO_USERS.parent.email);
  });
  afterAll(() => api.close());

  it('case manager invites a guest by e-mail; the guest sets a password, is signed in and sees only that IEP', async () => {
    const email = 'rosa.advocate@example.org';
    const invited = await invite(caseManager, { email: 'Rosa.Advocate@Example.org', displayName: 'Rosa Alvarez' });
    expect(invited.errors).toBeUndefined();
    const invitation = invited.data!.inviteToTeam;
    expect(invitation).toEqual(expect.objectContaining({ email, displayName: 'Rosa Alvarez', role: 'GUEST', teamRole: 'Parent advocate', invitedByName: DEMO_USERS.caseManager.displayName }));
    const validDays = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(validDays).toBeGreaterThan(13.9);
    expect(validDays).toBeLessThanOrEqual(14);

    // A new account without a password, in the student's district; only the token's hash is stored.
    const [account] = await api.db.query(`SELECT id, password_hash, district_id, role, locale FROM users WHERE email = $1`, [email]);
    expect(account).toEqual(expect.objectContaining({ password_hash: null, district_id: DEMO_DISTRICT.id, role: 'GUEST', locale: 'en' }));
    const token = await invitationToken(email);
    const [stored] = await api.db.query(`SELECT token_hash, user_id FROM invitations WHERE id = $1`, [invitation.id]);
    expect(Buffer.compare(stored.token_hash, createHash('sha256').update(token).digest())).toBe(0);
    expect(stored.user_id).toBe(account.id);
    const [mail] = await api.db.query(`SELECT subject FROM outbound_emails WHERE to_address = $1`, [email]);
    expect(mail.subject).toBe("Invitation to Maya's IEP team");
    const [audited] = await api.db.query(
      `SELECT actor_id, student_id, data FROM audit_events WHERE event = 'TEAM_MEMBER_INVITED' AND iep_id = $1 AND data->>'invitationId' = $2`,
      [MAYA_ACTIVE, invitation.id],
    );
    expect(audited).toEqual(expect.objectContaining({ actor_id: DEMO_USERS.caseManager.id, student_id: DEMO_STUDENTS.maya.id }));
    expect(audited.data).toEqual(expect.objectContaining({ inviteeId: account.id, role: 'GUEST', accountCreated: true }));

    const anonymous = new GraphQLTestClient(api.url);
    const preview = await anonymous.request(PREVIEW, { token });
    expect(preview.data).toEqual({
      invitation: {
        studentFirstName: 'Maya', inviterName: DEMO_USERS.caseManager.displayName, teamRole: 'Parent advocate', role: 'GUEST',
        email, displayName: 'Rosa Alvarez', needsPassword: true, expiresAt: invitation.expiresAt,
      },
    });

    const tooShort = await accept(token, 'short');
    expect(code(tooShort.result)).toBe('BAD_USER_INPUT');
    expect(tooShort.result.errors?.[0].message).toMatch(/at least 12 characters/);

    const { client: guest, result } = await accept(token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.acceptInvitation).toEqual({
      iepId: MAYA_ACTIVE, user: { id: account.id, email, role: 'GUEST', locale: 'en', displayName: 'Rosa Alvarez' },
    });
    expect(guest.sessionCookie).toMatch(/^iep_session=/);
    expect((await guest.request(`{ me { email role } }`)).data).toEqual({ me: { email, role: 'GUEST' } });

    const students = await guest.request<{ students: Array<{ id: string; firstName: string; ieps: Array<{ id: string }> }> }>(STUDENTS);
    expect(students.data!.students).toEqual([{ id: DEMO_STUDENTS.maya.id, firstName: 'Maya', ieps: [{ id: MAYA_ACTIVE }] }]);
    expect((await guest.request(IEP, { id: MAYA_ACTIVE })).data).toEqual({ iep: { id: MAYA_ACTIVE } });
    const otherIep = await guest.request(IEP, { id: MAYA_DRAFT });
    expect(code(otherIep)).toBe('NOT_FOUND');
    expect(otherIep.data).toBeNull();

    const team = await guest.request<{ iepTeam: Team }>(TEAM, { iepId: MAYA_ACTIVE });
    expect(team.data!.iepTeam).toEqual(expect.objectContaining({ viewerCanManage: false, invitableRoles: [], pendingInvitations: [] }));
    const member = team.data!.iepTeam.members.find((m) => m.userId === account.id)!;
    expect(member).toEqual(expect.objectContaining({ teamRole: 'Parent advocate', invitedByName: DEMO_USERS.caseManager.displayName, isGuardian: false }));
    const accessDays = (Date.parse(member.expiresAt!) - Date.now()) / 86_400_000;
    expect(accessDays).toBeGreaterThan(364);
    expect(accessDays).toBeLessThanOrEqual(365);

    const [accepted] = await api.db.query(
      `SELECT actor_id, data FROM audit_events WHERE event = 'INVITATION_ACCEPTED' AND data->>'invitationId' = $1`, [invitation.id]);
    expect(accepted).toEqual({ actor_id: account.id, data: expect.objectContaining({ passwordSet: true }) });
    const signInAgain = await new GraphQLTestClient(api.url).signIn(email, NEW_PASSWORD);
    expect(signInAgain.errors).toBeUndefined();
  });

  it('refuses a replayed invitation link, and no longer shows it', async () => {
    const email = 'replay.guest@example.org';
    await acceptedGuest(email);
    const token = await invitationToken(email);
    const replay = await accept(token);
    expect(code(replay.result)).toBe('BAD_USER_INPUT');
    expect(replay.result.errors?.[0].message).toMatch(/already been accepted/);
    expect(replay.client.sessionCookie).toBeNull();
    const preview = await new GraphQLTestClient(api.url).request(PREVIEW, { token });
    expect(code(preview)).toBe('NOT_FOUND');
    expect(preview.data).toBeNull();
  });

  it('tells a Spanish-reading guest, in Spanish, that their invitation was already accepted', async () => {
    const email = 'ya.aceptada@example.org';
    await acceptedGuest(email);
    const spanish = new GraphQLTestClient(api.url, { 'accept-language': 'es' });
    const replay = await spanish.request(ACCEPT, { input: { token: await invitationToken(email), password: NEW_PASSWORD } });
    expect(replay.errors?.[0]).toMatchObject({
      message: 'Esta invitación ya fue aceptada. Inicie sesión con su correo electrónico y su contraseña.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'ACCEPTED' },
    });
    expect(replay.data).toBeNull();
    expect(spanish.sessionCookie).toBeNull();
  });

  it('answers NOT_FOUND for an unknown link, and audits it', async () => {
    const client = await signedIn(DEMO_USERS.teacher.email);
    const result = await client.request(PREVIEW, { token: 'A'.repeat(43) });
    expect(code(result)).toBe('NOT_FOUND');
    expect(result.errors?.[0].message).toMatch(/not valid/);
    expect(await deniedCount(DEMO_USERS.teacher.id, 'invitation')).toBe(1);
  });

  it('a parent invites a guest to their child’s team; the case manager is notified in the app and by e-mail', async () => {
    const email = 'family.advocate@example.org';
    const invited = await invite(parent, { email, displayName: 'Jordan Family-Advocate', teamRole: 'Advocate' });
    expect(invited.errors).toBeUndefined();

    const [notification] = await api.db.query(
      `SELECT kind, title, link, data FROM notifications WHERE user_id = $1 AND kind = 'TEAM_GUEST_INVITED'`, [DEMO_USERS.caseManager.id]);
    expect(notification).toEqual(expect.objectContaining({ link: `/ieps/${MAYA_ACTIVE}/team`, data: { iepId: MAYA_ACTIVE, invitationId: invited.data!.inviteToTeam.id } }));
    expect(notification.title).toContain(DEMO_USERS.parent.displayName);
    const [toSchool] = await api.db.query(`SELECT subject, text_body FROM outbound_emails WHERE to_address = $1 AND dedupe_key = $2`, [
      DEMO_USERS.caseManager.email, `team-guest-invited:${invited.data!.inviteToTeam.id}`,
    ]);
    expect(toSchool.subject).toBe(`${DEMO_USERS.parent.displayName} invited Jordan Family-Advocate to Maya's IEP team`);
    expect(toSchool.text_body).toContain(`${api.config.PUBLIC_URL}/ieps/${MAYA_ACTIVE}/team`);
    await invitationToken(email);

    // The parent sees the invitation they sent; the case manager sees every pending one.
    const parentView = await parent.request<{ iepTeam: Team }>(TEAM, { iepId: MAYA_ACTIVE });
    expect(parentView.data!.iepTeam).toEqual(expect.objectContaining({ viewerCanManage: false, invitableRoles: ['GUEST'] }));
    expect(parentView.data!.iepTeam.pendingInvitations.map((i) => i.email)).toEqual([email]);
    const schoolView = await caseManager.request<{ iepTeam: Team }>(TEAM, { iepId: MAYA_ACTIVE });
    expect(schoolView.data!.iepTeam.viewerCanManage).toBe(true);
    expect(schoolView.data!.iepTeam.invitableRoles).toEqual(['PARENT', 'GENERAL_EDUCATION_TEACHER', 'SPECIAL_EDUCATION_TEACHER', 'SPECIALIST', 'GUEST']);
    expect(schoolView.data!.iepTeam.pendingInvitations.map((i) => i.email)).toContain(email);
    const members = schoolView.data!.iepTeam.members;
    expect(members[0]).toEqual(expect.objectContaining({ userId: DEMO_USERS.caseManager.id, isCaseManager: true }));
    expect(members.find((m) => m.userId === DEMO_USERS.parent.id)).toEqual(expect.objectContaining({ isGuardian: true, role: 'PARENT' }));
  });

  it('a parent cannot invite staff: FORBIDDEN, no invitation, audited', async () => {
    const before = await deniedCount(DEMO_USERS.parent.id, 'inviteToTeam');
    const result = await invite(parent, { email: 'new.teacher@riverbend.example', displayName: 'New Teacher', role: 'GENERAL_EDUCATION_TEACHER', teamRole: 'Teacher' });
    expect(code(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
    expect(await deniedCount(DEMO_USERS.parent.id, 'inviteToTeam')).toBe(before + 1);
    const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM users WHERE email = 'new.teacher@riverbend.example'`);
    expect(count).toBe(0);
  });

  it('a teacher not on the team cannot invite: NOT_FOUND for another case manager, FORBIDDEN for a general teacher; both audited', async () => {
    const outsider = await signedIn(DEMO_USERS.caseManager2.email);
    const hidden = await invite(outsider, { email: 'outsider.guest@example.org', displayName: 'Outsider Guest' });
    expect(code(hidden)).toBe('NOT_FOUND');
    expect(hidden.data).toBeNull();
    expect(await deniedCount(DEMO_USERS.caseManager2.id, 'inviteToTeam')).toBe(1);

    const teacher = await signedIn(DEMO_USERS.teacher.email);
    const refused = await invite(teacher, { email: 'teacher.guest@example.org', displayName: 'Teacher Guest' });
    expect(code(refused)).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
    expect(await deniedCount(DEMO_USERS.teacher.id, 'inviteToTeam')).toBe(1);

    const team = await outsider.request(TEAM, { iepId: MAYA_ACTIVE });
    expect(code(team)).toBe('NOT_FOUND');
    expect(team.data).toBeNull();
    expect(await deniedCount(DEMO_USERS.caseManager2.id, 'iepTeam')).toBe(1);
  });

  it('a guest whose access has ended loses the IEP', async () => {
    // The shortest real expiry the API accepts is any future instant; a few seconds keeps the test honest and short.
    const endsAt = new Date(Date.now() + 4_000);
    const { guest } = await acceptedGuest('short.visit@example.org', { expiresAt: endsAt.toISOString() });
    expect((await guest.request(IEP, { id: MAYA_ACTIVE })).data).toEqual({ iep: { id: MAYA_ACTIVE } });
    await new Promise((resolve) => setTimeout(resolve, endsAt.getTime() - Date.now() + 250));
    expect(code(await guest.request(IEP, { id: MAYA_ACTIVE }))).toBe('NOT_FOUND');
    expect((await guest.request(STUDENTS)).data).toEqual({ students: [] });
    expect(code(await guest.request(TEAM, { iepId: MAYA_ACTIVE }))).toBe('NOT_FOUND');
  });

  it('removing a member ends their access at once; the case manager cannot remove themselves', async () => {
    const { guest, userId } = await acceptedGuest('removed.guest@example.org');
    expect((await guest.request(IEP, { id: MAYA_ACTIVE })).data).toEqual({ iep: { id: MAYA_ACTIVE } });

    expect(code(await parent.request(REMOVE, { iepId: MAYA_ACTIVE, userId }))).toBe('FORBIDDEN');
    const removed = await caseManager.request(REMOVE, { iepId: MAYA_ACTIVE, userId });
    expect(removed).toEqual(expect.objectContaining({ data: { removeTeamMember: true } }));
    expect(code(await guest.request(IEP, { id: MAYA_ACTIVE }))).toBe('NOT_FOUND');
    const [audited] = await api.db.query(`SELECT actor_id, data FROM audit_events WHERE event = 'TEAM_MEMBER_REMOVED' AND iep_id = $1`, [MAYA_ACTIVE]);
    expect(audited).toEqual({ actor_id: DEMO_USERS.caseManager.id, data: { userId, teamRole: 'Parent advocate' } });

    const self = await caseManager.request(REMOVE, { iepId: MAYA_ACTIVE, userId: DEMO_USERS.caseManager.id });
    expect(code(self)).toBe('BAD_USER_INPUT');
    expect(self.errors?.[0].message).toMatch(/case manager/);
    expect(code(await caseManager.request(REMOVE, { iepId: MAYA_ACTIVE, userId }))).toBe('NOT_FOUND');
  });

  it('the district representative invites an existing staff member, who accepts with their own password', async () => {
    const rep = await signedIn(DEMO_USERS.districtRep.email);
    const invited = await rep.request<{ inviteToTeam: Invitation }>(INVITE, {
      input: { iepId: MAYA_ACTIVE, email: DEMO_USERS.psychologist.email, displayName: 'Dr. Sato', role: 'SPECIALIST', teamRole: 'School psychologist' },
    });
    expect(invited.errors).toBeUndefined();
    const token = await invitationToken(DEMO_USERS.psychologist.email);
    const preview = await new GraphQLTestClient(api.url).request<{ invitation: { needsPassword: boolean; displayName: string } }>(PREVIEW, { token });
    expect(preview.data!.invitation).toEqual(expect.objectContaining({ needsPassword: false, displayName: DEMO_USERS.psychologist.displayName }));

    const wrong = await accept(token, 'not-the-password-of-this-account');
    expect(code(wrong.result)).toBe('BAD_USER_INPUT');
    expect(wrong.client.sessionCookie).toBeNull();
    const right = await accept(token, DEMO_PASSWORD);
    expect(right.result.data!.acceptInvitation).toEqual(expect.objectContaining({ iepId: MAYA_ACTIVE, user: expect.objectContaining({ id: DEMO_USERS.psychologist.id }) }));
    const students = await right.client.request<{ students: Array<{ id: string }> }>(STUDENTS);
    expect(students.data!.students.map((s) => s.id)).toContain(DEMO_STUDENTS.maya.id);
  });

  it('refuses an account of another district, a role that does not match the account, and someone already on the team', async () => {
    const otherDistrict = await invite(caseManager, { email: OTHER_DISTRICT.users.caseManager.email, displayName: 'Kai', role: 'SPECIAL_EDUCATION_TEACHER', teamRole: 'Co-teacher' });
    expect(code(otherDistrict)).toBe('BAD_USER_INPUT');
    expect(otherDistrict.errors?.[0].message).toMatch(/another school district/);

    const mismatch = await invite(caseManager, { email: DEMO_USERS.slp.email, displayName: 'Owen', role: 'GENERAL_EDUCATION_TEACHER', teamRole: 'Teacher' });
    expect(code(mismatch)).toBe('BAD_USER_INPUT');
    expect(mismatch.errors?.[0].message).toMatch(/already has an account as a specialist/);

    const already = await invite(caseManager, { email: DEMO_USERS.teacher.email, displayName: 'Grace', role: 'GENERAL_EDUCATION_TEACHER', teamRole: 'Teacher' });
    expect(code(already)).toBe('BAD_USER_INPUT');
    expect(already.errors?.[0].message).toMatch(/already on this team/);

    const notInvitable = await invite(caseManager, { email: 'someone.admin@riverbend.example', displayName: 'Admin', role: 'DISTRICT_ADMIN', teamRole: 'Admin' });
    expect(code(notInvitable)).toBe('BAD_USER_INPUT');
    const endForStaff = await invite(caseManager, { email: 'temp.teacher@riverbend.example', displayName: 'Temp', role: 'GENERAL_EDUCATION_TEACHER', teamRole: 'Teacher', expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(code(endForStaff)).toBe('BAD_USER_INPUT');
  });

  it('a new invitation replaces the pending one; a withdrawn invitation stops working', async () => {
    const email = 'twice.invited@example.org';
    const first = await invite(caseManager, { email, displayName: 'Twice Invited' });
    const firstToken = await invitationToken(email);
    const second = await invite(caseManager, { email, displayName: 'Twice Invited' });
    const secondToken = await invitationToken(email);
    expect(secondToken).not.toBe(firstToken);
    const stale = await new GraphQLTestClient(api.url).request(PREVIEW, { token: firstToken });
    expect(code(stale)).toBe('NOT_FOUND');
    expect(stale.errors?.[0].message).toMatch(/withdrawn or replaced/);
    const [audited] = await api.db.query(
      `SELECT data FROM audit_events WHERE event = 'TEAM_MEMBER_INVITED' AND data->>'invitationId' = $1`, [second.data!.inviteToTeam.id]);
    expect(audited.data.replacedInvitationIds).toEqual([first.data!.inviteToTeam.id]);

    const id = second.data!.inviteToTeam.id;
    expect(code(await parent.request(REVOKE, { id }))).toBe('FORBIDDEN');
    const outsider = await signedIn(DEMO_USERS.caseManager2.email);
    expect(code(await outsider.request(REVOKE, { id }))).toBe('NOT_FOUND');
    expect((await caseManager.request(REVOKE, { id })).data).toEqual({ revokeInvitation: true });
    expect(code(await new GraphQLTestClient(api.url).request(PREVIEW, { token: secondToken }))).toBe('NOT_FOUND');
    expect(code((await accept(secondToken)).result)).toBe('BAD_USER_INPUT');
    expect(code(await caseManager.request(REVOKE, { id }))).toBe('BAD_USER_INPUT');
    const [revoked] = await api.db.query(`SELECT actor_id FROM audit_events WHERE event = 'INVITATION_REVOKED' AND data->>'invitationId' = $1`, [id]);
    expect(revoked).toEqual({ actor_id: DEMO_USERS.caseManager.id });
  });

  it('an invited parent becomes a guardian of the student, in the language they accepted in', async () => {
    const email = 'second.parent@example.org';
    expect((await invite(caseManager, { email, displayName: 'Marisol Carter', role: 'PARENT', teamRole: 'Mother' })).errors).toBeUndefined();
    const { client, result } = await accept(await invitationToken(email), NEW_PASSWORD, { 'accept-language': 'es-MX,es;q=0.9' });
    expect(result.data!.acceptInvitation.user).toEqual(expect.objectContaining({ role: 'PARENT', locale: 'es' }));
    const [guardianship] = await api.db.query(`SELECT relationship FROM guardianships WHERE student_id = $1 AND user_id = $2`, [
      DEMO_STUDENTS.maya.id, result.data!.acceptInvitation.user.id,
    ]);
    // A family member, not a rights holder: only the district designates who decides on the IEP.
    expect(guardianship).toEqual({ relationship: 'Mother' });
    const [rights] = await api.db.query(`SELECT rights_holder FROM guardianships WHERE student_id = $1 AND user_id = $2`, [
      DEMO_STUDENTS.maya.id, result.data!.acceptInvitation.user.id,
    ]);
    expect(rights).toEqual({ rights_holder: false });
    const students = await client.request<{ students: Array<{ id: string; ieps: Array<{ id: string }> }> }>(STUDENTS);
    expect(students.data!.students).toEqual([{ id: DEMO_STUDENTS.maya.id, firstName: 'Maya', ieps: expect.arrayContaining([{ id: MAYA_ACTIVE }, { id: MAYA_DRAFT }]) }]);
  });

  it('no case manager, teacher or guest can make anyone able to decide on an IEP; the district can', async () => {
    const LEO = DEMO_SIGNOFF.leoProposedIepId;
    const SIGNOFF = `query($id: ID!) { iep(id: $id) { id status canDecide } }`;
    const DECIDE = `mutation($input: DecideOnIepInput!) { decideOnIep(input: $input) { id kind } }`;
    const AGREE = `mutation($input: AgreeToElectronicRecordsInput!) { agreeToElectronicRecords(input: $input) { id } }`;
    const SET_RIGHTS = `mutation($input: SetGuardianRightsInput!) { setGuardianRights(input: $input) { id guardians { userId rightsHolder } } }`;
    const ADD_GUARDIAN = `mutation($input: AddGuardianInput!) { addGuardian(input: $input) { id } }`;

    // Leo's case manager invites a family member "as a parent" to Leo's proposed IEP.
    const leoCaseManager = await signedIn(DEMO_USERS.caseManager2.email);
    const email = 'leo.stepparent@example.org';
    const invited = await leoCaseManager.request<{ inviteToTeam: Invitation }>(INVITE, {
      input: { iepId: LEO, email, displayName: 'Robin Carter', role: 'PARENT', teamRole: 'Stepparent' },
    });
    expect(invited.errors).toBeUndefined();
    const { client: invitee, result } = await accept(await invitationToken(email));
    const inviteeId = result.data!.acceptInvitation.user.id;
    expect((await invitee.request(AGREE, { input: { disclosureVersion: ELECTRONIC_RECORDS_DISCLOSURE_VERSION, locale: 'en' } })).errors).toBeUndefined();
    const decide = () => invitee.request(DECIDE, {
      input: { iepId: LEO, version: 1, decision: 'CONSENT', typedName: 'Robin Carter', password: NEW_PASSWORD, intentVersion: SIGNATURE_INTENT_VERSION },
    });

    // Everyone on the school side who is not the district administrator tries each way to grant the rights.
    const teacher = await signedIn(DEMO_USERS.teacher.email);
    const guest = await signedIn(DEMO_USERS.guest.email);
    const staff = { caseManager: leoCaseManager, otherCaseManager: caseManager, teacher, guest };
    for (const [who, client] of Object.entries(staff)) {
      const setRights = await client.request(SET_RIGHTS, { input: { studentId: DEMO_STUDENTS.leo.id, userId: inviteeId, rightsHolder: true } });
      expect([who, code(setRights)]).toEqual([who, 'FORBIDDEN']);
      const add = await client.request(ADD_GUARDIAN, {
        input: { studentId: DEMO_STUDENTS.leo.id, email, displayName: 'Robin Carter', relationship: 'Stepparent', rightsHolder: true },
      });
      expect([who, code(add)]).toEqual([who, 'FORBIDDEN']);
      // A new parent invitation of the same person leaves the guardianship as it is.
      await client.request(INVITE, { input: { iepId: LEO, email, displayName: 'Robin Carter', role: 'PARENT', teamRole: 'Parent' } });
    }
    const [again] = await api.db.query(`SELECT id FROM invitations WHERE email = $1 AND accepted_at IS NULL ORDER BY created_at DESC LIMIT 1`, [email]);
    if (again) expect((await accept(await invitationToken(email))).result.errors).toBeUndefined();

    expect((await invitee.request<{ iep: { canDecide: boolean } }>(SIGNOFF, { id: LEO })).data!.iep).toMatchObject({ status: 'PROPOSED', canDecide: false });
    expect(code(await decide())).toBe('FORBIDDEN');
    const holders = await api.db.query(`SELECT user_id FROM guardianships WHERE student_id = $1 AND rights_holder ORDER BY user_id`, [DEMO_STUDENTS.leo.id]);
    expect(holders).toEqual([{ user_id: DEMO_USERS.parent.id }]);

    // The district administrator confirms the family member as a rights holder: now they may decide.
    const admin = await signedIn(DEMO_USERS.admin.email);
    const confirmed = await admin.request<{ setGuardianRights: { guardians: Array<{ userId: string; rightsHolder: boolean }> } }>(SET_RIGHTS, {
      input: { studentId: DEMO_STUDENTS.leo.id, userId: inviteeId, rightsHolder: true },
    });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.setGuardianRights.guardians).toContainEqual({ userId: inviteeId, rightsHolder: true });
    expect((await invitee.request<{ iep: { canDecide: boolean } }>(SIGNOFF, { id: LEO })).data!.iep.canDecide).toBe(true);
    expect((await decide()).errors).toBeUndefined();
  });
});
