import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: GraphQLClient;
let contact: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
  contact = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101 })).client;
});
afterAll(() => app?.close());

const SYSTEMS = '{ legacySystems { id name status owner kind earliestShutdown kommunerLeft lastMovers { id name expectedExit exited } alternatives { id name note } } }';
const ADD = 'mutation($input: LastMoverInput!) { addLastMover(input: $input) { id name expectedExit exited note system { name earliestShutdown } } }';
const UPDATE = 'mutation($input: UpdateLastMoverInput!) { updateLastMover(input: $input) { id expectedExit exited system { earliestShutdown } } }';
const REMOVE = 'mutation($id: ID!) { removeLastMover(id: $id) }';

async function system(name: string) {
  const { legacySystems } = await admin.data<any>(SYSTEMS);
  return legacySystems.find((s: any) => s.name === name);
}

async function rowCounts() {
  const [row] = await app.db.query(
    `SELECT (SELECT count(*) FROM legacy_system)::int AS systems, (SELECT count(*) FROM last_mover)::int AS movers,
            (SELECT count(*) FROM alternative)::int AS alternatives,
            (SELECT string_agg(name || coalesce(expected_exit::text, '-') || exited, ',' ORDER BY id) FROM last_mover) AS movers_text`,
  );
  return row;
}

describe('last movers move the shutdown date', () => {
  it('recomputes earliestShutdown when a last mover is moved, exits, is added or removed', async () => {
    const pData = await system('P-data');
    expect(pData.earliestShutdown).toBe('2024-04-30');
    const valg = pData.lastMovers.find((m: any) => m.name === 'VALG');
    const esr = pData.lastMovers.find((m: any) => m.name === 'ESR');

    let { updateLastMover } = await admin.data<any>(UPDATE, { input: { id: valg.id, expectedExit: '2024-09-30' } });
    expect(updateLastMover).toMatchObject({ expectedExit: '2024-09-30', system: { earliestShutdown: '2024-09-30' } });

    ({ updateLastMover } = await admin.data<any>(UPDATE, { input: { id: valg.id, exited: true } }));
    expect(updateLastMover).toMatchObject({ exited: true, expectedExit: '2024-09-30', system: { earliestShutdown: '2023-12-31' } });

    const { addLastMover: ky } = await admin.data<any>(ADD, {
      input: { systemId: pData.id, name: 'KY', expectedExit: '2025-03-31', note: 'Sidste bølge' },
    });
    expect(ky).toMatchObject({ name: 'KY', exited: false, note: 'Sidste bølge', system: { name: 'P-data', earliestShutdown: '2025-03-31' } });

    const { addLastMover: unknown } = await admin.data<any>(ADD, { input: { systemId: pData.id, name: 'Ukendt system' } });
    expect(unknown).toMatchObject({ expectedExit: null, system: { earliestShutdown: null } });
    expect((await admin.data<any>(REMOVE, { id: unknown.id })).removeLastMover).toBe(true);
    expect((await system('P-data')).earliestShutdown).toBe('2025-03-31');

    // A date can be cleared with null; leaving a field out keeps it.
    ({ updateLastMover } = await admin.data<any>(UPDATE, { input: { id: ky.id, expectedExit: null } }));
    expect(updateLastMover.system.earliestShutdown).toBeNull();
    await admin.data(UPDATE, { input: { id: ky.id, expectedExit: '2025-06-30' } });

    await admin.data(UPDATE, { input: { id: esr.id, exited: true } });
    await admin.data(UPDATE, { input: { id: ky.id, exited: true } });
    const done = await system('P-data');
    expect(done.earliestShutdown).toBeNull();
    expect(done.lastMovers.map((m: any) => m.exited)).toEqual([true, true, true]);

    const actions = await app.db.query(
      `SELECT action FROM audit_event WHERE entity_type = 'LastMover' ORDER BY id`,
    );
    expect(actions.map((a: any) => a.action)).toEqual([
      'last-mover.update', 'last-mover.update', 'last-mover.add', 'last-mover.add', 'last-mover.remove',
      'last-mover.update', 'last-mover.update', 'last-mover.update', 'last-mover.update',
    ]);
  });

  it('refuses bad input and non-KOMBIT users, storing nothing', async () => {
    const pData = await system('P-data');
    const mover = pData.lastMovers[0];
    const before = await rowCounts();
    const cases: [string, Record<string, unknown>, string][] = [
      [ADD, { input: { systemId: pData.id, name: '' } }, 'BAD_USER_INPUT'],
      [ADD, { input: { systemId: pData.id, name: '  ' } }, 'BAD_USER_INPUT'],
      [ADD, { input: { systemId: pData.id, name: 'x'.repeat(201) } }, 'BAD_USER_INPUT'],
      [ADD, { input: { systemId: pData.id, name: 'OK', note: 'n'.repeat(2001) } }, 'BAD_USER_INPUT'],
      [ADD, { input: { systemId: pData.id, name: 'OK', expectedExit: '2024-02-30' } }, 'BAD_USER_INPUT'],
      [ADD, { input: { systemId: pData.id, name: 'OK', expectedExit: 'snart' } }, 'BAD_USER_INPUT'],
      [ADD, { input: { systemId: 'P-data', name: 'OK' } }, 'NOT_FOUND'],
      [ADD, { input: { systemId: '6b1f0a52-0000-4000-8000-000000000000', name: 'OK' } }, 'NOT_FOUND'],
      [UPDATE, { input: { id: mover.id, name: '' } }, 'BAD_USER_INPUT'],
      [UPDATE, { input: { id: mover.id, expectedExit: '31-12-2024' } }, 'BAD_USER_INPUT'],
      [UPDATE, { input: { id: 'x', exited: true } }, 'NOT_FOUND'],
      [REMOVE, { id: '00000000-0000-0000-0000-000000000000' }, 'NOT_FOUND'],
    ];
    for (const [query, variables, code] of cases) {
      expect(await admin.errorCode(query, variables), JSON.stringify(variables).slice(0, 100)).toBe(code);
    }
    expect(await contact.errorCode(ADD, { input: { systemId: pData.id, name: 'KY' } })).toBe('FORBIDDEN');
    expect(await contact.errorCode(UPDATE, { input: { id: mover.id, exited: false } })).toBe('FORBIDDEN');
    expect(await contact.errorCode(REMOVE, { id: mover.id })).toBe('FORBIDDEN');
    expect(await new GraphQLClient(app.url).errorCode(REMOVE, { id: mover.id })).toBe('UNAUTHENTICATED');
    const inline = await admin.request(`mutation { addLastMover(input: { systemId: "${pData.id}", name: "KY", expectedExit: "2024-13-01" }) { id } }`);
    expect(inline.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rowCounts()).toEqual(before);
  });
});

