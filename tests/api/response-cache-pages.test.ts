import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { Role } from '@udfasning/domain';
import {
  DrejebogQueryDocument,
  KommuneQueryDocument,
  KommunerQueryDocument,
  OverblikQueryDocument,
  OverblikSystemsQueryDocument,
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
    ["Overblik's shutdown table", print(OverblikSystemsQueryDocument), {}],
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
    const overblik = print(OverblikSystemsQueryDocument);
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
    // The dashboard is read by one statement per execution.
    expect(statements.filter((sql) => sql.includes('AS "kommuneCount"'))).toHaveLength(1);
  });
});

describe("a kommune's page while other kommuner save", () => {
  const page = print(KommuneQueryDocument);
  const save = 'mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { id } }';

  it("stays cached when another kommune changes, and shows its own kommune's change at once", async () => {
    const aarhus = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 751 })).client;
    await send(page, { code: 147 });
    await send(page, { code: 751 });
    expect((await send(page, { code: 147 })).cached).toBe(true);

    // Aarhus saves a step, adds a contact person and records an opsigelse: Frederiksberg's page is still served
    // from the cache, Aarhus's page shows each change on the next read.
    const [item] = (await aarhus.data<any>('{ kommune(code: 751) { checklist { id version } } }')).kommune.checklist;
    await aarhus.data(save, { input: { id: item.id, status: 'DONE', expectedVersion: item.version } });
    expect((await send(page, { code: 147 })).cached).toBe(true);
    const saved = await send(page, { code: 751 });
    expect(saved.cached).toBe(false);
    expect(saved.data.kommune.checklist.find((i: any) => i.id === item.id).status).toBe('DONE');

    await aarhus.data('mutation($input: AddContactInput!) { addContact(input: $input) { id } }', {
      input: { kommuneCode: 751, name: 'Ny Kontakt', email: 'ny.kontakt@aarhus.example.dk' },
    });
    await aarhus.data('mutation($input: RecordOpsigelseInput!) { recordOpsigelse(input: $input) { id } }', {
      input: { kommuneCode: 751, kind: 'MANUAL_CASES', date: '2022-05-01' },
    });
    expect((await send(page, { code: 147 })).cached).toBe(true);
    const after = (await send(page, { code: 751 })).data.kommune;
    expect(after.contacts.map((c: any) => c.name)).toContain('Ny Kontakt');
    expect(after.opsigelser.map((o: any) => o.kind)).toContain('MANUAL_CASES');
  });

  it('is recomputed after a change outside any one kommune, or a change made in SQL', async () => {
    await send(page, { code: 147 });
    expect((await send(page, { code: 147 })).cached).toBe(true);
    // A wave created and Frederiksberg placed in it: shared tables (wave, kommune).
    const { createWave } = await admin.data<any>('mutation($input: WaveInput!) { createWave(input: $input) { id } }', {
      input: { name: 'Cachebølge', goLive: '2031-01-01', windows: [] },
    });
    await admin.data('mutation($code: Int!, $waveId: ID) { assignWave(kommuneCode: $code, waveId: $waveId) { code } }', {
      code: 147,
      waveId: createWave.id,
    });
    const placed = await send(page, { code: 147 });
    expect(placed.cached).toBe(false);
    expect(placed.data.kommune.wave.name).toBe('Cachebølge');

    // Maintenance SQL on Frederiksberg's own rows, outside the app.
    await app.db.query(`UPDATE checklist_item SET note = 'Rettet i databasen' WHERE kommune_code = 147`);
    const edited = await send(page, { code: 147 });
    expect(edited.cached).toBe(false);
    expect(edited.data.kommune.checklist.every((i: any) => i.note === 'Rettet i databasen')).toBe(true);

    // A user's new name (shared) shows as who saved an item last.
    await send(page, { code: 147 });
    const [{ id: adminId }] = await app.db.query(`SELECT id FROM app_user WHERE role = 'ADMIN' ORDER BY created_at DESC LIMIT 1`);
    await app.db.query(`UPDATE checklist_item SET updated_by_id = $1 WHERE kommune_code = 147`, [adminId]);
    await app.db.query(`UPDATE app_user SET name = 'Omdøbt Administrator' WHERE id = $1`, [adminId]);
    const renamed = await send(page, { code: 147 });
    expect(renamed.cached).toBe(false);
    expect(renamed.data.kommune.checklist[0].updatedByName).toBe('Omdøbt Administrator');
  });

  it("is keyed by every kommune's changes when it reaches the other kommuner of its wave", async () => {
    const { createWave } = await admin.data<any>('mutation($input: WaveInput!) { createWave(input: $input) { id } }', {
      input: { name: 'Fælles bølge', goLive: '2031-06-01', windows: [] },
    });
    for (const code of [101, 461]) {
      await admin.data('mutation($code: Int!, $waveId: ID) { assignWave(kommuneCode: $code, waveId: $waveId) { code } }', {
        code,
        waveId: createWave.id,
      });
    }
    const odense = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 461 })).client;
    const [item] = (await odense.data<any>('{ kommune(code: 461) { checklist { id version status } } }')).kommune.checklist.filter(
      (i: any) => i.status !== 'DONE',
    );
    const wavePage = 'query($code: Int!) { kommune(code: $code) { code wave { kommuner { code progress { done } } } } }';
    const done = (answer: any) => answer.data.kommune.wave.kommuner.find((k: any) => k.code === 461).progress.done;
    const before = await send(wavePage, { code: 101 });
    expect((await send(wavePage, { code: 101 })).cached).toBe(true);
    await odense.data(save, { input: { id: item.id, status: 'DONE', expectedVersion: item.version } });
    const after = await send(wavePage, { code: 101 });
    expect(after.cached).toBe(false);
    expect(done(after)).toBe(done(before) + 1);
  });
});
