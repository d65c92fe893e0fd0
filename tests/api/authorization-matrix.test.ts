import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Role } from '@udfasning/domain';
import { buildAppSchema } from '../../apps/api/src/server/schema.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { createUser, loggedIn } from '../support/factories.js';
import { snapshot } from '../support/db-snapshot.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Every mutation × every kind of caller. Each case builds its own data, runs the mutation once
// and checks the answer; a refused case must leave every user-changeable table as it was.
// A mutation added to the schema without a row here fails the completeness check.

type Caller = 'anonymous' | 'viewer' | 'ownContact' | 'otherContact' | 'admin';
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';

const CALLERS: Caller[] = ['anonymous', 'viewer', 'ownContact', 'otherContact', 'admin'];
/** The kommune every kommune-scoped case changes; `ownContact` belongs to it, `otherContact` does not. */
const OWN = 101;
const OTHER = 751;
/** The factories' default password, which every caller's account has. */
const CALLER_PASSWORD = 'correct-horse-battery';

interface CaseContext {
  db: DataSource;
  /** An administrator's client, for building the case's data through the API. */
  admin: GraphQLClient;
}

interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

interface Row {
  /** Builds fresh data for one case and returns the operation to try. */
  prepare(ctx: CaseContext): Promise<Operation>;
  expect: Record<Caller, Outcome>;
}

const ADMIN_ONLY: Record<Caller, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  viewer: 'FORBIDDEN',
  ownContact: 'FORBIDDEN',
  otherContact: 'FORBIDDEN',
  admin: 'OK',
};
const ANY_SESSION: Record<Caller, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  viewer: 'OK',
  ownContact: 'OK',
  otherContact: 'OK',
  admin: 'OK',
};
/** Changes to one kommune's data: its own contact and administrators. */
const OWN_KOMMUNE: Record<Caller, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  viewer: 'FORBIDDEN',
  ownContact: 'OK',
  otherContact: 'FORBIDDEN',
  admin: 'OK',
};

let counter = 0;
const unique = () => `matrix${++counter}`;

async function someUserId(db: DataSource, spec: Parameters<typeof createUser>[1] = {}): Promise<string> {
  return (await createUser(db, { role: Role.KOMMUNE_CONTACT, kommuneCode: OWN, ...spec })).id;
}

/** Withdraws a kommune's standing opsigelser, so a case can record one (one standing per kind). */
async function clearOpsigelser(db: DataSource, kommuneCode: number): Promise<void> {
  await db.query('UPDATE opsigelse SET withdrawn_at = now() WHERE kommune_code = $1 AND withdrawn_at IS NULL', [kommuneCode]);
}

/** A fresh wave with no kommuner in it. */
async function aWaveId(admin: GraphQLClient): Promise<string> {
  const { createWave } = await admin.data('mutation($input: WaveInput!) { createWave(input: $input) { id } }', {
    input: { name: unique(), goLive: '2030-01-01', windows: [] },
  });
  return createWave.id;
}

async function aSystemId(admin: GraphQLClient): Promise<string> {
  return (await admin.data('{ legacySystems { id } }')).legacySystems[0].id;
}

async function newSystemId(admin: GraphQLClient): Promise<string> {
  const { createLegacySystem } = await admin.data(
    'mutation($input: CreateLegacySystemInput!) { createLegacySystem(input: $input) { id } }',
    { input: { kind: 'LINE_OF_BUSINESS', name: unique(), owner: 'KOMBIT', status: 'Under udfasning' } },
  );
  return createLegacySystem.id;
}

async function newLastMoverId(admin: GraphQLClient): Promise<string> {
  const { addLastMover } = await admin.data('mutation($input: LastMoverInput!) { addLastMover(input: $input) { id } }', {
    input: { systemId: await aSystemId(admin), name: unique() },
  });
  return addLastMover.id;
}

