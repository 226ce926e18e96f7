import { DEMO_PASSWORD, DEMO_USERS, seedDemoDistrict } from '@iep/api/seed';
import { GraphQLTestClient, startTestApi, type GraphQLResponse, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

/**
 * Errors in the reader's language: the web client sends the language its pages are in as
 * Accept-Language, and a Spanish-reading parent gets the API's messages in Spanish, with the same code
 * and details an English reader gets.
 */

const MAYA_DRAFT = '00000000-0000-4000-8000-000000000402';
const IEP = `query($id: ID!) { iep(id: $id) { id parts { id kind } } }`;
const START = `mutation($input: StartIepCommentThreadInput!) { startIepCommentThread(input: $input) { id } }`;
const REJECT = `mutation($input: RejectIepSuggestionInput!) { rejectIepSuggestion(input: $input) { id } }`;

const first = (result: GraphQLResponse) => result.errors?.[0];

describe('error messages in the reader’s language (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  const reader = (language?: string) => new GraphQLTestClient(api.url, language ? { 'accept-language': language } : {});

  async function signedIn(email: string, language?: string): Promise<GraphQLTestClient> {
    const client = reader(language);
    expect((await client.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    return client;
  }

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
  });
  afterAll(() => api.close());

  it('says an IEP the reader may not see was not found, in Spanish or in English', async () => {
    const [spanish, english] = await Promise.all([
      signedIn(DEMO_USERS.parentEs.email, 'es-MX,es;q=0.9,en;q=0.8'),
      signedIn(DEMO_USERS.parentEs.email, 'en-US,en;q=0.9'),
    ]);
    const inSpanish = await spanish.request(IEP, { id: MAYA_DRAFT });
    const inEnglish = await english.request(IEP, { id: MAYA_DRAFT });
    expect(first(inSpanish)).toMatchObject({ message: 'No se encontró ese IEP.', extensions: { code: 'NOT_FOUND' }, path: ['iep'] });
    expect(first(inEnglish)).toMatchObject({ message: 'That IEP was not found.', extensions: { code: 'NOT_FOUND' }, path: ['iep'] });
  });

  it('answers a language IEP Team does not speak in English, and takes Spanish when the reader ranks it higher', async () => {
    const french = await signedIn(DEMO_USERS.parentEs.email, 'fr-FR');
    expect(first(await french.request(IEP, { id: MAYA_DRAFT }))?.message).toBe('That IEP was not found.');
    const frenchThenSpanish = await signedIn(DEMO_USERS.parentEs.email, 'fr-FR, en;q=0.5, es;q=0.8');
    expect(first(await frenchThenSpanish.request(IEP, { id: MAYA_DRAFT }))?.message).toBe('No se encontró ese IEP.');
  });

  it('refuses a parent’s empty or overlong comment in Spanish, naming the field, and writes nothing', async () => {
    const parent = await signedIn(DEMO_USERS.parent.email, 'es');
    const parts = (await parent.request<{ iep: { parts: Array<{ id: string; kind: string }> } }>(IEP, { id: MAYA_DRAFT })).data!.iep.parts;
    const goalId = parts.find((part) => part.kind === 'GOAL')!.id;
    const [{ before }] = await api.db.query(`SELECT count(*)::int AS before FROM iep_comment_threads WHERE iep_id = $1`, [MAYA_DRAFT]);

    const empty = await parent.request(START, { input: { iepId: MAYA_DRAFT, partId: goalId, body: '   ' } });
    expect(first(empty)).toMatchObject({
      message: 'Escriba un comentario antes de enviarlo.',
      extensions: { code: 'BAD_USER_INPUT', field: 'body' },
    });
    const long = await parent.request(START, { input: { iepId: MAYA_DRAFT, partId: goalId, body: 'a'.repeat(10_001) } });
    expect(first(long)).toMatchObject({
      message: 'Un comentario puede tener como máximo 10.000 caracteres; este tiene 10.001.',
      extensions: { code: 'BAD_USER_INPUT', field: 'body' },
    });
    const [{ after }] = await api.db.query(`SELECT count(*)::int AS after FROM iep_comment_threads WHERE iep_id = $1`, [MAYA_DRAFT]);
    expect(after).toBe(before);
  });

  it('refuses, in Spanish, a parent who tries to decide a suggestion (a role-level denial)', async () => {
    const parent = await signedIn(DEMO_USERS.parent.email, 'es');
    const [{ id }] = await api.db.query(`SELECT id FROM iep_suggestions WHERE iep_id = $1 AND status = 'PENDING' LIMIT 1`, [MAYA_DRAFT]);
    const refused = await parent.request(REJECT, { input: { suggestionId: id, reason: 'No' } });
    expect(first(refused)).toMatchObject({
      message: 'No tiene acceso a esto.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('says in Spanish that the e-mail or password is not right', async () => {
    const result = await reader('es').signIn(DEMO_USERS.parentEs.email, 'not-the-password');
    expect(first(result)).toMatchObject({
      message: 'El correo electrónico o la contraseña no son correctos. Revise los dos e inténtelo de nuevo.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('gives the input checks’ own messages in Spanish, naming the field', async () => {
    const reset = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
    const result = await reader('es').request(reset, { email: 'not-an-address' });
    expect(first(result)).toMatchObject({
      message: 'Escriba un correo electrónico válido.',
      extensions: { code: 'BAD_USER_INPUT', field: 'email' },
    });
    expect(first(await reader().request(reset, { email: 'not-an-address' }))?.message).toBe('Enter a valid e-mail address.');
  });

  it('keeps a message that exists only in English, with its code, rather than dropping it', async () => {
    const spanish = await signedIn(DEMO_USERS.parentEs.email, 'es');
    const invalid = await spanish.request(`{ iep(id: "${MAYA_DRAFT}") { noSuchField } }`);
    expect(first(invalid)).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(first(invalid)?.message).toMatch(/noSuchField/);
  });
});
