import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import type { GraphQLClient, GraphQLResponse } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Many users at once: contacts of several kommuner saving (sometimes the same item), KOMBIT reading
// the list and the dashboard, all in parallel against one server and one PostgreSQL.

const UPDATE = `mutation($input: UpdateChecklistItemInput!) {
  updateChecklistItem(input: $input) { id version status note } }`;
const CHECKLIST = `query($code: Int!) { kommune(code: $code) { checklist { id version } progress { total } } }`;
const LIST = '{ kommuner { code trafficLight progress { done total } opsigelser { kind } } }';
const DASHBOARD = `{ dashboard { kommuneCount terminated(kind: KMD_SAG_AGREEMENT)
  notTerminated(kind: MANUAL_CASES) { code } stepProgress { done started } } }`;

let app: TestApp;
let admin: GraphQLClient;
const contacts = new Map<number, GraphQLClient[]>();
const KOMMUNER = [101, 751, 851];

beforeAll(async () => {
  // A pool smaller than the number of parallel requests, so requests queue for connections too.
  app = await startTestApp({ DB_POOL_MAX: '4' });
  ({ client: admin } = await loggedIn(app.db, app.url, { role: Role.ADMIN }));
  for (const code of KOMMUNER) {
    const two = await Promise.all([
      loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: code }),
      loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: code }),
    ]);
    contacts.set(
      code,
      two.map((c) => c.client),
    );
  }
});
afterAll(() => app?.close());

async function items(code: number): Promise<{ id: string; version: number }[]> {
  return (await admin.data<any>(CHECKLIST, { code })).kommune.checklist;
}

function code(result: GraphQLResponse): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

describe('concurrent saves', () => {
  it('lets one save per version win when different users save the same item at once', async () => {
    const [item] = await items(751);
    const savers = [...contacts.get(751)!, admin, ...contacts.get(751)!, admin];
    const results = await Promise.all(
      savers.map((client, i) =>
        client.request(UPDATE, {
          input: { id: item.id, status: 'STARTED', note: `samtidig ${i}`, expectedVersion: item.version },
        }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => code(r) === 'CONFLICT')).toHaveLength(savers.length - 1);

    const [stored] = await app.db.query('SELECT version, note FROM checklist_item WHERE id = $1', [item.id]);
    expect(stored).toEqual({ version: item.version + 1, note: winners[0].data!.updateChecklistItem.note });
    const [{ count }] = await app.db.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE entity_id = $1 AND action = 'checklist.update'`,
      [item.id],
    );
    expect(count).toBe(1);
  });

  it('keeps every acknowledged save under a mixed read/write load, without deadlocks', async () => {
    const itemsByKommune = new Map(await Promise.all(KOMMUNER.map(async (c) => [c, await items(c)] as const)));
    const acknowledged = new Map<string, number[]>();
    const unexpected: string[] = [];
    const statuses = ['STARTED', 'DONE', 'NOT_STARTED'];

    /** One contact's session: saves items of its kommune in turn, two contacts share the items. */
    async function contactWork(client: GraphQLClient, kommune: number, offset: number) {
      const mine = itemsByKommune.get(kommune)!;
      for (let i = 0; i < 16; i++) {
        const item = mine[(offset + i) % 4];
        const result = await client.request(UPDATE, {
          input: { id: item.id, status: statuses[i % 3], note: `runde ${i}`, expectedVersion: item.version },
        });
        if (!result.errors) {
          const saved = result.data!.updateChecklistItem;
          item.version = Math.max(item.version, saved.version);
          acknowledged.set(item.id, [...(acknowledged.get(item.id) ?? []), saved.version]);
        } else if (code(result) === 'CONFLICT') {
          item.version = Math.max(item.version, result.errors[0].extensions!.current.version);
        } else {
          unexpected.push(JSON.stringify(result.errors));
        }
      }
    }

    async function readerWork(query: string, rounds: number) {
      for (let i = 0; i < rounds; i++) {
        const result = await admin.request(query);
        if (result.errors) unexpected.push(JSON.stringify(result.errors));
      }
    }

    await Promise.all([
      ...KOMMUNER.flatMap((kommune) =>
        contacts.get(kommune)!.map((client, n) => contactWork(client, kommune, n)),
      ),
      readerWork(LIST, 8),
      readerWork(DASHBOARD, 8),
      readerWork(LIST, 8),
    ]);

    expect(unexpected).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(0);
    for (const [id, versions] of acknowledged) {
      // Each acknowledged version happened exactly once and is the item's history in the database.
      expect(new Set(versions).size).toBe(versions.length);
      const audited: { version: number }[] = await app.db.query(
        `SELECT (after->>'version')::int AS version FROM audit_event
          WHERE entity_id = $1 AND action = 'checklist.update' ORDER BY id`,
        [id],
      );
      expect(audited.map((a) => a.version)).toEqual(expect.arrayContaining(versions));
      const [stored] = await app.db.query('SELECT version FROM checklist_item WHERE id = $1', [id]);
      expect(stored.version).toBe(Math.max(...versions));
    }
  });
});
