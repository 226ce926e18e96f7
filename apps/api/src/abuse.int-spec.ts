import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import { RATE_LIMITS } from '@iep/api/core';
import { DEMO_PASSWORD, DEMO_USERS, OTHER_DISTRICT, seedDemoDistrict } from '@iep/api/seed';
import { startTestApi, type TestApi } from '@iep/api/testing';
import { QUERY_LIMITS } from '@iep/domain';
import { createApiApp } from './bootstrap';

/**
 * What an attacker on the school network would try, against a started API. Whatever the request, no
 * answer may be a 5xx or carry a stack trace or a database message; every answer is checked for that
 * as it arrives, and the typed refusal each attack should meet is checked in its own test.
 */

interface Answer {
  status: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | null;
}

/** Marks of an answer that leaks internals: a stack frame, a PostgreSQL or TypeORM message. */
const LEAK = /\bat [\w.<>]+ \(|\.ts:\d+:\d+|QueryFailedError|TypeORMError|syntax error at or near|violates (unique|foreign key|check|not-null)|relation "|column "|duplicate key|invalid byte sequence|unsupported Unicode escape|"stacktrace"/;

const iep = (n: string) => `00000000-0000-4000-8000-000000000${n}`;

describe('abuse suite against a started API', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  const answers: Array<{ what: string; answer: Answer }> = [];

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
    await seedDemoDistrict(api.db, api.sealer);
    schema = api.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => api.close());
  beforeEach(() => api.clearRateLimits());

  /** Any request; the answer is kept for the no-leak check. */
  async function send(what: string, init: RequestInit & { path?: string; cookie?: string }): Promise<Answer> {
    const { path = '/graphql', cookie, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(`${api.url}${path}`, { ...rest, headers });
    const text = await response.text();
    let body: Answer['body'] = null;
    try {
      body = JSON.parse(text) as Answer['body'];
    } catch {
      body = null;
    }
    const answer = { status: response.status, text, body };
    answers.push({ what, answer });
    expect({ what, status: answer.status, leak: LEAK.exec(text)?.[0] ?? null }).toEqual({ what, status: expect.any(Number), leak: null });
    expect(answer.status).toBeLessThan(500);
    return answer;
  }

  const post = (what: string, query: string, variables: Record<string, unknown> = {}, cookie?: string) =>
    send(what, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }), cookie });
  const code = (answer: Answer) => answer.body?.errors?.[0]?.extensions?.['code'];

  async function sessionOf(email: string): Promise<string> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }', variables: { input: { email, password: DEMO_PASSWORD } } }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('iep_session='));
    if (!cookie) throw new Error(`could not sign in as ${email}`);
    return cookie.split(';')[0]!;
  }

  describe('bounded queries', () => {
    it.each([
      ['1,000 aliases', `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: students { ieps { parts { id } } }`).join(' ')} }`],
      ['aliases past the limit', `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`],
      ['depth', `{ students { ieps { student { ieps { student { ieps { student { ieps { student { ieps { id } } } } } } } } } } }`],
      ['duplicate fields', `{ me { ${'id '.repeat(QUERY_LIMITS.maxTokens + 1)} } }`],
      ['directives', `{ me { id ${'@skip(if: false) '.repeat(QUERY_LIMITS.maxDirectives + 1)} } }`],
      ['cost', `{ ${Array.from({ length: QUERY_LIMITS.maxAliases }, (_, i) => `a${i}: students { ieps { student { ieps { student { ieps { id status } } } } } }`).join(' ')} }`],
    ])('refuses %s with a typed 400', async (what, query) => {
      const answer = await post(what, query, {}, await sessionOf(DEMO_USERS.caseManager.email));
      expect(answer.status).toBe(400);
      expect(code(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(answer.body?.data ?? null).toBeNull();
    });
  });

  describe('transport', () => {
    it('refuses batched operations', async () => {
      const answer = await send('batch', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
      });
      expect(answer.status).toBe(400);
    });

    it('refuses a CSRF-style GET and a text/plain post, and performs neither mutation', async () => {
      const cookie = await sessionOf(DEMO_USERS.parent.email);
      const get = await send('GET mutation', { method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { signOut }')}`, cookie });
      expect(get.status).toBeGreaterThanOrEqual(400);
      const simpleGet = await send('GET query without preflight', { method: 'GET', path: `/graphql?query=${encodeURIComponent('{ me { id } }')}`, cookie });
      expect(simpleGet.status).toBe(400);
      const form = await send('text/plain post', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: 'mutation { signOut }' }), cookie });
      expect(form.status).toBe(400);
      const stillIn = await post('me', '{ me { id } }', {}, cookie);
      expect(stillIn.body?.data).toEqual({ me: { id: DEMO_USERS.parent.id } });
    });

    it('refuses a 10 MB body as JSON, and malformed JSON too', async () => {
      const huge = await send('10 MB body', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(10 * 1024 * 1024) } }),
      });
      expect(huge.status).toBe(413);
      expect(code(huge)).toBe('PAYLOAD_TOO_LARGE');
      const broken = await send('malformed JSON', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ me { id } }"' });
      expect(broken.status).toBe(400);
    });
  });

  describe('NUL and surrogates in every string argument of the schema', () => {
    /** Every query and mutation that takes a string somewhere in its arguments, with variables that fill each. */
    function operationsWithStrings(bad: string) {
      const operations: Array<{ name: string; query: string; variables: Record<string, unknown> }> = [];
      for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
        for (const field of Object.values(type?.getFields() ?? {})) {
          const filled = field.args.map((arg) => ({ arg, value: valueFor(arg.type, bad, new Set()) }));
          if (!filled.some(({ value }) => value.hasString)) continue;
          operations.push({ name: `${kind} ${field.name}`, query: operationText(kind, field, field.args), variables: Object.fromEntries(filled.map(({ arg, value }) => [arg.name, value.value])) });
        }
      }
      return operations;
    }

    it('finds the operations to try (a new field with a string argument is covered without a change here)', () => {
      expect(operationsWithStrings('x').length).toBeGreaterThan(40);
    });

    it.each([
      ['NUL', 'before\u0000after'],
      ['a lone high surrogate', 'before\ud800after'],
      ['a lone low surrogate', 'before\udc00after'],
      ['a non-character', 'before\uffffafter'],
    ])('refuses %s with BAD_USER_INPUT naming the field, signed in or not', async (_what, bad) => {
      const cookie = await sessionOf(DEMO_USERS.caseManager.email);
      for (const operation of operationsWithStrings(bad)) {
        for (const session of [undefined, cookie]) {
          const answer = await post(operation.name, operation.query, operation.variables, session);
          expect({ operation: operation.name, code: code(answer) }).toEqual({ operation: operation.name, code: 'BAD_USER_INPUT' });
          const field = String(answer.body?.errors?.[0]?.extensions?.['field'] ?? '');
          expect(Object.keys(operation.variables)).toContain(field.split('.')[0]);
        }
      }
    });
  });

  describe('enumeration through every operation that takes an e-mail', () => {
    /** Every operation with an argument (at any depth) named like an e-mail address. */
    function emailOperations(): string[] {
      const names: string[] = [];
      for (const type of [schema.getQueryType(), schema.getMutationType()]) {
        for (const field of Object.values(type?.getFields() ?? {})) {
          if (field.args.some((arg) => takesEmail(arg.type, arg.name, new Set()))) names.push(field.name);
        }
      }
      return names.sort();
    }

    const known = OTHER_DISTRICT.users.caseManager.email;
    const unknown = 'no-such-person@example.org';

    /** The answer with the address itself taken out, so two answers compare on what they say. */
    const said = (answer: Answer, email: string) => JSON.stringify({ status: answer.status, body: answer.body }).split(email).join('<email>');

    const probes: Record<string, (email: string) => Promise<Answer>> = {
      signIn: (email) => post('signIn', 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }', { input: { email, password: 'not the password' } }),
      requestPasswordReset: (email) => post('requestPasswordReset', 'mutation($email: String!) { requestPasswordReset(email: $email) }', { email }),
      inviteToTeam: async (email) =>
        post(
          'inviteToTeam by a parent',
          'mutation($input: InviteToTeamInput!) { inviteToTeam(input: $input) { displayName role teamRole invitedByName } }',
          { input: { iepId: iep('401'), email, displayName: 'Probe', role: 'GUEST', teamRole: 'Advocate' } },
          await sessionOf(DEMO_USERS.parent.email),
        ),
    };

    /**
     * District administrators create accounts, and an address is unique across the installation, so
     * they must learn that one is taken: they are staff, each such answer is audited, and the address is
     * all they learn (never the district or the role).
     */
    const toldToDistrictStaff = ['addGuardian', 'createStaffUser'];

    it('classifies every such operation, so a new one cannot slip past this suite', () => {
      expect(emailOperations()).toEqual([...Object.keys(probes), ...toldToDistrictStaff].sort());
    });

    it.each(Object.keys(probes))('%s answers the same for an address with an account elsewhere and one without', async (name) => {
      const probe = probes[name]!;
      expect(said(await probe(known), known)).toBe(said(await probe(unknown), unknown));
    });

    it('the district staff operations name no other district or role', async () => {
      const cookie = await sessionOf(DEMO_USERS.admin.email);
      const answer = await post('createStaffUser', 'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { id } }', {
        input: { email: known, displayName: 'Probe', role: 'GENERAL_EDUCATION_TEACHER' },
      }, cookie);
      expect(code(answer)).toBe('CONFLICT');
      expect(answer.text).not.toMatch(new RegExp(`${OTHER_DISTRICT.district.name}|case manager|special education`, 'i'));
    });
  });

  describe('concurrent wrong passwords', () => {
    it('counts each one: past the limit they are refused with the time to wait', async () => {
      const tries = RATE_LIMITS.signInAccountClient.points * 3;
      const results = await Promise.all(
        Array.from({ length: tries }, () =>
          post('wrong password', 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }', {
            input: { email: DEMO_USERS.districtRep.email, password: 'wrong-password' },
          }),
        ),
      );
      const refused = results.filter((answer) => code(answer) === 'TOO_MANY_REQUESTS');
      expect(refused).toHaveLength(tries - RATE_LIMITS.signInAccountClient.points);
      expect(results.filter((answer) => code(answer) === 'UNAUTHENTICATED')).toHaveLength(RATE_LIMITS.signInAccountClient.points);
      expect(refused[0]!.body?.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    });
  });

  it('answered everything without a 5xx, a stack trace or a database message', () => {
    expect(answers.length).toBeGreaterThan(100);
    expect(answers.filter(({ answer }) => answer.status >= 500 || LEAK.test(answer.text)).map(({ what }) => what)).toEqual([]);
  });
});

