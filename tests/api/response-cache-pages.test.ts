import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { Role } from '@udfasning/domain';
import {
  DrejebogQueryDocument,
  KommuneQueryDocument,
  KommunerQueryDocument,
  OverblikQueryDocument,
  SystemerQueryDocument,
} from '../../apps/web/src/__generated__/graphql.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The whole-answer cache serves the operations the pages really send (their text as the web app's
// generated documents print it), and a change to any table they show is visible on the next read.

let app: TestApp;
let admin: GraphQLClient;
let statements: string[] = [];

beforeAll(async () => {
  app = await startTestApp({}, { onQuery: (sql) => statements.push(sql) });
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
});
afterAll(async () => {
  await app?.close();
});

async function send(query: string, variables: Record<string, unknown> = {}) {
  const { headers, ...body } = await admin.request(query, variables);
  expect(body.errors).toBeUndefined();
  return { data: body.data as any, cached: headers.get('age') !== null };
}

describe("the pages' own queries", () => {
  it.each([
    ['Overblik', print(OverblikQueryDocument), {}],
    ['the kommune list', print(KommunerQueryDocument), {}],
    ["a kommune's page", print(KommuneQueryDocument), { code: 101 }],
    ['/systemer', print(SystemerQueryDocument), {}],
    ['/drejebog', print(DrejebogQueryDocument), {}],
  ])('%s is answered from the cache when nothing changed', async (_page, query, variables) => {
    const first = await send(query, variables);
    const second = await send(query, variables);
    expect(second.cached).toBe(true);
    expect(second.data).toEqual(first.data);
  });

  it("shows a last mover's new expected exit on Overblik and /systemer at once", async () => {
    const overblik = print(OverblikQueryDocument);
    const systemer = print(SystemerQueryDocument);
    await send(overblik);
    await send(systemer);
    const before = (await send(overblik)).data;
    expect((await send(systemer)).cached).toBe(true);
    const system = before.legacySystems.find((s: any) => s.lastMovers.some((m: any) => !m.exited));
    const mover = system.lastMovers.find((m: any) => !m.exited);
    await admin.data('mutation($input: UpdateLastMoverInput!) { updateLastMover(input: $input) { id } }', {
      input: { id: mover.id, expectedExit: '2031-03-01' },
    });
    const after = await send(overblik);
    expect(after.cached).toBe(false);
    const moved = after.data.legacySystems.find((s: any) => s.id === system.id);
    expect(moved.lastMovers.find((m: any) => m.id === mover.id).expectedExit).toBe('2031-03-01');
    const listed = await send(systemer);
    expect(listed.cached).toBe(false);
    expect(listed.data.legacySystems.find((s: any) => s.id === system.id).lastMovers.find((m: any) => m.id === mover.id).expectedExit).toBe(
      '2031-03-01',
    );
  });

  it('shows a new alternative on /systemer at once', async () => {
    const systemer = print(SystemerQueryDocument);
    const before = (await send(systemer)).data;
    expect((await send(systemer)).cached).toBe(true);
    const system = before.legacySystems[0];
    await admin.data('mutation($input: AlternativeInput!) { addAlternative(input: $input) { id } }', {
      input: { systemId: system.id, name: 'Nyt fagsystem' },
    });
    const after = await send(systemer);
    expect(after.cached).toBe(false);
    expect(after.data.legacySystems[0].alternatives.map((a: any) => a.name)).toContain('Nyt fagsystem');
  });
});

describe('many readers right after a save', () => {
  it('compute the answer once and all get the same one', async () => {
    const overblik = print(OverblikQueryDocument);
    const contact = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101 })).client;
    const [item] = (await contact.data<any>('{ kommune(code: 101) { checklist { id version } } }')).kommune.checklist;
    await contact.data('mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { id } }', {
      input: { id: item.id, status: 'STARTED', expectedVersion: item.version },
    });
    statements = [];
    const answers = await Promise.all(Array.from({ length: 10 }, () => send(overblik)));
    for (const answer of answers) expect(answer.data).toEqual(answers[0].data);
    expect(answers[0].data.dashboard.stepProgress[0].started).toBeGreaterThan(0);
    // The legacy systems' table is read by one statement per execution.
    expect(statements.filter((sql) => /FROM "?legacy_system"?\b/.test(sql))).toHaveLength(1);
  });
});
