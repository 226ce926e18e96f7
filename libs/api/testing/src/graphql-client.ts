export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown }; path?: unknown[] }>;
}

/**
 * A browser-like GraphQL client for integration tests: real HTTP, and the session cookie kept
 * between requests the way a browser keeps it.
 */
export class GraphQLTestClient {
  private cookie: string | null = null;

  constructor(private readonly baseUrl: string, private readonly headers: Record<string, string> = {}) {}

  async request<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T> & { status: number }> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie();
    for (const header of setCookie) {
      const [pair] = header.split(';');
      const [name, value] = pair.split('=');
      if (name === 'iep_session') this.cookie = value ? `${name}=${value}` : null;
    }
    const body = (await response.json()) as GraphQLResponse<T>;
    return { ...body, status: response.status };
  }

  async signIn(email: string, password: string): Promise<GraphQLResponse & { status: number }> {
    return this.request(
      `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id role } } }`,
      { input: { email, password } },
    );
  }

  get sessionCookie(): string | null {
    return this.cookie;
  }
}
