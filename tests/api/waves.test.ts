import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { danishDayFromToday as inDays } from '../support/dates.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { snapshot } from '../support/db-snapshot.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Bølger (waves) and the gate model: effective frister, gate states and the traffic light follow a
// kommune's placement at once; only KOMBIT (ADMIN) changes the plan; bad input stores nothing.

let app: TestApp;
let admin: GraphQLClient;
let viewer: GraphQLClient;
let contact: GraphQLClient;

const CREATE = 'mutation($input: WaveInput!) { createWave(input: $input) { id name goLive kickOff windows { phase start end } } }';
const UPDATE = 'mutation($id: ID!, $input: WaveInput!) { updateWave(id: $id, input: $input) { id name windows { phase end } } }';
const DELETE = 'mutation($id: ID!) { deleteWave(id: $id) }';
const ASSIGN =
  'mutation($code: Int!, $waveId: ID, $provisional: Boolean) { assignWave(kommuneCode: $code, waveId: $waveId, provisional: $provisional) { code waveProvisional wave { id name } } }';
const IMPORT = 'mutation($csv: String!) { importWavePlan(csv: $csv) }';
const PUBLISH = 'mutation($input: PublishDrejebogInput!) { publishDrejebog(input: $input) { id version } }';
const PAGE = `query($code: Int!) { kommune(code: $code) {
  code trafficLight waveProvisional wave { name goLive }
  checklist { deadline step { number code phase } }
  gates { date state gate { number name weeksBeforeGoLive verification { code } prerequisites { code } } }
} }`;

let uniqueName = 0;
const name = (prefix = 'Bølge') => `${prefix} ${++uniqueName}-${Math.random().toString(36).slice(2, 6)}`;

async function createWave(input: { name?: string; goLive: string; kickOff?: string | null; windows?: object[] }) {
  const { createWave } = await admin.data<any>(CREATE, { input: { name: name(), windows: [], ...input } });
  return createWave as { id: string; name: string };
}

async function page(code: number) {
  return (await admin.data<any>(PAGE, { code })).kommune;
}

function deadlineOf(kommune: any, number: number): string | null {
  return kommune.checklist.find((i: any) => i.step.number === number).deadline;
}

async function setStatus(code: number, numbers: number[], status: string) {
  await app.db.query(
    `UPDATE checklist_item ci SET status = $3, note = 'grund'
       FROM drejebog_step s JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
      WHERE s.step_id = ci.step_id AND ci.kommune_code = $1 AND s.number = ANY($2::int[])`,
    [code, numbers, status],
  );
}

/** The current steps with codes "KLIK 01" … as publish input; step 5 keeps a fixed deadline of its own. */
async function stepsWithCodes() {
  const { drejebog } = await admin.data<any>('{ drejebog { steps { id number phase title description type } } }');
  return drejebog.steps.map(({ number, ...step }: any) => ({
    ...step,
    code: `KLIK ${String(number).padStart(2, '0')}`,
    deadline: number === 5 ? inDays(300) : null,
  }));
}

const GATES = [
  { number: 1, name: 'Bekræft kontaktperson', weeksBeforeGoLive: 10, verificationCode: 'KLIK 03', prerequisiteCodes: ['KLIK 01', 'klik 02'] },
  { number: 2, name: 'Oprydning verificeret', weeksBeforeGoLive: 4, verificationCode: 'KLIK 07', prerequisiteCodes: [] },
];

beforeAll(async () => {
  app = await startTestApp();
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
  viewer = (await loggedIn(app.db, app.url, { role: Role.VIEWER })).client;
  contact = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101 })).client;
  await admin.data(PUBLISH, { input: { version: 'bølger', steps: await stepsWithCodes(), gates: GATES } });
});
afterAll(() => app?.close());

