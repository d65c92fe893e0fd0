import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReferenceData } from '../../apps/api/src/server/seed.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let client: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  // Reading needs a session; a viewer reads everything.
  ({ client } = await loggedIn(app.db, app.url));
});
afterAll(() => app?.close());

describe('reference data', () => {
  it('holds the 98 kommuner with their regions', async () => {
    const { kommuner } = await client.data<{ kommuner: { code: number; name: string; region: string }[] }>(
      '{ kommuner { code name region } }',
    );
    expect(kommuner).toHaveLength(98);
    expect(kommuner[0]).toEqual({ code: 101, name: 'København', region: 'Region Hovedstaden' });
    expect(kommuner.at(-1)).toEqual({ code: 860, name: 'Hjørring', region: 'Region Nordjylland' });
    expect(new Set(kommuner.map((k) => k.region)).size).toBe(5);
  });

  it('turns the U:KFS table into systems with structured last movers', async () => {
    const { legacySystems } = await client.data<{ legacySystems: any[] }>(
      '{ legacySystems { name kind owner status earliestShutdown lastMovers { name expectedExit exited } alternatives { name } } }',
    );
    expect(legacySystems).toHaveLength(18);
    const pData = legacySystems.find((s) => s.name === 'P-data');
    expect(pData).toMatchObject({ kind: 'PREREQUISITE', owner: 'KOMBIT', status: 'Under udfasning' });
    expect(pData.lastMovers).toEqual([
      { name: 'ESR', expectedExit: '2023-12-31', exited: false },
      { name: 'VALG', expectedExit: '2024-04-30', exited: false },
    ]);
    expect(pData.earliestShutdown).toBe('2024-04-30');
    expect(pData.alternatives).toEqual([{ name: 'CPR via SP og buffet' }]);

    const udbetaling = legacySystems.find((s) => s.name === 'KMD Udbetaling');
    expect(udbetaling.lastMovers).toEqual([{ name: 'KSD', expectedExit: '2022-12-31', exited: false }]);

    // A last mover without a date makes the shutdown date unknown.
    const fif = legacySystems.find((s) => s.name === 'KMD eindkomst/FIF');
    expect(fif.lastMovers).toEqual([{ name: 'KMD Aktiv', expectedExit: null, exited: false }]);
    expect(fif.earliestShutdown).toBeNull();

    const boligstoette = legacySystems.find((s) => s.name === 'KMD Boligstøtte');
    expect(boligstoette).toMatchObject({ kind: 'LINE_OF_BUSINESS', owner: 'UDK', lastMovers: [] });
  });

  it('publishes the bundled example drejebog, labelled as such, and gives every kommune its checklist', async () => {
    const { drejebog, kommune } = await client.data<any>(
      '{ drejebog { version isExample steps { number phase title type } } kommune(code: 860) { checklist { status step { number } } progress { notStarted total } } }',
    );
    expect(drejebog.version).toBe('Eksempel');
    expect(drejebog.isExample).toBe(true);
    expect(drejebog.steps).toHaveLength(12);
    expect(drejebog.steps[0]).toEqual({
      number: 1,
      phase: 'Forberedelse',
      title: 'Udpeg KMD Sag udfasnings-kontaktperson',
      type: 'MANDATORY_CRITICAL_PATH',
    });
    expect(kommune.checklist.map((i: any) => i.step.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(kommune.progress).toEqual({ notStarted: 12, total: 12 });
    const [{ count }] = await app.db.query('SELECT count(*)::int AS count FROM checklist_item');
    expect(count).toBe(98 * 12);
  });

  it('loads nothing twice when seeding runs again', async () => {
    expect(await seedReferenceData(app.db)).toEqual({ kommuner: 0, systems: 0, drejebogSteps: 0 });
    const [row] = await app.db.query(
      `SELECT (SELECT count(*) FROM kommune)::int AS k, (SELECT count(*) FROM legacy_system)::int AS s,
              (SELECT count(*) FROM last_mover)::int AS m, (SELECT count(*) FROM drejebog)::int AS d`,
    );
    expect(row).toEqual({ k: 98, s: 18, m: 10, d: 1 });
  });

  it('answers unknown or malformed ids with null rather than an error', async () => {
    const result = await client.request('{ kommune(code: 999) { name } legacySystem(id: "not-a-uuid") { name } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ kommune: null, legacySystem: null });
  });
});
