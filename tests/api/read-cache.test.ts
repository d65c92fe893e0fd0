import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '@udfasning/domain';
import { todayInDenmark } from '../../apps/api/src/clock.js';
import type { RunningApp } from '../../apps/api/src/app.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { addDays } from '../support/dates.js';
import { startAppOn, startTestApp, type TestApp } from '../support/test-app.js';

// The dashboard, the kommune list and a kommune's page are cached per server process. Two server
// processes on one database: whatever one of them acknowledges, the other (and itself) shows at once.

let a: TestApp;
let b: RunningApp;
let onA: GraphQLClient;
let onB: GraphQLClient;

const DASHBOARD = `{ dashboard { terminated(kind: KMD_SAG_AGREEMENT) notTerminated(kind: KMD_SAG_AGREEMENT) { code }
  trafficLights { red yellow green } stepProgress { done step { number } } } }`;
const LIST = '{ kommuner { code trafficLight progress { done } opsigelser { kind } } }';
const PAGE = `query($code: Int!) { kommune(code: $code) { code trafficLight progress { done }
  contacts { name } opsigelser { kind } checklist { id status version updatedByName step { number } } } }`;

interface View {
  terminated: number;
  missing101: boolean;
  step1Done: number;
  red: number;
  listed101: { done: number; opsigelser: number; trafficLight: string };
  page101: { done: number; opsigelser: number; contacts: string[]; item1: any; trafficLight: string };
}

async function view(client: GraphQLClient): Promise<View> {
  const [{ dashboard }, { kommuner }, { kommune }] = await Promise.all([
    client.data<any>(DASHBOARD),
    client.data<any>(LIST),
    client.data<any>(PAGE, { code: 101 }),
  ]);
  const listed = kommuner.find((k: any) => k.code === 101);
  return {
    terminated: dashboard.terminated,
    missing101: dashboard.notTerminated.some((k: any) => k.code === 101),
    step1Done: dashboard.stepProgress.find((s: any) => s.step.number === 1).done,
    red: dashboard.trafficLights.red,
    listed101: { done: listed.progress.done, opsigelser: listed.opsigelser.length, trafficLight: listed.trafficLight },
    page101: {
      done: kommune.progress.done,
      opsigelser: kommune.opsigelser.length,
      contacts: kommune.contacts.map((c: any) => c.name),
      item1: kommune.checklist.find((i: any) => i.step.number === 1),
      trafficLight: kommune.trafficLight,
    },
  };
}

/** An answer and whether it came from the whole-answer cache (an `Age` header: graphql/response-cache.ts). */
async function fetched(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) {
  const result = await client.request<any>(query, variables);
  expect(result.errors).toBeUndefined();
  return { data: result.data, cached: result.headers.has('age') };
}

async function dataVersion(): Promise<string> {
  const [{ version }] = await a.db.query('SELECT sum(version)::text AS version FROM data_version');
  return version;
}