async function newAlternativeId(admin: GraphQLClient): Promise<string> {
  const { addAlternative } = await admin.data('mutation($input: AlternativeInput!) { addAlternative(input: $input) { id } }', {
    input: { systemId: await aSystemId(admin), name: unique() },
  });
  return addAlternative.id;
}

/** A contact person of the kommune under test. */
async function newContactId(admin: GraphQLClient): Promise<string> {
  const { addContact } = await admin.data('mutation($input: AddContactInput!) { addContact(input: $input) { id } }', {
    input: { kommuneCode: OWN, name: 'Kontakt', email: `${unique()}@kk.dk` },
  });
  return addContact.id;
}

const MATRIX: Record<string, Row> = {
  login: {
    prepare: async ({ db }) => {
      const user = await createUser(db, { role: Role.VIEWER });
      return {
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
        variables: { e: user.email, p: user.password },
      };
    },
    expect: { anonymous: 'OK', viewer: 'OK', ownContact: 'OK', otherContact: 'OK', admin: 'OK' },
  },
  logout: {
    prepare: async () => ({ query: 'mutation { logout }' }),
    expect: ANY_SESSION,
  },
  changeOwnPassword: {
    prepare: async () => ({
      query: 'mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { id } }',
      variables: { c: CALLER_PASSWORD, n: 'another-long-password' },
    }),
    expect: ANY_SESSION,
  },
  createUser: {
    prepare: async () => ({
      query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      variables: {
        input: { email: `${unique()}@example.dk`, name: 'Ny', role: 'KOMMUNE_CONTACT', kommuneCode: OWN, password: 'long-enough-password' },
      },
    }),
    expect: ADMIN_ONLY,
  },
  updateUser: {
    prepare: async ({ db }) => ({
      query: 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
      variables: { input: { id: await someUserId(db), name: 'Omdøbt', kommuneCode: OTHER } },
    }),
    expect: ADMIN_ONLY,
  },
  deactivateUser: {
    prepare: async ({ db }) => ({
      query: 'mutation($id: ID!) { deactivateUser(id: $id) { id } }',
      variables: { id: await someUserId(db) },
    }),
    expect: ADMIN_ONLY,
  },
  reactivateUser: {
    prepare: async ({ db }) => ({
      query: 'mutation($id: ID!) { reactivateUser(id: $id) { id } }',
      variables: { id: await someUserId(db, { active: false }) },
    }),
    expect: ADMIN_ONLY,
  },
  resetUserPassword: {
    prepare: async ({ db }) => ({
      query: 'mutation($id: ID!, $p: String!) { resetUserPassword(id: $id, newPassword: $p) { id } }',
      variables: { id: await someUserId(db), p: 'a-reset-password-1' },
    }),
    expect: ADMIN_ONLY,
  },
  unlockUser: {
    prepare: async ({ db }) => ({
      query: 'mutation($id: ID!) { unlockUser(id: $id) { id } }',
      variables: { id: await someUserId(db) },
    }),
    expect: ADMIN_ONLY,
  },
  updateChecklistItem: {
    prepare: async ({ db }) => {
      const [item] = await db.query(
        `SELECT ci.id, ci.version FROM checklist_item ci
           JOIN drejebog_step s ON s.step_id = ci.step_id JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
          WHERE ci.kommune_code = $1 ORDER BY s.number LIMIT 1`,
        [OWN],
      );
      return {
        query: 'mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { id } }',
        variables: { input: { id: item.id, expectedVersion: item.version, status: 'STARTED', responsible: unique() } },
      };
    },
    expect: OWN_KOMMUNE,
  },
  recordOpsigelse: {
    prepare: async ({ db }) => {
      await clearOpsigelser(db, OWN);
      return {
        query: 'mutation($input: RecordOpsigelseInput!) { recordOpsigelse(input: $input) { id } }',
        variables: { input: { kommuneCode: OWN, kind: 'KMD_SAG_AGREEMENT', date: '2022-03-15' } },
      };
    },
    expect: OWN_KOMMUNE,
  },
  withdrawOpsigelse: {
    prepare: async ({ db, admin }) => {
      await clearOpsigelser(db, OWN);
      const { recordOpsigelse } = await admin.data(
        'mutation($input: RecordOpsigelseInput!) { recordOpsigelse(input: $input) { id } }',
        { input: { kommuneCode: OWN, kind: 'MANUAL_CASES', date: '2022-05-01' } },
      );
      return { query: 'mutation($id: ID!) { withdrawOpsigelse(id: $id) }', variables: { id: recordOpsigelse.id } };
    },
    expect: OWN_KOMMUNE,
  },
  withdrawOpsigelseWithKommune: {
    prepare: async ({ db, admin }) => {
      await clearOpsigelser(db, OWN);
      const { recordOpsigelse } = await admin.data(
        'mutation($input: RecordOpsigelseInput!) { recordOpsigelse(input: $input) { id } }',
        { input: { kommuneCode: OWN, kind: 'MANUAL_CASES', date: '2022-05-01' } },
      );
      return { query: 'mutation($id: ID!) { withdrawOpsigelseWithKommune(id: $id) { id } }', variables: { id: recordOpsigelse.id } };
    },
    expect: OWN_KOMMUNE,
  },
  importOpsigelser: {
    prepare: async ({ db }) => {
      await clearOpsigelser(db, OWN);
      return {
        query: 'mutation($csv: String!) { importOpsigelser(csv: $csv) { imported } }',
        variables: { csv: `kommunekode,kind,date,note\n${OWN},KMD_SAG_AGREEMENT,2022-01-10,` },
      };
    },
    expect: ADMIN_ONLY,
  },
  publishDrejebog: {
    prepare: async ({ admin }) => {
      const { drejebog } = await admin.data('{ drejebog { steps { id phase title type deadline description } } }');
      return {
        query: 'mutation($input: PublishDrejebogInput!) { publishDrejebog(input: $input) { id } }',
        variables: { input: { version: `9.${++counter}`, steps: drejebog.steps } },
      };
    },
    expect: ADMIN_ONLY,
  },
  createLegacySystem: {
    prepare: async () => ({
      query: 'mutation($input: CreateLegacySystemInput!) { createLegacySystem(input: $input) { id } }',
      variables: { input: { kind: 'PREREQUISITE', name: unique(), owner: 'KOMBIT', status: 'Under udfasning' } },
    }),
    expect: ADMIN_ONLY,
  },
  updateLegacySystem: {
    prepare: async ({ admin }) => ({
      query: 'mutation($input: UpdateLegacySystemInput!) { updateLegacySystem(input: $input) { id } }',
      variables: { input: { id: await aSystemId(admin), status: unique() } },
    }),
    expect: ADMIN_ONLY,
  },
  retireLegacySystem: {
    prepare: async ({ admin }) => ({
      query: 'mutation($id: ID!) { retireLegacySystem(id: $id) { id } }',
      variables: { id: await newSystemId(admin) },
    }),
    expect: ADMIN_ONLY,
  },
  addLastMover: {
    prepare: async ({ admin }) => ({
      query: 'mutation($input: LastMoverInput!) { addLastMover(input: $input) { id } }',
      variables: { input: { systemId: await aSystemId(admin), name: unique(), expectedExit: '2027-06-30' } },
    }),
    expect: ADMIN_ONLY,
  },
  updateLastMover: {
    prepare: async ({ admin }) => ({
      query: 'mutation($input: UpdateLastMoverInput!) { updateLastMover(input: $input) { id } }',
      variables: { input: { id: await newLastMoverId(admin), note: unique(), exited: true } },
    }),
    expect: ADMIN_ONLY,
  },
  removeLastMover: {
    prepare: async ({ admin }) => ({
      query: 'mutation($id: ID!) { removeLastMover(id: $id) }',
      variables: { id: await newLastMoverId(admin) },
    }),
    expect: ADMIN_ONLY,
  },
  addAlternative: {
    prepare: async ({ admin }) => ({
      query: 'mutation($input: AlternativeInput!) { addAlternative(input: $input) { id } }',
      variables: { input: { systemId: await aSystemId(admin), name: unique() } },
    }),
    expect: ADMIN_ONLY,
  },
  updateAlternative: {
    prepare: async ({ admin }) => ({
      query: 'mutation($input: UpdateAlternativeInput!) { updateAlternative(input: $input) { id } }',
      variables: { input: { id: await newAlternativeId(admin), note: unique() } },
    }),
    expect: ADMIN_ONLY,
  },
  removeAlternative: {
    prepare: async ({ admin }) => ({
      query: 'mutation($id: ID!) { removeAlternative(id: $id) }',
      variables: { id: await newAlternativeId(admin) },
    }),
    expect: ADMIN_ONLY,
  },
  addContact: {
    prepare: async () => ({
      query: 'mutation($input: AddContactInput!) { addContact(input: $input) { id } }',
      variables: { input: { kommuneCode: OWN, name: 'Kontakt', email: `${unique()}@kk.dk` } },
    }),
    expect: OWN_KOMMUNE,
  },
  updateContact: {
    prepare: async ({ admin }) => ({
      query: 'mutation($input: UpdateContactInput!) { updateContact(input: $input) { id } }',
      variables: { input: { id: await newContactId(admin), phone: '33 66 33 66' } },
    }),
    expect: OWN_KOMMUNE,
  },
  removeContact: {
    prepare: async ({ admin }) => ({
      query: 'mutation($id: ID!) { removeContact(id: $id) }',
      variables: { id: await newContactId(admin) },
    }),
    expect: OWN_KOMMUNE,
  },
  addContactRole: {
    prepare: async () => ({ query: 'mutation($name: String!) { addContactRole(name: $name) { name } }', variables: { name: unique() } }),
    expect: ADMIN_ONLY,
  },
  setContactRoleStatusMail: {
    prepare: async ({ admin }) => {
      const name = unique();
      await admin.data('mutation($name: String!) { addContactRole(name: $name) { name } }', { name });
      return {
        query: 'mutation($name: String!) { setContactRoleStatusMail(name: $name, receivesStatusMail: false) { name } }',
        variables: { name },
      };
    },
    expect: ADMIN_ONLY,
  },
  removeContactRole: {
    prepare: async ({ admin }) => {
      const name = unique();
      await admin.data('mutation($name: String!) { addContactRole(name: $name) { name } }', { name });
      return { query: 'mutation($name: String!) { removeContactRole(name: $name) }', variables: { name } };
    },
    expect: ADMIN_ONLY,
  },
  applyOpsigelseImport: {
    prepare: async ({ db }) => {
      await clearOpsigelser(db, OWN);
      return {
        query: 'mutation($f: String!, $n: String!) { applyOpsigelseImport(fileBase64: $f, fileName: $n) { created } }',
        variables: { f: Buffer.from(`Kommune;Opsigelse;Dato\n${OWN};Aftale om KMD Sag;2022-01-10\n`).toString('base64'), n: 'o.csv' },
      };
    },
    expect: ADMIN_ONLY,
  },
  applyContactImport: {
    prepare: async () => ({
      query: 'mutation($f: String!, $n: String!) { applyContactImport(fileBase64: $f, fileName: $n) { created } }',
      variables: { f: Buffer.from(`Kommune;Navn;E-mail\n${OWN};Kontakt;${unique()}@kk.dk\n`).toString('base64'), n: 'k.csv' },
    }),
    expect: ADMIN_ONLY,
  },
  applyDrejebogImport: {
    prepare: async () => ({
      query: 'mutation($f: String!, $n: String!, $v: String!) { applyDrejebogImport(fileBase64: $f, fileName: $n, version: $v) { id } }',
      variables: {
        f: Buffer.from('Fase;Titel;Type\nForberedelse;Et trin;Anbefalet\n').toString('base64'),
        n: 'd.csv',
        v: `9.${++counter}`,
      },
    }),
    expect: ADMIN_ONLY,
  },
  createWave: {
    prepare: async () => ({
      query: 'mutation($input: WaveInput!) { createWave(input: $input) { id } }',
      variables: { input: { name: unique(), goLive: '2030-01-01', windows: [] } },
    }),
    expect: ADMIN_ONLY,
  },
  updateWave: {
    prepare: async ({ admin }) => ({
      query: 'mutation($id: ID!, $input: WaveInput!) { updateWave(id: $id, input: $input) { id } }',
      variables: { id: await aWaveId(admin), input: { name: unique(), goLive: '2030-02-01', windows: [] } },
    }),
    expect: ADMIN_ONLY,
  },
  deleteWave: {
    prepare: async ({ admin }) => ({ query: 'mutation($id: ID!) { deleteWave(id: $id) }', variables: { id: await aWaveId(admin) } }),
    expect: ADMIN_ONLY,
  },
  assignWave: {
    prepare: async ({ admin }) => ({
      query: 'mutation($code: Int!, $waveId: ID) { assignWave(kommuneCode: $code, waveId: $waveId) { code } }',
      variables: { code: OWN, waveId: await aWaveId(admin) },
    }),
    expect: ADMIN_ONLY,
  },
  importWavePlan: {
    prepare: async ({ admin }) => {
      const id = await aWaveId(admin);
      const { waves } = await admin.data('{ waves { id name } }');
      const name = waves.find((w: { id: string }) => w.id === id).name;
      return { query: 'mutation($csv: String!) { importWavePlan(csv: $csv) }', variables: { csv: `kommune,bølge\n${OWN},${name}` } };
    },
    expect: ADMIN_ONLY,
  },
  sendStatusEmails: {
    prepare: async () => ({ query: 'mutation { sendStatusEmails }' }),
    expect: ADMIN_ONLY,
  },
  retryOutboxMessage: {
    prepare: async ({ db }) => {
      const [{ id }] = await db.query(
        `INSERT INTO outbox_message (idempotency_key, week, recipient, subject, text, html, message_id, state, attempts, error)
         VALUES ($1, '2026-W01', 'x@kk.dk', 'Status', 'tekst', '<p>tekst</p>', $2, 'FAILED', 3, '550 Nej') RETURNING id`,
        [unique(), `<${unique()}@udfasning>`],
      );
      return { query: 'mutation($id: ID!) { retryOutboxMessage(id: $id) { id } }', variables: { id } };
    },
    expect: ADMIN_ONLY,
  },
};

