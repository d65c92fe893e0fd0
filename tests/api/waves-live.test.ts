import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '@udfasning/domain';
import { Topic } from '../../apps/api/src/modules/live/live.events.js';
import { LiveClose } from '../../apps/api/src/modules/live/live.server.js';
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

  it('a wave created, changed or deleted reaches /boelger as the list of waves, a placement as the kommune', async () => {
    const admin = await loggedIn(app.db, app.url, { role: Role.ADMIN });
    const viewer = await loggedIn(app.db, app.url, { role: Role.VIEWER });
    const live = liveClient(app.url, { cookie: viewer.client.cookie });
    open.push(live);
    const waves = subscribe<any>(live, 'subscription { wavesChanged { id name goLive windows { phase end } kommuner { code } } }');
    const kommune = subscribe<any>(live, 'subscription { kommuneChanged(code: 751) { code waveProvisional wave { id } } }');
    await vi.waitFor(() => expect(app.live.pubSub.count(Topic.WAVES)).toBeGreaterThanOrEqual(1), { timeout: 5000 });
    await vi.waitFor(() => expect(app.live.pubSub.count(Topic.KOMMUNE)).toBeGreaterThanOrEqual(1), { timeout: 5000 });
    const named = (event: any, name: string) => event.wavesChanged.find((w: any) => w.name === name);

    const { createWave } = await admin.client.data<any>('mutation($input: WaveInput!) { createWave(input: $input) { id } }', {
      input: { name: 'Bølge Ny', goLive: inDays(300), windows: [{ phase: 'Forberedelse', start: inDays(20), end: inDays(90) }] },
    });
    const created = await waves.next();
    // Every wave as `waves` answers it, the new one included with its windows.
    const { waves: listed } = await viewer.client.data<any>('{ waves { id name goLive windows { phase end } kommuner { code } } }');
    expect(created.wavesChanged).toEqual(listed);
    expect(named(created, 'Bølge Ny')).toEqual({
      id: createWave.id,
      name: 'Bølge Ny',
      goLive: inDays(300),
      windows: [{ phase: 'Forberedelse', end: inDays(90) }],
      kommuner: [],
    });

    // A placement moves no wave's own values: it comes as the kommune with its new wave, and the next wave
    // event is the rename after it.
    await admin.client.data('mutation($code: Int!, $id: ID) { assignWave(kommuneCode: $code, waveId: $id, provisional: true) { code } }', {
      code: 751,
      id: createWave.id,
    });
    let placed = (await kommune.next()).kommuneChanged;
    while (placed.wave === null) placed = (await kommune.next()).kommuneChanged;
    expect(placed).toEqual({ code: 751, waveProvisional: true, wave: { id: createWave.id } });
    await admin.client.data('mutation($id: ID!, $input: WaveInput!) { updateWave(id: $id, input: $input) { id } }', {
      id: createWave.id,
      input: { name: 'Bølge Omdøbt', goLive: inDays(310), windows: [{ phase: 'Forberedelse', start: inDays(20), end: inDays(100) }] },
    });
    const renamed = await waves.next();
    expect(named(renamed, 'Bølge Ny')).toBeUndefined();
    expect(named(renamed, 'Bølge Omdøbt')).toEqual({
      id: createWave.id,
      name: 'Bølge Omdøbt',
      goLive: inDays(310),
      windows: [{ phase: 'Forberedelse', end: inDays(100) }],
      kommuner: [{ code: 751 }],
    });

    // Maintenance SQL is announced like any other change (the trigger sends it at commit).
    await app.db.query(`UPDATE wave SET name = 'Bølge SQL' WHERE id = $1`, [createWave.id]);
    expect(named(await waves.next(), 'Bølge SQL')?.id).toBe(createWave.id);

    // Emptied and deleted: the next list no longer has it.
    await admin.client.data('mutation($code: Int!) { assignWave(kommuneCode: $code, waveId: null) { code } }', { code: 751 });
    await admin.client.data('mutation($id: ID!) { deleteWave(id: $id) }', { id: createWave.id });
    const deleted = await waves.next();
    expect(deleted.wavesChanged.some((w: any) => w.id === createWave.id)).toBe(false);
    expect(named(deleted, 'Bølge Live')).toBeDefined();
    waves.stop();
    kommune.stop();
  });

  it('is refused to a socket without a session, like the waves query', async () => {
    const anonymous = liveClient(app.url);
    open.push(anonymous);
    const refused = subscribe(anonymous, 'subscription { wavesChanged { id } }');
    await refused.failed;
    expect(await anonymous.closed).toBe(LiveClose.SESSION_ENDED);
  });
});