describe('KMD Sag', () => {
  it('counts the kommuner that have left it from their opsigelser', async () => {
    expect((await system('KMD Sag')).kommunerLeft).toBe(0);
    expect((await system('P-data')).kommunerLeft).toBeNull();
    for (const code of [101, 147, 151]) {
      await admin.data('mutation($i: RecordOpsigelseInput!) { recordOpsigelse(input: $i) { id } }', {
        i: { kommuneCode: code, kind: 'KMD_SAG_AGREEMENT', date: '2022-01-01' },
      });
    }
    await admin.data('mutation($i: RecordOpsigelseInput!) { recordOpsigelse(input: $i) { id } }', {
      i: { kommuneCode: 153, kind: 'MANUAL_CASES', date: '2022-01-01' },
    });
    expect((await system('KMD Sag')).kommunerLeft).toBe(3);
  });
});

describe('the U:KFS table', () => {
  const CREATE = 'mutation($input: CreateLegacySystemInput!) { createLegacySystem(input: $input) { id name kind owner status retiredAt } }';
  const EDIT = 'mutation($input: UpdateLegacySystemInput!) { updateLegacySystem(input: $input) { id name owner status } }';
  const RETIRE = 'mutation($id: ID!) { retireLegacySystem(id: $id) { id retiredAt } }';

  it('lets KOMBIT add, edit and retire systems and their alternatives', async () => {
    const name = `KMD "Nyt" <system> 🖥️ Ærø`;
    const { createLegacySystem: created } = await admin.data<any>(CREATE, {
      input: { name, kind: 'PREREQUISITE', owner: 'UDK', status: 'I drift' },
    });
    expect(created).toMatchObject({ name, kind: 'PREREQUISITE', owner: 'UDK', status: 'I drift', retiredAt: null });
    expect((await admin.request(CREATE, { input: { name, kind: 'PREREQUISITE', owner: 'UDK', status: 'x' } })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await admin.errorCode(CREATE, { input: { name: 'Andet', kind: 'PREREQUISITE', owner: 'KMD', status: 'x' } })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(CREATE, { input: { name: '', kind: 'PREREQUISITE', owner: 'UDK', status: 'x' } })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(CREATE, { input: { name: 'Andet', kind: 'SOMETHING', owner: 'UDK', status: 'x' } })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(EDIT, { input: { id: created.id, name: 'P-data' } })).toBe('CONFLICT');
    expect(await contact.errorCode(CREATE, { input: { name: 'X', kind: 'PREREQUISITE', owner: 'UDK', status: 'x' } })).toBe('FORBIDDEN');

    const { updateLegacySystem } = await admin.data<any>(EDIT, { input: { id: created.id, status: 'Under udfasning', owner: 'kombit' } });
    expect(updateLegacySystem).toMatchObject({ name, owner: 'KOMBIT', status: 'Under udfasning' });

    const ALT = 'mutation($input: AlternativeInput!) { addAlternative(input: $input) { id name note } }';
    const { addAlternative } = await admin.data<any>(ALT, { input: { systemId: created.id, name: 'Fælleskommunal løsning' } });
    const { updateAlternative } = await admin.data<any>(
      'mutation($input: UpdateAlternativeInput!) { updateAlternative(input: $input) { name note } }',
      { input: { id: addAlternative.id, note: 'Via KOMBIT' } },
    );
    expect(updateAlternative).toEqual({ name: 'Fælleskommunal løsning', note: 'Via KOMBIT' });
    let mine = await system(name);
    expect(mine.alternatives).toEqual([{ id: addAlternative.id, name: 'Fælleskommunal løsning', note: 'Via KOMBIT' }]);
    expect((await admin.data<any>('mutation($id: ID!) { removeAlternative(id: $id) }', { id: addAlternative.id })).removeAlternative).toBe(true);
    mine = await system(name);
    expect(mine.alternatives).toEqual([]);
    expect(await admin.errorCode(ALT, { input: { systemId: created.id, name: '' } })).toBe('BAD_USER_INPUT');

    const { retireLegacySystem } = await admin.data<any>(RETIRE, { id: created.id });
    expect(retireLegacySystem.retiredAt).not.toBeNull();
    expect(await system(name)).toBeUndefined();
    expect(await admin.errorCode(RETIRE, { id: created.id })).toBe('CONFLICT');
    expect(await admin.errorCode(ADD, { input: { systemId: created.id, name: 'KY' } })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(RETIRE, { id: 'nope' })).toBe('NOT_FOUND');

    const actions = await app.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`, [created.id]);
    expect(actions.map((a: any) => a.action)).toEqual(['legacy-system.create', 'legacy-system.update', 'legacy-system.retire']);
  });
});
