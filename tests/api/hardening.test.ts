import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery, print } from 'graphql';
import { OverblikQueryDocument } from '../../apps/web/src/__generated__/graphql.js';
import { pino } from 'pino';
import { Role } from '@udfasning/domain';
import { createLogger } from '../../apps/api/src/logger.js';
import { LIMITS } from '../../apps/api/src/graphql/limits.js';
import { GraphQLClient, logIn } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The endpoint faces the internet: operation limits, no batching, CSRF prevention, security
// headers, and a production mode that does not describe its schema to strangers.

let dev: TestApp;
let prod: TestApp;
let devClient: GraphQLClient;
let prodClient: GraphQLClient;
beforeAll(async () => {
  [dev, prod] = await Promise.all([startTestApp(), startTestApp({ NODE_ENV: 'production' })]);
  devClient = (await loggedIn(dev.db, dev.url, { role: Role.VIEWER })).client;
  prodClient = (await loggedIn(prod.db, prod.url, { role: Role.VIEWER })).client;
});
afterAll(() => Promise.all([dev?.close(), prod?.close()]));

// The web app's heaviest screen query (Overblik: every kommune missing an opsigelse, step progress).
const HEAVIEST_SCREEN = print(OverblikQueryDocument);

describe('operation limits', () => {
  it('lets a large real screen query through', async () => {
    const data = await devClient.data(HEAVIEST_SCREEN);
    expect(data.dashboard.kommuneCount).toBe(98);
  });

  it(`refuses more than ${LIMITS.maxAliases} aliases before running anything`, async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `k${i}: kommuner { code }`).join(' ');
    const response = await devClient.request(`{ ${aliases} }`);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/aliases/i);
    expect(response.data ?? undefined).toBeUndefined();
  });

  it('refuses a query with too many tokens', async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => 'code').join(' ');
    const response = await devClient.request(`{ kommuner { ${fields} } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.errors?.[0].message).toMatch(/token/i);
    expect(response.data ?? undefined).toBeUndefined();
  });

  it('refuses a query whose cost is too high', async () => {
    // Every kommune's whole checklist: few fields, but 98 × 30 items (graphql/cost.ts).
    const heavy = 'kommuner { checklist { step { id number title phase deadline type description } } progress { done started notStarted notApplicable total } }';
    const response = await devClient.request(`{ ${heavy} }`);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.data ?? undefined).toBeUndefined();
    expect(response.errors?.[0].message).toMatch(/cost/i);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: devClient.cookie! },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('keeps CSRF prevention on: a simple cross-site form post is refused', async () => {
    const response = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: devClient.cookie! },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(response.status).toBe(400);
    expect(await devClient.errorCode('{ me { id } }')).toBeUndefined();
  });
});

describe('schema disclosure', () => {
  it('allows introspection and suggestions in development', async () => {
    expect(await devClient.errorCode(getIntrospectionQuery())).toBeUndefined();
    const response = await devClient.request('{ kommuner { nam } }');
    expect(response.errors?.[0].message).toMatch(/Did you mean/);
  });

  it('hides introspection and field suggestions in production', async () => {
    const introspection = await prodClient.request(getIntrospectionQuery());
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    expect(introspection.data ?? undefined).toBeUndefined();
    const response = await prodClient.request('{ kommuner { nam } }');
    expect(response.errors?.[0].message).not.toMatch(/Did you mean|name/);
  });

  it('serves no landing page in production', async () => {
    const response = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/apollographql\.com/);
  });
});

describe('security headers', () => {
  it('sends a strict content security policy and anti-framing headers', async () => {
    for (const path of ['/healthz', '/', '/kommuner/101']) {
      const response = await fetch(`${prod.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp, path).toMatch(/script-src 'self'(;|$)/);
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).not.toMatch(/upgrade-insecure-requests/);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("leaves Apollo's landing page its own nonce-based policy in development", async () => {
    const response = await fetch(`${dev.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.text()).toMatch(/http-equiv="Content-Security-Policy"/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('unexpected errors', () => {
  it('reach the client as a generic message and are logged with the request id', async () => {
    const lines: any[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const broken = await startTestApp({ NODE_ENV: 'production', LOG_LEVEL: 'error' }, { logger });
    try {
      const { client } = await loggedIn(broken.db, broken.url, { role: Role.VIEWER });
      // A fault the code does not expect: a table the query needs is gone.
      await broken.db.query('ALTER TABLE legacy_system RENAME TO legacy_system_gone');
      const { status, headers, ...body } = await client.request<any>('{ legacySystems { name } }');
      expect(body.errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(body)).not.toMatch(/legacy_system|relation|SELECT|stack/i);
      const requestId = headers.get('x-request-id');
      const logged = lines.find((l) => l.msg === 'unexpected GraphQL error');
      expect(logged?.reqId).toBe(requestId);
      expect(logged?.err?.message).toMatch(/legacy_system/);
    } finally {
      await broken.close();
    }
  });
});

describe('request logs', () => {
  it('never hold the session cookie, neither the one sent nor the one set', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const app = await startTestApp({ NODE_ENV: 'production', LOG_LEVEL: 'info' }, { logger });
    try {
      const browser = await logIn(app.url, 'admin@example.dk', 'admin-password-123');
      const token = browser.cookie!.split('=')[1];
      await browser.request('{ me { email } }');
      const requestLines = lines.filter((l) => l.includes('request completed'));
      expect(requestLines.length).toBeGreaterThanOrEqual(2);
      expect(lines.join('\n')).not.toContain(token);
    } finally {
      await app.close();
    }
  });
});
