import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import type { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// One request from any role must not be able to keep the server busy: the cost of an operation is
// counted with list lengths, list root fields cannot be repeated under aliases, a comment does not
// make a request miss the whole-answer cache, and each session has a request budget.

let app: TestApp;
let viewer: GraphQLClient;
const statements: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ NODE_ENV: 'production' }, { onQuery: (sql) => void statements.push(sql) });
  viewer = (await loggedIn(app.db, app.url, { role: Role.VIEWER })).client;
});
afterAll(() => app?.close());

/** The statements a request ran besides the session lookup every request makes. */
async function statementsOf<T>(run: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  statements.length = 0;
  const result = await run();
  return { result, sql: statements.filter((s) => !/FROM user_session s JOIN app_user/.test(s)) };
}

const CHECKLISTS = 'kommuner { checklist { id status note step { id number title phase deadline type description } } }';

describe('list-aware cost', () => {
  it('refuses 15 aliases of kommuner { checklist { … } } before running a statement', async () => {
    const attack = `{ ${Array.from({ length: 15 }, (_, i) => `k${i}: ${CHECKLISTS}`).join(' ')} }`;
    const { result, sql } = await statementsOf(() => viewer.request(attack));
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data ?? undefined).toBeUndefined();
    expect(sql).toEqual([]);
    // The server answers the next request as usual.
    expect((await viewer.data('{ me { role } }')).me.role).toBe('VIEWER');
  });

  it('refuses even one kommuner { checklist { … } }: 98 × 30 items are counted, not one', async () => {
    const { result, sql } = await statementsOf(() => viewer.request(`{ ${CHECKLISTS} }`));
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/cost \d+, højst 10000/);
    expect(sql).toEqual([]);
  });

  it('counts fragments and inline fragments like the fields they stand for', async () => {
    const query = `query { kommuner { ...K } } fragment K on Kommune { checklist { ... on ChecklistItem { id status note step { id number title phase deadline type description } } } }`;
    const { result, sql } = await statementsOf(() => viewer.request(query));
    expect(result.errors?.[0].message).toMatch(/cost/);
    expect(sql).toEqual([]);
  });

  it('lets one kommune with its checklist through, as the kommune page asks for it', async () => {
    const data = await viewer.data(`{ kommune(code: 101) { checklist { id status step { id title } } } }`);
    expect(data.kommune.checklist.length).toBeGreaterThan(10);
  });
});

describe('aliases of list root fields', () => {
  it.each(['kommuner { code }', 'legacySystems { id }', 'auditEvents { total }', 'dashboard { kommuneCount }', 'drejebogVersions { id }'])(
    'refuses %s twice under different aliases',
    async (field) => {
      const { result, sql } = await statementsOf(() => viewer.request(`{ a: ${field} b: ${field} }`));
      expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0].message).toMatch(/aliases/);
      expect(sql).toEqual([]);
    },
  );

  it('refuses 15 aliased auditEvents pages (each a scan and a count) before running a statement', async () => {
    const attack = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: auditEvents(offset: ${i}) { total items { id } }`).join(' ')} }`;
    const { result, sql } = await statementsOf(() => viewer.request(attack));
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(sql).toEqual([]);
  });

  it('still allows the same field twice under one name (merged into one)', async () => {
    expect(await viewer.errorCode('{ kommuner { code } kommuner { name } }')).toBeUndefined();
  });
});

describe('whole-answer cache key', () => {
  const LIST = '{ kommuner { code name trafficLight } }';

  it('is the normalised operation: comments, spacing and the operation name do not miss the cache', async () => {
    await viewer.data(LIST);
    for (const variant of [
      `${LIST} # ${Math.random()}`,
      `#${Math.random()}\n{kommuner{code    name\n trafficLight}}`,
      `query Anything${Math.floor(Math.random() * 1e6)} { kommuner { code name trafficLight } }`,
    ]) {
      const { result, sql } = await statementsOf(() => viewer.request(variant));
      expect(result.errors).toBeUndefined();
      expect(result.headers.get('age'), variant).not.toBeNull();
      expect(sql, variant).toEqual([]);
    }
  });

  it('ignores variables the operation does not declare', async () => {
    await viewer.data(LIST);
    const { result, sql } = await statementsOf(() => viewer.request(LIST, { unused: Math.random() }));
    expect(result.headers.get('age')).not.toBeNull();
    expect(sql).toEqual([]);
  });

  it('still tells different selections apart', async () => {
    await viewer.data(LIST);
    const other = await viewer.request('{ kommuner { code name } }');
    expect(other.headers.get('age')).toBeNull();
    expect(Object.keys(other.data!.kommuner[0])).toEqual(['code', 'name']);
  });
});

describe('request budget per session', () => {
  it('answers TOO_MANY_REQUESTS (HTTP 429) past the budget, for that session only', async () => {
    const small = await startTestApp({ REQUEST_BUDGET_PER_MINUTE: '5' });
    try {
      const first = (await loggedIn(small.db, small.url, { role: Role.VIEWER })).client;
      const second = (await loggedIn(small.db, small.url, { role: Role.VIEWER })).client;
      for (let i = 0; i < 5; i++) expect(await first.errorCode('{ me { id } }')).toBeUndefined();
      const refused = await first.request('{ me { id } }');
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.data ?? undefined).toBeUndefined();
      expect(await second.errorCode('{ me { id } }')).toBeUndefined();
    } finally {
      await small.close();
    }
  });

  it('is off with REQUEST_BUDGET_PER_MINUTE=0', async () => {
    const open = await startTestApp({ REQUEST_BUDGET_PER_MINUTE: '0' });
    try {
      const client = (await loggedIn(open.db, open.url, { role: Role.VIEWER })).client;
      const codes = await Promise.all(Array.from({ length: 30 }, () => client.errorCode('{ me { id } }')));
      expect(codes.filter(Boolean)).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
