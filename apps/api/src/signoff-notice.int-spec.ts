import { DEMO_PASSWORD, DEMO_SIGNOFF, DEMO_USERS, seedDemoDistrict, DEMO_JOURNEYS } from '@iep/api/seed';
import { IepLifecycleService } from '@iep/api/signoff';
import { GraphQLTestClient, startTestApi, type TestApi } from '@iep/api/testing';
import { addDays } from '@iep/domain';
import { createApiApp } from './bootstrap';

const SET_PROFILE = `mutation($code: String!) { setDistrictStateProfile(code: $code) { profile { code inUse } } }`;
const VIEW = `query($id: ID!) { iep(id: $id) { id status kind requiresParentSignature currentVersion { proposedOn } decisions { kind effectiveOn decidedBy { id } signature { id } } } }`;

interface View { status: string; requiresParentSignature: boolean; currentVersion: { proposedOn: string }; decisions: Array<{ kind: string; effectiveOn: string | null; decidedBy: unknown; signature: unknown }> }

describe('where the state does not require the parent’s signature (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  let admin: GraphQLTestClient;
  let caseManager: GraphQLTestClient;

  const view = async (id: string) => (await caseManager.request<{ iep: View }>(VIEW, { id })).data!.iep;

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    admin = new GraphQLTestClient(api.url);
    caseManager = new GraphQLTestClient(api.url);
    expect((await admin.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD)).errors).toBeUndefined();
    expect((await caseManager.signIn(DEMO_USERS.caseManager2.email, DEMO_PASSWORD)).errors).toBeUndefined();
  });
  afterAll(() => api.close());

  it('puts an amendment in force once the notice period has run, without a signature, but never an initial IEP', async () => {
    const lifecycle = api.app.get(IepLifecycleService, { strict: false });
    // Under the seed states' rule nothing takes effect without the parent.
    const amendment = await view(DEMO_SIGNOFF.sofiaAmendmentIepId);
    const later = addDays(amendment.currentVersion.proposedOn, 30);
    expect(await lifecycle.takeEffectAfterNotice({ today: later })).toEqual({ examined: 0, tookEffect: [] });

    const switched = await admin.request(SET_PROFILE, { code: 'IDEA_NOTICE' });
    expect(switched.errors).toBeUndefined();
    expect(await view(DEMO_SIGNOFF.sofiaAmendmentIepId)).toMatchObject({ status: 'PROPOSED', requiresParentSignature: false });
    expect(await view(DEMO_SIGNOFF.leoProposedIepId)).toMatchObject({ status: 'PROPOSED', requiresParentSignature: true });

    const proposedOn = amendment.currentVersion.proposedOn;
    const early = await lifecycle.takeEffectAfterNotice({ today: addDays(proposedOn, 9) });
    expect(early.tookEffect).toEqual([]);
    const due = await lifecycle.takeEffectAfterNotice({ today: addDays(proposedOn, 10) });
    // Mateo's amendment (a browser journey's) was proposed the same day, so its notice runs out too.
    expect([...due.tookEffect].sort()).toEqual([DEMO_SIGNOFF.sofiaAmendmentIepId, DEMO_JOURNEYS.mateo.amendmentIepId].sort());

    const inForce = await view(DEMO_SIGNOFF.sofiaAmendmentIepId);
    expect(inForce.status).toBe('ACTIVE');
    expect(inForce.decisions).toEqual([{ kind: 'TOOK_EFFECT_AFTER_NOTICE', effectiveOn: addDays(proposedOn, 10), decidedBy: null, signature: null }]);
    expect((await view(DEMO_SIGNOFF.sofiaActiveIepId)).status).toBe('SUPERSEDED');
    const [deadline] = await api.db.query(`SELECT event_kind FROM deadlines WHERE iep_id = $1 AND kind = 'SERVICE_START'`, [DEMO_SIGNOFF.sofiaAmendmentIepId]);
    expect(deadline).toEqual({ event_kind: 'IEP_IN_EFFECT' });
    const [told] = await api.db.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'IEP_TOOK_EFFECT' AND user_id = $1`, [DEMO_USERS.caseManager2.id]);
    // One notice for each of the two amendments that took effect; both are this case manager's.
    expect(told.n).toBe(2);

    // The initial IEP waits for consent however long the notice has run; running again changes nothing.
    expect(await lifecycle.takeEffectAfterNotice({ today: addDays(proposedOn, 60) })).toEqual({ examined: 0, tookEffect: [] });
    expect((await view(DEMO_SIGNOFF.leoProposedIepId)).status).toBe('PROPOSED');
  });
});
