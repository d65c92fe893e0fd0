import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '@udfasning/domain';
import type { RunningApp } from '../../apps/api/src/app.js';
import { Topic } from '../../apps/api/src/modules/live/live.events.js';
import { LiveClose } from '../../apps/api/src/modules/live/live.server.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { liveClient, subscribe, type LiveClient } from '../support/live-client.js';
import { startAppOn, startTestApp, type TestApp } from '../support/test-app.js';

// Two server processes on one database: what is saved through one reaches the live subscribers of the other.

let a: TestApp;
let b: RunningApp;
const open: LiveClient[] = [];

const ITEM_CHANGED = `subscription($code: Int) { checklistItemChanged(kommuneCode: $code) {
  kommuneCode trafficLight progress { done started total }
  item { id status note version updatedByName step { number } } } }`;
const PAGE = `query($code: Int!) { kommune(code: $code) { trafficLight progress { done started total }
  checklist { id version step { number } } } }`;
const SAVE = `mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { id version } }`;

function connect(app: RunningApp, cookie: string | null, origin?: string): LiveClient {
  const live = liveClient(app.url, { cookie, origin });
  open.push(live);
  return live;
}

/** Waits until `app` has this many subscribers on a topic, so a save is not made before anyone listens. */
async function subscribers(app: RunningApp, topic: string, count = 1): Promise<void> {
  await vi.waitFor(() => expect(app.live.pubSub.count(topic)).toBeGreaterThanOrEqual(count), { timeout: 5000 });
}

async function item(client: GraphQLClient, code: number, step: number) {
  const { kommune } = await client.data<any>(PAGE, { code });
  return kommune.checklist.find((i: any) => i.step.number === step) as { id: string; version: number };
}

beforeAll(async () => {
  a = await startTestApp();
  b = await startAppOn(a.databaseUrl, { LIVE_MAX_SOCKETS_PER_SESSION: '3', LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: '3' });
});
afterAll(async () => {
  for (const live of open) await live.client.dispose();
  await b?.stop();
  await a?.close();
});

describe('live updates across two server processes', () => {
  it('a save acknowledged by one server reaches a subscriber on the other, with the item and the new progress', async () => {
    const editor = await loggedIn(a.db, a.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101, name: 'Eva Editor' });
    const viewer = await loggedIn(a.db, b.url, { role: Role.VIEWER });
    const live = connect(b, viewer.client.cookie);
    const onlyAarhus = subscribe<any>(live, ITEM_CHANGED, { code: 751 });
    const events = subscribe<any>(live, ITEM_CHANGED, { code: 101 });
    await subscribers(b, Topic.CHECKLIST_ITEM, 2);

    const step1 = await item(editor.client, 101, 1);
    const { updateChecklistItem: saved } = await editor.client.data<any>(SAVE, {
      input: { id: step1.id, status: 'DONE', note: 'Klaret', expectedVersion: step1.version },
    });

    const event = (await events.next()).checklistItemChanged;
    const { kommune: page } = await viewer.client.data<any>(PAGE, { code: 101 });
    expect(event.kommuneCode).toBe(101);
    expect(event.item).toEqual({
      id: step1.id,
      status: 'DONE',
      note: 'Klaret',
      version: saved.version,
      updatedByName: 'Eva Editor',
      step: { number: 1 },
    });
    expect(event.progress).toEqual(page.progress);
    expect(event.progress.done).toBeGreaterThan(0);
    expect(event.trafficLight).toBe(page.trafficLight);

    // A change made outside the app (maintenance SQL) is announced too; the other kommune's subscription heard neither.
    const step2 = await item(editor.client, 751, 2);
    await a.db.query(`UPDATE checklist_item SET status = 'STARTED', version = version + 1 WHERE id = $1`, [step2.id]);
    const sqlEvent = (await onlyAarhus.next()).checklistItemChanged;
    expect(sqlEvent).toMatchObject({ kommuneCode: 751, item: { id: step2.id, status: 'STARTED' } });
    expect(sqlEvent.progress.started).toBeGreaterThan(0);
    onlyAarhus.stop();
    events.stop();
  });

  it('Overblik and the kommune follow a save made on the other server', async () => {
    const admin = await loggedIn(a.db, a.url, { role: Role.ADMIN });
    const viewer = await loggedIn(a.db, b.url, { role: Role.VIEWER });
    const live = connect(b, viewer.client.cookie);
    const dashboard = subscribe<any>(live, 'subscription { dashboardChanged { stepProgress { done step { number } } } }');
    const kommune = subscribe<any>(
      live,
      'subscription { kommuneChanged(code: 147) { code progress { done } opsigelser { kind } } }',
    );
    await subscribers(b, Topic.DASHBOARD);
    await subscribers(b, Topic.KOMMUNE);
    const { dashboard: before } = await viewer.client.data<any>('{ dashboard { stepProgress { done step { number } } } }');
    const doneBefore = before.stepProgress.find((s: any) => s.step.number === 3).done;

    const step3 = await item(admin.client, 147, 3);
    await admin.client.data(SAVE, { input: { id: step3.id, status: 'DONE', expectedVersion: step3.version } });

    // Each event is Overblik as it stands; one from a change just before may come first.
    const step3Done = (event: any) => event.dashboardChanged.stepProgress.find((s: any) => s.step.number === 3).done;
    let overblik = await dashboard.next();
    while (step3Done(overblik) === doneBefore) overblik = await dashboard.next();
    expect(step3Done(overblik)).toBe(doneBefore + 1);
    const changed = (await kommune.next()).kommuneChanged;
    expect(changed.code).toBe(147);
    expect(changed.progress.done).toBeGreaterThan(0);

    await admin.client.data('mutation($input: RecordOpsigelseInput!) { recordOpsigelse(input: $input) { id } }', {
      input: { kommuneCode: 147, kind: 'KMD_SAG_AGREEMENT', date: '2026-01-05' },
    });
    let afterOpsigelse = (await kommune.next()).kommuneChanged;
    while (afterOpsigelse.opsigelser.length === 0) afterOpsigelse = (await kommune.next()).kommuneChanged;
    expect(afterOpsigelse.opsigelser).toEqual([{ kind: 'KMD_SAG_AGREEMENT' }]);
    dashboard.stop();
    kommune.stop();
  });
});

