import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { snapshot } from '../support/db-snapshot.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: GraphQLClient;
let viewer: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
  viewer = (await loggedIn(app.db, app.url, { role: Role.VIEWER })).client;
});
afterAll(() => app?.close());

const SYSTEMS = `{ legacySystems { id name plannedShutdown lastMoversKnown earliestShutdown shutdownAtRisk
  lastMovers { id name expectedExit exited } alternatives { name } } }`;
const UPDATE = `mutation($input: UpdateLegacySystemInput!) { updateLegacySystem(input: $input) {
  id plannedShutdown lastMoversKnown earliestShutdown shutdownAtRisk } }`;

async function system(name: string) {
  const { legacySystems } = await viewer.data<any>(SYSTEMS);
  return legacySystems.find((s: any) => s.name === name);
}

describe('unknown last movers are not "none"', () => {
  it("reads the table's empty last-mover cell as unknown and its I.a.b. as none", async () => {
    expect(await system('KMD Arkivering')).toMatchObject({ lastMoversKnown: false, lastMovers: [], earliestShutdown: null });
    expect(await system('KMD Boligstøtte')).toMatchObject({ lastMoversKnown: true, lastMovers: [] });
    expect(await system('V-Data')).toMatchObject({ lastMoversKnown: true, earliestShutdown: '2023-12-31' });
  });

  it('keeps the shutdown unknown until KOMBIT says the list is complete', async () => {
    const arkivering = await system('KMD Arkivering');
    await admin.data(
      'mutation($input: LastMoverInput!) { addLastMover(input: $input) { id } }',
      { input: { systemId: arkivering.id, name: 'ESR', expectedExit: '2023-12-31' } },
    );
    // Naming a last mover is saying which systems keep it alive.
    expect(await system('KMD Arkivering')).toMatchObject({ lastMoversKnown: true, earliestShutdown: '2023-12-31' });
    const { updateLegacySystem } = await admin.data<any>(UPDATE, { input: { id: arkivering.id, lastMoversKnown: false } });
    expect(updateLegacySystem).toMatchObject({ lastMoversKnown: false, earliestShutdown: null });
  });
});

describe('planned shutdown', () => {
  it('reads "Lukkes 2020" as the planned shutdown of KMD eindkomst/FIF, not as its alternative', async () => {
    expect(await system('KMD eindkomst/FIF')).toMatchObject({ plannedShutdown: '2020-12-31', alternatives: [], shutdownAtRisk: false });
  });

  it('flags a computed shutdown later than the planned one, and not an earlier one', async () => {
    const vdata = await system('V-Data');
    const late = await admin.data<any>(UPDATE, { input: { id: vdata.id, plannedShutdown: '2023-06-30' } });
    expect(late.updateLegacySystem).toMatchObject({ plannedShutdown: '2023-06-30', earliestShutdown: '2023-12-31', shutdownAtRisk: true });
    const inTime = await admin.data<any>(UPDATE, { input: { id: vdata.id, plannedShutdown: '2024-03-31' } });
    expect(inTime.updateLegacySystem).toMatchObject({ shutdownAtRisk: false });
    const cleared = await admin.data<any>(UPDATE, { input: { id: vdata.id, plannedShutdown: null } });
    expect(cleared.updateLegacySystem).toMatchObject({ plannedShutdown: null, shutdownAtRisk: false });
    const [event] = await app.db.query(
      `SELECT before, after FROM audit_event WHERE action = 'legacy-system.update' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [vdata.id],
    );
    expect(event.before.plannedShutdown).toBe('2024-03-31');
    expect(event.after.plannedShutdown).toBeNull();
  });

  it('refuses an impossible date and anyone but KOMBIT, storing nothing', async () => {
    const vdata = await system('V-Data');
    const before = await snapshot(app.db);
    expect(await admin.errorCode(UPDATE, { input: { id: vdata.id, plannedShutdown: '2024-02-30' } })).toBe('BAD_USER_INPUT');
    expect(await viewer.errorCode(UPDATE, { input: { id: vdata.id, plannedShutdown: '2024-01-31' } })).toBe('FORBIDDEN');
    expect(await snapshot(app.db)).toEqual(before);
  });
});
