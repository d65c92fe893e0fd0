import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { GraphQLClient, LOGIN } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Requests an attacker sends to tire the server or slip past its checks. Each one gets a clear code
// (or HTTP status); those refused by the operation limits run no SQL statement (the app's onQuery
// hook sees every statement); and the server answers a normal request right after each one.

let app: TestApp;
let viewer: GraphQLClient;
let cookie: string;
const statements: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ NODE_ENV: 'production' }, { onQuery: (sql) => void statements.push(sql) });
  viewer = (await loggedIn(app.db, app.url, { role: Role.VIEWER })).client;
  cookie = viewer.cookie!;
});
afterAll(() => app?.close());

/** Statements run while `send` ran, not counting the session lookup every request makes. */
async function statementsDuring<T>(send: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  statements.length = 0;
  const result = await send();
  return { result, sql: statements.filter((s) => !/FROM user_session s JOIN app_user/.test(s)) };
}

async function stillAnswers(): Promise<void> {
  expect((await viewer.data('{ me { role } }')).me.role).toBe('VIEWER');
}

function post(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, ...headers }, body });
}

const nested = (depth: number): string => (depth === 0 ? 'code' : `contacts { kommune { ${nested(depth - 1)} } }`);

describe('operations built to exhaust the server, refused before they run', () => {
  const cases: [string, string][] = [
    ['16 aliases', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`],
    ['15 aliases of kommuner { checklist { … } }', `{ ${Array.from({ length: 15 }, (_, i) => `k${i}: kommuner { checklist { id status step { id title } } }`).join(' ')} }`],
    ['two aliases of a list root field', '{ a: kommuner { code } b: kommuner { name } }'],
    ['depth 12 through a cycle', `{ kommune(code: 101) { ${nested(5)} } }`],
    ['a fragment cycle', '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'],
    ['a fragment spread bomb', `{ kommune(code: 101) { ...F0 } } ${Array.from({ length: 10 }, (_, i) => `fragment F${i} on Kommune { checklist { id } contacts { kommune { ...F${i + 1} } } }`).join(' ')} fragment F10 on Kommune { code }`],
    [
      'fragments that double at every level (2^40 paths)',
      `{ kommune(code: 101) { ...F0 } } ${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Kommune { checklist { id } ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F40 on Kommune { code }`,
    ],
    ['50 directives', `{ me { id ${Array.from({ length: 50 }, () => '@include(if: true)').join(' ')} } }`],
    ['introspection in production', '{ __schema { types { name fields { name } } } }'],
    ['two logins in one request', 'mutation { a: login(email: "a@b.dk", password: "x") { id } b: login(email: "a@b.dk", password: "y") { id } }'],
  ];

  it.each(cases)('%s: GRAPHQL_VALIDATION_FAILED, no SQL', async (_name, query) => {
    const { result, sql } = await statementsDuring(() => viewer.request(query));
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data ?? undefined).toBeUndefined();
    expect(sql).toEqual([]);
    await stillAnswers();
  });
});

describe('oversized input', () => {
  it('3,000 tokens: GRAPHQL_PARSE_FAILED (HTTP 400), parsing stops there, no SQL', async () => {
    const { result, sql } = await statementsDuring(() => viewer.request(`{ me { ${Array.from({ length: 3000 }, () => 'id').join(' ')} } }`));
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors?.[0].message).toMatch(/2000 tokens/);
    expect(sql).toEqual([]);
    await stillAnswers();
  });

  it('a 1.5 MB string as a name: BAD_USER_INPUT, nothing stored', async () => {
    const { client: admin } = await loggedIn(app.db, app.url, { role: Role.ADMIN });
    const name = 'x'.repeat(1_500_000);
    const response = await admin.request('mutation($n: String!) { addContact(input: { kommuneCode: 101, name: $n, email: "a@kk.dk" }) { id } }', { n: name });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.db.query('SELECT 1 FROM contact_person WHERE length(name) > 1000')).toEqual([]);
    await stillAnswers();
  });

  it('a 1.5 MB password at login: the same answer as a wrong one, without hashing it', async () => {
    const response = await new GraphQLClient(app.url).request(LOGIN, { email: 'someone@kk.dk', password: 'p'.repeat(1_500_000) });
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await stillAnswers();
  });

  it('a huge string written in the query itself: answered like a short one', async () => {
    const response = await viewer.request(`{ kommune(code: 101) { name } auditEvents(filter: { entityType: "${'y'.repeat(1_000_000)}" }) { total } }`);
    expect(response.status).toBe(200);
    expect(response.data?.auditEvents.total).toBe(0);
    await stillAnswers();
  });

  it('huge and deeply nested variables the operation does not declare: ignored', async () => {
    // Written out by hand: JSON.stringify itself would run out of stack on 50,000 levels.
    const deep = `${'{"d":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    const wide = Array.from({ length: 20_000 }, (_, i) => `"v${i}":${i}`).join(',');
    const response = await post(`{"query":"{ me { role } }","variables":{"deep":${deep},${wide}}}`);
    expect(response.status).toBe(200);
    expect((await response.json()).data.me.role).toBe('VIEWER');
    await stillAnswers();
  });

  it('a body over 2 MB: HTTP 413, not parsed', async () => {
    statements.length = 0;
    const response = await post(JSON.stringify({ query: '{ me { role } }', variables: { pad: 'z'.repeat(3_000_000) } }));
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(statements).toEqual([]);
    await stillAnswers();
  });

  it('a body that is not JSON: HTTP 400 with a GraphQL error, no HTML page or stack trace', async () => {
    const response = await post('{"query": "{ me { role } }"');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.text();
    expect(JSON.parse(body).errors[0]).toMatchObject({ message: 'Forespørgslen er ikke gyldig JSON.', extensions: { code: 'BAD_REQUEST' } });
    expect(body).not.toMatch(/node_modules|at JSON\.parse/);
    await stillAnswers();
  });
});

describe('transport tricks', () => {
  it('a batched array of operations: HTTP 400', async () => {
    const response = await post(JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ me { id } }' }))));
    expect(response.status).toBe(400);
    await stillAnswers();
  });

  it.each([
    ['text/plain', JSON.stringify({ query: 'mutation { logout }' })],
    ['application/x-www-form-urlencoded', 'query=mutation%20%7B%20logout%20%7D'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\nmutation { logout }\r\n--x--'],
  ])('a %s body (what a cross-site form can send): HTTP 400, not run', async (type, body) => {
    const response = await post(body, { 'content-type': type });
    expect(response.status).toBe(400);
    await stillAnswers();
  });

  it('a mutation over GET: HTTP 405, not run', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { cookie, 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(405);
    await stillAnswers();
  });

  it('malformed JSON: HTTP 400', async () => {
    const response = await post('{"query": "{ me { id } }"');
    expect(response.status).toBe(400);
    await stillAnswers();
  });

  it('a query that is not a string: HTTP 400', async () => {
    const response = await post(JSON.stringify({ query: { kind: 'Document' } }));
    expect(response.status).toBe(400);
    await stillAnswers();
  });
});