describe('when the listening connection is lost', () => {
  it('listens again by itself and delivers the next save', async () => {
    const editor = await loggedIn(a.db, a.url, { role: Role.ADMIN });
    const viewer = await loggedIn(a.db, b.url, { role: Role.VIEWER });
    const events = subscribe<any>(connect(b, viewer.client.cookie), ITEM_CHANGED, { code: 461 });
    await subscribers(b, Topic.CHECKLIST_ITEM);
    const listeners = `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'udfasning-live'`;
    const before: { pid: number }[] = await a.db.query(listeners);
    expect(before).toHaveLength(2); // one per server process
    await a.db.query(`SELECT pg_terminate_backend(pid) FROM (${listeners}) l`);
    await vi.waitFor(
      async () => {
        const now: { pid: number }[] = await a.db.query(`${listeners} AND query = 'LISTEN udfasning_changes'`);
        expect(now.filter((row) => !before.some((old) => old.pid === row.pid))).toHaveLength(2);
      },
      { timeout: 10_000, interval: 100 },
    );

    const step = await item(editor.client, 461, 4);
    await editor.client.data(SAVE, { input: { id: step.id, status: 'STARTED', expectedVersion: step.version } });
    let event = (await events.next()).checklistItemChanged;
    while (event.item.id !== step.id) event = (await events.next()).checklistItemChanged;
    expect(event.item.status).toBe('STARTED');
    events.stop();
  });
});

describe('the cost of an event', () => {
  it('does not grow with the number of subscribers: Overblik and the item are loaded once per process', async () => {
    const statements: string[] = [];
    const c = await startAppOn(a.databaseUrl, {}, { onQuery: (sql) => statements.push(sql) });
    try {
      const editor = await loggedIn(a.db, a.url, { role: Role.ADMIN });
      const DASHBOARD = 'subscription { dashboardChanged { kommuneCount stepProgress { done step { number title } } trafficLights { red } } }';
      const cost = async (subscriberCount: number, step: number) => {
        const subscriptions = [];
        for (let i = 0; i < subscriberCount; i++) {
          const live = connect(c, (await loggedIn(a.db, c.url, { role: Role.VIEWER })).client.cookie);
          subscriptions.push({ items: subscribe<any>(live, ITEM_CHANGED, { code: 250 }), dashboard: subscribe<any>(live, DASHBOARD) });
        }
        await subscribers(c, Topic.CHECKLIST_ITEM, subscriberCount);
        await subscribers(c, Topic.DASHBOARD, subscriberCount);
        const target = await item(editor.client, 250, step);
        statements.length = 0;
        await editor.client.data(SAVE, { input: { id: target.id, status: 'DONE', expectedVersion: target.version } });
        for (const s of subscriptions) {
          while ((await s.items.next()).checklistItemChanged.item.id !== target.id);
          while ((await s.dashboard.next()).dashboardChanged.stepProgress.find((p: any) => p.step.number === step).done === 0);
        }
        const count = statements.length;
        for (const s of subscriptions) {
          s.items.stop();
          s.dashboard.stop();
        }
        return count;
      };
      const one = await cost(1, 5);
      const many = await cost(8, 6);
      expect(one).toBeGreaterThan(0);
      expect(many).toBe(one);
    } finally {
      await c.stop();
    }
  });
});

