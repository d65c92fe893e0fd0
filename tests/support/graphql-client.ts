// A small GraphQL-over-HTTP client for tests that keeps the session cookie like a browser.

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  /** The HTTP response headers (cache, cookie and security headers are part of what tests check). */
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export class GraphQLClient {
  cookie: string | null = null;
  /** The session token behind `cookie`, for tests that hand the session to a browser. */
  sessionToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { ...body, status: response.status, headers: response.headers };
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async data<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** The first error code of a request that must fail. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const result = await this.request(query, variables);
    return result.errors?.[0]?.extensions?.code as string | undefined;
  }
}

/** The login mutation, answering the fields the web app reads after logging in. */
export const LOGIN =
  'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id email role } }';

/** A fresh client logged in through the login mutation, as a browser would (fails the test if refused). */
export async function logIn(baseUrl: string, email: string, password: string): Promise<GraphQLClient> {
  const client = new GraphQLClient(baseUrl);
  await client.data(LOGIN, { email, password });
  return client;
}