let app: TestApp;
let admin: GraphQLClient;
let mutationNames: string[];
beforeAll(async () => {
  app = await startTestApp();
  ({ client: admin } = await loggedIn(app.db, app.url, { role: Role.ADMIN }));
  const schema = await buildAppSchema();
  mutationNames = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
});
afterAll(() => app?.close());

async function clientAs(caller: Caller): Promise<GraphQLClient> {
  switch (caller) {
    case 'anonymous':
      return new GraphQLClient(app.url);
    case 'viewer':
      return (await loggedIn(app.db, app.url, { role: Role.VIEWER })).client;
    case 'ownContact':
      return (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: OWN })).client;
    case 'otherContact':
      return (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: OTHER })).client;
    case 'admin':
      return (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
  }
}

describe('authorization matrix', () => {
  it('has exactly one row per mutation in the schema', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(mutationNames);
  });

  const cases = Object.entries(MATRIX).flatMap(([mutation, row]) =>
    CALLERS.map((caller) => ({ mutation, caller, row, outcome: row.expect[caller] })),
  );

  it.each(cases)('$mutation as $caller → $outcome', async ({ caller, row, outcome }) => {
    const client = await clientAs(caller);
    const operation = await row.prepare({ db: app.db, admin });
    const before = await snapshot(app.db);
    const response = await client.request(operation.query, operation.variables ?? {});
    if (outcome === 'OK') {
      expect(response.errors).toBeUndefined();
      return;
    }
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
    expect(response.data ?? null).toBeNull();
    expect(await snapshot(app.db)).toEqual(before);
  });
});