describe('who may open a live socket, and for how long', () => {
  it('refuses a socket without a session', async () => {
    const live = connect(b, null);
    const refused = subscribe(live, ITEM_CHANGED);
    expect(await live.closed).toBe(LiveClose.SESSION_ENDED);
    await refused.failed;
  });

  it('refuses a socket opened from another site, and accepts one from this site', async () => {
    const { client } = await loggedIn(a.db, b.url, { role: Role.VIEWER });
    const foreign = connect(b, client.cookie, 'https://evil.example');
    await expect(foreign.connected).rejects.toThrow();
    const own = connect(b, client.cookie, b.url);
    await own.connected;
  });

  it('closes an open socket when its session logs out, on the other server', async () => {
    const { client } = await loggedIn(a.db, a.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101 });
    const live = connect(b, client.cookie);
    await live.connected;
    await client.data('mutation { logout }');
    expect(await live.closed).toBe(LiveClose.SESSION_ENDED);
  });

  it("closes a user's sockets when an administrator deactivates them", async () => {
    const admin = await loggedIn(a.db, a.url, { role: Role.ADMIN });
    const contact = await loggedIn(a.db, b.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101 });
    const live = connect(b, contact.client.cookie);
    await live.connected;
    await admin.client.data('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: contact.user.id });
    expect(await live.closed).toBe(LiveClose.SESSION_ENDED);
  });

  it('lets a viewer follow what it may read but not the administrators-only user changes', async () => {
    const admin = await loggedIn(a.db, b.url, { role: Role.ADMIN });
    const viewer = await loggedIn(a.db, b.url, { role: Role.VIEWER });
    const viewerLive = connect(b, viewer.client.cookie);
    const refused = subscribe(viewerLive, 'subscription { userChanged { id } }');
    expect(await refused.failed).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);

    const adminLive = connect(b, admin.client.cookie);
    const users = subscribe<any>(adminLive, 'subscription { userChanged { id active } }');
    await subscribers(b, Topic.USER);
    const other = await loggedIn(a.db, a.url, { role: Role.VIEWER });
    await admin.client.data('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: other.user.id });
    // Creating the user was announced too; the deactivation follows.
    let event = (await users.next()).userChanged;
    while (event.id !== other.user.id || event.active) event = (await users.next()).userChanged;
    expect(event).toEqual({ id: other.user.id, active: false });
  });

  it('answers only subscriptions over the socket, and bounds subscriptions, sockets and message size', async () => {
    const { client } = await loggedIn(a.db, b.url, { role: Role.VIEWER });
    const live = connect(b, client.cookie);
    const query = subscribe(live, '{ kommuner { code } }');
    expect(await query.failed).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);

    const three = [1, 2, 3].map(() => subscribe(live, 'subscription { dashboardChanged { kommuneCount } }'));
    const fourth = subscribe(live, 'subscription { dashboardChanged { kommuneCount } }');
    expect(await fourth.failed).toEqual([expect.objectContaining({ extensions: { code: 'TOO_MANY_REQUESTS' } })]);
    for (const s of three) s.stop();

    // Three sockets per session here (LIVE_MAX_SOCKETS_PER_SESSION); the fourth is closed.
    const more = [connect(b, client.cookie), connect(b, client.cookie)];
    await Promise.all(more.map((l) => l.connected));
    const tooMany = connect(b, client.cookie);
    expect(await tooMany.closed).toBe(LiveClose.TOO_MANY);

    const big = connect(b, (await loggedIn(a.db, b.url, { role: Role.VIEWER })).client.cookie);
    const huge = subscribe(big, `subscription { dashboardChanged { kommuneCount } } # ${'x'.repeat(70_000)}`);
    expect(await big.closed).toBe(1009); // Message Too Big
    await huge.failed;
  });
});
