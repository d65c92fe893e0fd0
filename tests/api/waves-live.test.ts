import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '@udfasning/domain';
import { Topic } from '../../apps/api/src/modules/live/live.events.js';
import { danishDayFromToday as inDays } from '../support/dates.js';
import { loggedIn } from '../support/factories.js';
import { liveClient, subscribe, type LiveClient } from '../support/live-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The live views follow the wave plan: placing a kommune or changing a wave's windows moves its frister and
// traffic light, and its page and Overblik hear of it without a reload.

let app: TestApp;
const open: LiveClient[] = [];

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const live of open) await live.client.dispose();
  await app?.close();
});

describe('live updates of the wave plan', () => {
  it('a placement and a change of windows reach the kommune page and Overblik', async () => {
    const admin = await loggedIn(app.db, app.url, { role: Role.ADMIN });
    const viewer = await loggedIn(app.db, app.url, { role: Role.VIEWER });
    const live = liveClient(app.url, { cookie: viewer.client.cookie });
    open.push(live);
    const kommune = subscribe<any>(live, 'subscription { kommuneChanged(code: 461) { code trafficLight wave { name } } }');
    const dashboard = subscribe<any>(live, 'subscription { dashboardChanged { waves { wave { name } kommuneCount red } } }');
    await vi.waitFor(() => expect(app.live.pubSub.count(Topic.KOMMUNE)).toBeGreaterThanOrEqual(1), { timeout: 5000 });
    await vi.waitFor(() => expect(app.live.pubSub.count(Topic.DASHBOARD)).toBeGreaterThanOrEqual(1), { timeout: 5000 });

    const { createWave } = await admin.client.data<any>('mutation($input: WaveInput!) { createWave(input: $input) { id } }', {
      input: { name: 'Bølge Live', goLive: inDays(200), windows: [{ phase: 'Forberedelse', start: inDays(10), end: inDays(60) }] },
    });
    await admin.client.data('mutation($code: Int!, $id: ID) { assignWave(kommuneCode: $code, waveId: $id) { code } }', {
      code: 461,
      id: createWave.id,
    });
    let placed = (await kommune.next()).kommuneChanged;
    while (placed.wave === null) placed = (await kommune.next()).kommuneChanged;
    expect(placed).toEqual({ code: 461, trafficLight: 'GREEN', wave: { name: 'Bølge Live' } });

    // Forberedelse now ended yesterday: step 1 (critical path) is overdue for every kommune in the wave.
    await admin.client.data('mutation($id: ID!, $input: WaveInput!) { updateWave(id: $id, input: $input) { id } }', {
      id: createWave.id,
      input: { name: 'Bølge Live', goLive: inDays(200), windows: [{ phase: 'Forberedelse', start: inDays(-30), end: inDays(-1) }] },
    });
    let red = (await kommune.next()).kommuneChanged;
    while (red.trafficLight !== 'RED') red = (await kommune.next()).kommuneChanged;
    expect(red.trafficLight).toBe('RED');

    const summary = (event: any) => event.dashboardChanged.waves.find((w: any) => w.wave?.name === 'Bølge Live');
    let overblik = await dashboard.next();
    while (summary(overblik)?.red !== 1) overblik = await dashboard.next();
    expect(summary(overblik)).toEqual({ wave: { name: 'Bølge Live' }, kommuneCount: 1, red: 1 });
    kommune.stop();
    dashboard.stop();
  });
});
