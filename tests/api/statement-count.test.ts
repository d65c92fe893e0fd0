import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import type { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Relations go through per-request DataLoaders: the SQL statements one request costs must not
// grow with the number of kommuner in the answer.

let app: TestApp;
let client: GraphQLClient;
let statements: string[] = [];

beforeAll(async () => {
  app = await startTestApp({}, { onQuery: (sql) => statements.push(sql) });
  client = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
  // Some answers and opsigelser, so every relation has rows to load.
  await app.db.query(`UPDATE checklist_item SET status = 'STARTED' WHERE kommune_code IN (101, 751, 851)`);
  await app.db.query(
    `INSERT INTO opsigelse (kommune_code, kind, date) SELECT code, 'KMD_SAG_AGREEMENT', '2022-01-01' FROM kommune`,
  );
});
afterAll(() => app?.close());

const FIELDS = 'checklist { step { title } } opsigelser { kind } progress { done }';

async function statementsFor(query: string, variables: Record<string, unknown> = {}): Promise<{ count: number; data: any }> {
  statements = [];
  const data = await client.data<any>(query, variables);
  return { count: statements.length, data };
}

describe('SQL statements per request', () => {
  it('stay the same for one kommune, three, and all 98', async () => {
    await statementsFor('{ __typename }'); // warm-up
    // As the page asks: its kommune's own version (part of the cache key) is read with the session.
    const one = await statementsFor(`query($code: Int!) { kommune(code: $code) { ${FIELDS} } }`, { code: 101 });
    const three = await statementsFor(
      `{ a: kommune(code: 101) { ${FIELDS} } b: kommune(code: 751) { ${FIELDS} } c: kommune(code: 851) { ${FIELDS} } }`,
    );
    const all = await statementsFor(`{ kommuner { ${FIELDS} } }`);

    expect(all.data.kommuner).toHaveLength(98);
    expect(all.data.kommuner.every((k: any) => k.checklist.length === 12 && k.opsigelser.length === 1)).toBe(true);
    expect(all.data.kommuner[0].checklist[0].step.title).toBe('Udpeg KMD Sag udfasnings-kontaktperson');
    expect(three.count).toBe(one.count);
    // A kommune's page and the list each read in a fixed number of statements (the page reads all it
    // shows in one, the list its kommuner, progress and opsigelser in one, then checklists and steps).
    expect(one.count).toBeLessThanOrEqual(3);
    // session lookup, the kommuner, checklists, steps, opsigelser, progress
    expect(all.count).toBeLessThanOrEqual(8);
  });
});