/** A value for an input type with `bad` in every string; whether it holds any string at all. */
function valueFor(type: GraphQLInputType, bad: string, seen: Set<string>): { value: unknown; hasString: boolean } {
  if (isNonNullType(type)) return valueFor(type.ofType, bad, seen);
  if (isListType(type)) {
    const item = valueFor(type.ofType, bad, seen);
    return { value: [item.value], hasString: item.hasString };
  }
  if (isEnumType(type)) return { value: type.getValues()[0]!.value, hasString: false };
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return { value: 1, hasString: false };
      case 'Boolean':
        return { value: false, hasString: false };
      case 'JSONObject':
        return { value: { text: bad }, hasString: true };
      default:
        return { value: bad, hasString: true };
    }
  }
  if (isInputObjectType(type)) {
    // A recursive input is filled once: its own fields are what is tried.
    if (seen.has(type.name)) return { value: undefined, hasString: false };
    const inner = new Set(seen).add(type.name);
    const entries = Object.values(type.getFields()).map((field) => [field.name, valueFor(field.type, bad, inner)] as const);
    return {
      value: Object.fromEntries(entries.filter(([, v]) => v.value !== undefined).map(([name, v]) => [name, v.value])),
      hasString: entries.some(([, v]) => v.hasString),
    };
  }
  return { value: null, hasString: false };
}

function takesEmail(type: GraphQLInputType, name: string, seen: Set<string>): boolean {
  if (/e-?mail/i.test(name) && isLeafType(getNamedType(type)) && getNamedType(type).name === 'String') return true;
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  const inner = new Set(seen).add(named.name);
  return Object.values(named.getFields()).some((field) => takesEmail(field.type, field.name, inner));
}

function operationText(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: readonly GraphQLArgument[]): string {
  const definitions = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} Abuse${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}