beforeAll(async () => {
  a = await startTestApp();
  b = await startAppOn(a.databaseUrl);
  onA = (await loggedIn(a.db, a.url, { role: Role.ADMIN })).client;
  // The same session, through the other server.
  onB = new GraphQLClient(b.url);
  onB.cookie = onA.cookie;
});
afterAll(async () => {
  await b?.stop();
  await a?.close();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('cached reads across two server processes on one database', () => {
  it('show a save, an opsigelse and a contact acknowledged by either server at once, on both', async () => {
    const before = await view(onB);
    expect(await view(onA)).toEqual(before); // both caches are now filled
    expect(before.page101.item1.status).toBe('NOT_STARTED');
    expect(before.missing101).toBe(true);

    const { updateChecklistItem: saved } = await onA.data<any>(
      'mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { version } }',
      { input: { id: before.page101.item1.id, status: 'DONE', expectedVersion: before.page101.item1.version } },
    );
    for (const client of [onB, onA]) {
      const after = await view(client);
      expect(after.step1Done).toBe(before.step1Done + 1);
      expect(after.listed101.done).toBe(before.listed101.done + 1);
      expect(after.page101.done).toBe(before.page101.done + 1);
      expect(after.page101.item1).toMatchObject({ status: 'DONE', version: saved.version, updatedByName: expect.any(String) });
    }

    await onB.data('mutation($input: RecordOpsigelseInput!) { recordOpsigelse(input: $input) { id } }', {
      input: { kommuneCode: 101, kind: 'KMD_SAG_AGREEMENT', date: todayInDenmark() },
    });
    await onA.data('mutation($input: AddContactInput!) { addContact(input: $input) { id } }', {
      input: { kommuneCode: 101, name: 'Kirsten Kontakt', email: 'kirsten@kk.dk' },
    });
    for (const client of [onA, onB]) {
      const after = await view(client);
      expect(after.terminated).toBe(before.terminated + 1);
      expect(after.missing101).toBe(false);
      expect(after.listed101.opsigelser).toBe(before.listed101.opsigelser + 1);
      expect(after.page101.opsigelser).toBe(before.page101.opsigelser + 1);
      expect(after.page101.contacts).toEqual([...before.page101.contacts, 'Kirsten Kontakt']);
    }
  });

  it('show a save acknowledged by either server at once, also where the whole answer was cached', async () => {
    // Both servers answer the list and the page from their whole-answer caches.
    for (const client of [onA, onB]) {
      await fetched(client, LIST);
      await fetched(client, PAGE, { code: 101 });
      expect((await fetched(client, LIST)).cached).toBe(true);
      expect((await fetched(client, PAGE, { code: 101 })).cached).toBe(true);
    }
    const before = await fetched(onB, PAGE, { code: 101 });
    const item = before.data.kommune.checklist.find((i: any) => i.step.number === 4);
    expect(item.status).toBe('NOT_STARTED');
    const listedBefore = (await fetched(onB, LIST)).data.kommuner.find((k: any) => k.code === 101);

    await onA.data('mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { version } }', {
      input: { id: item.id, status: 'STARTED', expectedVersion: item.version },
    });
    for (const client of [onB, onA]) {
      const page = await fetched(client, PAGE, { code: 101 });
      expect(page.cached).toBe(false);
      expect(page.data.kommune.checklist.find((i: any) => i.id === item.id).status).toBe('STARTED');
      const listed = (await fetched(client, LIST)).data.kommuner.find((k: any) => k.code === 101);
      expect(listed.progress.done).toBe(listedBefore.progress.done);
      expect((await fetched(client, PAGE, { code: 101 })).cached).toBe(true); // cached again, under the new version
    }
    // A change made in SQL, outside either server, too.
    await a.db.query(`UPDATE checklist_item SET status = 'DONE' WHERE id = $1`, [item.id]);
    for (const client of [onA, onB]) {
      const page = await fetched(client, PAGE, { code: 101 });
      expect(page.cached).toBe(false);
      expect(page.data.kommune.checklist.find((i: any) => i.id === item.id).status).toBe('DONE');
      const listed = (await fetched(client, LIST)).data.kommuner.find((k: any) => k.code === 101);
      expect(listed.progress.done).toBe(listedBefore.progress.done + 1);
    }
  });

  it('show a change made in SQL outside the app (maintenance) at once', async () => {
    const before = await view(onB);
    await a.db.query(
      `UPDATE checklist_item ci SET status = 'DONE' FROM drejebog_step s JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
        WHERE s.step_id = ci.step_id AND ci.kommune_code = 101 AND s.number = 2`,
    );
    await a.db.query(`UPDATE opsigelse SET withdrawn_at = now() WHERE kommune_code = 101 AND withdrawn_at IS NULL`);
    for (const client of [onB, onA]) {
      const after = await view(client);
      expect(after.listed101.done).toBe(before.listed101.done + 1);
      expect(after.page101.done).toBe(before.page101.done + 1);
      expect(after.page101.opsigelser).toBe(0);
      expect(after.missing101).toBe(true);
      expect(after.terminated).toBe(before.terminated - 1);
    }
  });

  it('move on with the Danish date: an overdue critical step turns the light red after midnight', async () => {
    const today = todayInDenmark();
    const yesterday = addDays(today, -1);
    const { drejebog } = await onA.data<any>('{ drejebog { steps { id phase title description type deadline } } }');
    const steps = drejebog.steps.map(({ id, phase, title, description, type, deadline }: any) => ({
      id, phase, title, description, type, deadline,
    }));
    // Step 3 (kommune 101 has not started it) is critical and due yesterday.
    steps[2] = { ...steps[2], type: 'MANDATORY_CRITICAL_PATH', deadline: yesterday };
    await onA.data('mutation($input: PublishDrejebogInput!) { publishDrejebog(input: $input) { id } }', {
      input: { version: 'midnat', steps },
    });

    // The last minute of yesterday and the first of today, in Denmark (whatever the offset).
    let midnight = Date.parse(`${today}T00:00:00Z`) - 3 * 3_600_000;
    while (todayInDenmark(new Date(midnight)) !== today) midnight += 60_000;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(midnight - 90_000);
    const version = await dataVersion();
    const late = await view(onB);
    expect(late.listed101.trafficLight).toBe('YELLOW'); // due today: not overdue yet
    expect(late.page101.trafficLight).toBe('YELLOW');
    expect(late.red).toBe(0);

    vi.setSystemTime(midnight + 30_000);
    for (const client of [onB, onA]) {
      const next = await view(client);
      expect(next.listed101.trafficLight).toBe('RED');
      expect(next.page101.trafficLight).toBe('RED');
      expect(next.red).toBe(98);
    }
    expect(await dataVersion()).toBe(version); // nothing was written: the date alone moved them
  });
});