describe('step codes and gates in the drejebog', () => {
  it('shows each step’s code and the version’s gates with their steps', async () => {
    const { drejebog } = await admin.data<any>(
      '{ drejebog { steps { number code } gates { number name weeksBeforeGoLive verification { code } prerequisites { code } } } }',
    );
    expect(drejebog.steps[2]).toEqual({ number: 3, code: 'KLIK 03' });
    const { dashboard } = await admin.data<any>('{ dashboard { stepProgress { step { number code } } } }');
    expect(dashboard.stepProgress[6].step).toEqual({ number: 7, code: 'KLIK 07' });
    expect(drejebog.gates).toEqual([
      { number: 1, name: 'Bekræft kontaktperson', weeksBeforeGoLive: 10, verification: { code: 'KLIK 03' }, prerequisites: [{ code: 'KLIK 01' }, { code: 'KLIK 02' }] },
      { number: 2, name: 'Oprydning verificeret', weeksBeforeGoLive: 4, verification: { code: 'KLIK 07' }, prerequisites: [] },
    ]);
  });

  it('carries the gates over to a new version that leaves them out, and refuses bad gates and codes', async () => {
    const steps = await stepsWithCodes();
    await admin.data(PUBLISH, { input: { version: 'bølger-2', steps } });
    const { drejebog } = await admin.data<any>('{ drejebog { version gates { number } } }');
    expect(drejebog).toEqual({ version: 'bølger-2', gates: [{ number: 1 }, { number: 2 }] });

    const before = await snapshot(app.db);
    const refused = async (input: object) => (await admin.request(PUBLISH, { input: { version: name('v'), steps, ...input } })).errors?.[0];
    const unknown = await refused({ gates: [{ ...GATES[0], prerequisiteCodes: ['KLIK 99'] }] });
    expect(unknown?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown?.message).toContain('KLIK 99');
    expect((await refused({ gates: [{ ...GATES[0], verificationCode: 'UI 36' }] }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await refused({ gates: [{ ...GATES[0], weeksBeforeGoLive: -1 }] }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await refused({ gates: [{ ...GATES[0], weeksBeforeGoLive: 105 }] }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await refused({ gates: [GATES[0], { ...GATES[1], number: 1 }] }))?.extensions?.code).toBe('BAD_USER_INPUT');
    const twice = steps.map((s: any, i: number) => (i === 4 ? { ...s, code: 'klik 01' } : s));
    const duplicate = await refused({ steps: twice });
    expect(duplicate?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(duplicate?.message).toMatch(/samme kode/);
    // The preview applies the same checks.
    const preview = await admin.request('query($input: PublishDrejebogInput!) { drejebogPublishPreview(input: $input) { stepsKept } }', {
      input: { version: name('v'), steps: twice },
    });
    expect(preview.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await snapshot(app.db)).toEqual(before);
    // 104 and 0 weeks are allowed.
    await admin.data(PUBLISH, {
      input: { version: 'bølger-3', steps, gates: [{ ...GATES[0], weeksBeforeGoLive: 104 }, { ...GATES[1], weeksBeforeGoLive: 0 }] },
    });
    await admin.data(PUBLISH, { input: { version: 'bølger-4', steps, gates: GATES } });
  });
});

describe('effective frister', () => {
  it('come from the phase windows of the kommune’s wave, a fixed deadline wins, and a move moves them at once', async () => {
    const early = await createWave({
      goLive: inDays(400),
      windows: [
        { phase: 'Forberedelse', start: inDays(-30), end: inDays(-1) },
        { phase: 'Oprydning', start: inDays(0), end: inDays(10) },
      ],
    });
    const late = await createWave({
      goLive: inDays(500),
      windows: [
        { phase: 'Forberedelse', start: inDays(20), end: inDays(60) },
        { phase: 'Oprydning', start: inDays(61), end: inDays(90) },
      ],
    });
    const unplaced = await page(265);
    expect(unplaced.wave).toBeNull();
    expect(unplaced.gates).toEqual([]);
    expect(deadlineOf(unplaced, 1)).toBeNull();
    expect(deadlineOf(unplaced, 5)).toBe(inDays(300));
    expect(unplaced.trafficLight).toBe('GREEN');
    // Cached answers must follow the move too: read twice so the page is in every cache.
    await page(265);

    await admin.data(ASSIGN, { code: 265, waveId: early.id });
    const inEarly = await page(265);
    expect(inEarly.wave.name).toBe(early.name);
    expect(deadlineOf(inEarly, 1)).toBe(inDays(-1)); // Forberedelse
    expect(deadlineOf(inEarly, 4)).toBe(inDays(10)); // Oprydning
    expect(deadlineOf(inEarly, 5)).toBe(inDays(300)); // its own deadline
    expect(deadlineOf(inEarly, 10)).toBeNull(); // Opsigelse: no window
    // Step 1 is on the critical path and now overdue.
    expect(inEarly.trafficLight).toBe('RED');
    const { kommuner } = await admin.data<any>('{ kommuner { code trafficLight } }');
    expect(kommuner.find((k: any) => k.code === 265).trafficLight).toBe('RED');

    await admin.data(ASSIGN, { code: 265, waveId: late.id });
    const inLate = await page(265);
    expect(deadlineOf(inLate, 1)).toBe(inDays(60));
    expect(deadlineOf(inLate, 4)).toBe(inDays(90));
    expect(inLate.trafficLight).toBe('GREEN');

    // Changing the wave's windows moves every frist of its kommuner.
    await admin.data(UPDATE, {
      id: late.id,
      input: { name: late.name, goLive: inDays(500), windows: [{ phase: 'Forberedelse', start: inDays(-5), end: inDays(7) }] },
    });
    const updated = await page(265);
    expect(deadlineOf(updated, 1)).toBe(inDays(7));
    expect(deadlineOf(updated, 4)).toBeNull();
    expect(updated.trafficLight).toBe('YELLOW');

    await admin.data(ASSIGN, { code: 265, waveId: null });
    const out = await page(265);
    expect(out.wave).toBeNull();
    expect(deadlineOf(out, 1)).toBeNull();
    expect(out.trafficLight).toBe('GREEN');
  });
});

describe('gates', () => {
  it('are dated from go-live, PASSED/MISSED/DUE/UPCOMING on today’s date, and a missed gate turns the kommune red', async () => {
    // Gate 1 (10 weeks before) was yesterday; gate 2 (4 weeks before) is 41 days ahead.
    const missed = await createWave({ goLive: inDays(70 - 1) });
    // Gate 1 in 5 days.
    const due = await createWave({ goLive: inDays(70 + 5) });
    await admin.data(ASSIGN, { code: 147, waveId: missed.id });
    const red = await page(147);
    expect(red.gates.map((g: any) => [g.gate.number, g.date, g.state])).toEqual([
      [1, inDays(-1), 'MISSED'],
      [2, inDays(41), 'UPCOMING'],
    ]);
    expect(red.gates[0].gate.verification.code).toBe('KLIK 03');
    expect(red.trafficLight).toBe('RED');
    const { dashboard } = await admin.data<any>('{ dashboard { waves { wave { id name } kommuneCount red gatesMissed } } }');
    expect(dashboard.waves.find((w: any) => w.wave?.id === missed.id)).toEqual({
      wave: { id: missed.id, name: missed.name },
      kommuneCount: 1,
      red: 1,
      gatesMissed: 1,
    });

    // Verifying step done, prerequisites done or not applicable: passed, and no longer red.
    await setStatus(147, [1, 3], 'DONE');
    await setStatus(147, [2], 'NOT_APPLICABLE');
    const passed = await page(147);
    expect(passed.gates.map((g: any) => g.state)).toEqual(['PASSED', 'UPCOMING']);
    expect(passed.trafficLight).toBe('GREEN');

    // A prerequisite only started: not passed.
    await setStatus(147, [2], 'STARTED');
    expect((await page(147)).gates[0].state).toBe('MISSED');

    // Moved to a later wave, the same gate is due instead of missed.
    await admin.data(ASSIGN, { code: 147, waveId: due.id, provisional: true });
    const moved = await page(147);
    expect(moved.waveProvisional).toBe(true);
    expect(moved.gates.map((g: any) => [g.date, g.state])).toEqual([
      [inDays(5), 'DUE'],
      [inDays(47), 'UPCOMING'],
    ]);
    expect(moved.trafficLight).toBe('GREEN');
    // Exactly on the gate date it is due, not missed.
    const today = await createWave({ goLive: inDays(70) });
    await admin.data(ASSIGN, { code: 147, waveId: today.id });
    expect((await page(147)).gates[0]).toMatchObject({ date: inDays(0), state: 'DUE' });
  });
});

describe('the wave plan', () => {
  it('lists waves with their windows and kommuner, and summarises them on the dashboard', async () => {
    const wave = await createWave({
      goLive: inDays(200),
      kickOff: inDays(30),
      windows: [
        { phase: 'Oprydning', start: inDays(100), end: inDays(150) },
        { phase: 'Forberedelse', start: inDays(40), end: inDays(90) },
      ],
    });
    await admin.data(ASSIGN, { code: 151, waveId: wave.id, provisional: true });
    await admin.data(ASSIGN, { code: 153, waveId: wave.id });
    const { waves } = await viewer.data<any>('{ waves { id name goLive kickOff windows { phase start end } kommuner { code waveProvisional trafficLight } } }');
    const found = waves.find((w: any) => w.id === wave.id);
    expect(found).toEqual({
      id: wave.id,
      name: wave.name,
      goLive: inDays(200),
      kickOff: inDays(30),
      windows: [
        { phase: 'Forberedelse', start: inDays(40), end: inDays(90) },
        { phase: 'Oprydning', start: inDays(100), end: inDays(150) },
      ],
      kommuner: [
        { code: 151, waveProvisional: true, trafficLight: 'GREEN' },
        { code: 153, waveProvisional: false, trafficLight: 'GREEN' },
      ],
    });
    const { dashboard } = await viewer.data<any>('{ dashboard { waves { wave { id } kommuneCount green yellow red gatesMissed } } }');
    expect(dashboard.waves.find((w: any) => w.wave?.id === wave.id)).toMatchObject({ kommuneCount: 2, green: 2, red: 0 });
    const unplaced = dashboard.waves.at(-1);
    expect(unplaced.wave).toBeNull();
    const { kommuner } = await viewer.data<any>('{ kommuner { code wave { id } } }');
    expect(unplaced.kommuneCount).toBe(kommuner.filter((k: any) => k.wave === null).length);
    const total = dashboard.waves.reduce((sum: number, w: any) => sum + w.kommuneCount, 0);
    expect(total).toBe(98);

    // The move is audited with before and after.
    const [event] = await app.db.query(
      `SELECT before, after FROM audit_event WHERE action = 'wave.assign' AND kommune_code = 151 ORDER BY id DESC LIMIT 1`,
    );
    expect(event.after).toEqual({ waveId: wave.id, waveProvisional: true });
  });

  it('refuses bad waves with BAD_USER_INPUT or CONFLICT and stores nothing', async () => {
    const existing = await createWave({ goLive: inDays(100) });
    const before = await snapshot(app.db);
    const code = async (input: object) => admin.errorCode(CREATE, { input: { name: name(), goLive: inDays(100), windows: [], ...input } });
    expect(await code({ windows: [{ phase: 'Forberedelse', start: inDays(10), end: inDays(9) }] })).toBe('BAD_USER_INPUT');
    expect(await code({ windows: [{ phase: 'Idriftsættelse', start: inDays(1), end: inDays(9) }] })).toBe('BAD_USER_INPUT');
    expect(
      await code({
        windows: [
          { phase: 'Forberedelse', start: inDays(1), end: inDays(9) },
          { phase: 'Forberedelse', start: inDays(10), end: inDays(19) },
        ],
      }),
    ).toBe('BAD_USER_INPUT');
    expect(await code({ name: '  ' })).toBe('BAD_USER_INPUT');
    expect(await code({ name: existing.name.toUpperCase() })).toBe('CONFLICT');
    expect(await code({ goLive: '2026-02-30' })).toBe('BAD_USER_INPUT');
    const other = await admin.errorCode(UPDATE, { id: existing.id, input: { name: existing.name, goLive: inDays(1), windows: [{ phase: 'X', start: inDays(1), end: inDays(2) }] } });
    expect(other).toBe('BAD_USER_INPUT');
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('answers NOT_FOUND for unknown waves and kommuner, and CONFLICT for deleting a wave with kommuner', async () => {
    const wave = await createWave({ goLive: inDays(100) });
    const missing = '00000000-0000-4000-8000-000000000000';
    const input = { name: name(), goLive: inDays(100), windows: [] };
    expect(await admin.errorCode(UPDATE, { id: missing, input })).toBe('NOT_FOUND');
    expect(await admin.errorCode(UPDATE, { id: 'no-such-id', input })).toBe('NOT_FOUND');
    expect(await admin.errorCode(DELETE, { id: missing })).toBe('NOT_FOUND');
    expect(await admin.errorCode(ASSIGN, { code: 999, waveId: wave.id })).toBe('NOT_FOUND');
    expect(await admin.errorCode(ASSIGN, { code: 101, waveId: missing })).toBe('NOT_FOUND');

    await admin.data(ASSIGN, { code: 157, waveId: wave.id });
    const before = await snapshot(app.db);
    const refused = await admin.request(DELETE, { id: wave.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await snapshot(app.db)).toEqual(before);

    await admin.data(ASSIGN, { code: 157, waveId: null });
    expect((await admin.data<any>(DELETE, { id: wave.id })).deleteWave).toBe(true);
    const { waves } = await admin.data<any>('{ waves { id } }');
    expect(waves.map((w: any) => w.id)).not.toContain(wave.id);
  });

  it('refuses every change to the plan for non-administrators, with nothing changed', async () => {
    const wave = await createWave({ goLive: inDays(100) });
    const input = { name: name(), goLive: inDays(100), windows: [] };
    const operations: [string, Record<string, unknown>][] = [
      [CREATE, { input }],
      [UPDATE, { id: wave.id, input }],
      [DELETE, { id: wave.id }],
      [ASSIGN, { code: 101, waveId: wave.id }],
      [IMPORT, { csv: `kommune,bølge\n101,${wave.name}` }],
      [PUBLISH, { input: { version: name('v'), steps: await stepsWithCodes(), gates: [] } }],
    ];
    const before = await snapshot(app.db);
    for (const client of [viewer, contact]) {
      for (const [query, variables] of operations) {
        const answer = await client.request(query, variables);
        expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      }
    }
    expect(await snapshot(app.db)).toEqual(before);
  });
});

describe('the wave plan as CSV', () => {
  it('places kommuner by code or name (official names, any case, æøå spelled out), with ; or , and a provisional column', async () => {
    const one = await createWave({ name: name('Plan'), goLive: inDays(120) });
    const two = await createWave({ name: name('Plan'), goLive: inDays(180) });
    const csv = [
      'Kommune;Bølge;Foreløbig',
      `101;${one.name};`,
      `Frederiksberg;${one.name.toLowerCase()};ja`,
      `Københavns Kommune;${two.name};nej`.replace('Københavns Kommune', 'Bornholms Regionskommune'),
      `AEROE;${two.name};`,
      `  aabenraa ;${two.name};x`,
    ].join('\r\n');
    expect((await admin.data<any>(IMPORT, { csv })).importWavePlan).toBe(5);
    const { kommuner } = await admin.data<any>('{ kommuner { code waveProvisional wave { id } } }');
    const placed = Object.fromEntries(kommuner.map((k: any) => [k.code, [k.wave?.id ?? null, k.waveProvisional]]));
    expect(placed[101]).toEqual([one.id, false]);
    expect(placed[147]).toEqual([one.id, true]);
    expect(placed[400]).toEqual([two.id, false]); // Bornholm
    expect(placed[492]).toEqual([two.id, false]); // Ærø
    expect(placed[580]).toEqual([two.id, true]); // Aabenraa

    const official = `kommune,bølge\nKøbenhavns Kommune,${two.name}\n`;
    expect((await admin.data<any>(IMPORT, { csv: official })).importWavePlan).toBe(1);
    expect((await page(101)).wave.name).toBe(two.name);
  });

  it('stores nothing when a line is bad, and names every bad line', async () => {
    const wave = await createWave({ name: name('Plan'), goLive: inDays(120) });
    const before = await snapshot(app.db);
    const csv = [
      'kommune,bølge',
      `101,${wave.name}`,
      `Atlantis,${wave.name}`,
      `147,Bølge 99`,
      `151,${wave.name}`,
      `101,${wave.name}`,
      `,`,
    ].join('\n');
    const answer = await admin.request(IMPORT, { csv });
    const error = answer.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.rows.map((r: any) => r.line)).toEqual([3, 4, 6, 7]);
    expect(error?.message).toContain('Atlantis');
    expect(await snapshot(app.db)).toEqual(before);

    expect(await admin.errorCode(IMPORT, { csv: 'navn,dato\n101,2024-01-01' })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(IMPORT, { csv: '' })).toBe('BAD_USER_INPUT');
    expect(await snapshot(app.db)).toEqual(before);
  });
});
