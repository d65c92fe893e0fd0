import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import type { GraphQLClient } from '../support/graphql-client.js';
import { snapshot } from '../support/db-snapshot.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Every mutation fed bad input: each answer carries the right code and a short human message
// (no SQL, no stack), and afterwards the database holds exactly what it held before.

let app: TestApp;
let admin: GraphQLClient;
let contact: GraphQLClient;
let itemId: string;
let stepId: string;
let systemId: string;
let moverId: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
  contact = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101 })).client;
  const { kommune, drejebog, legacySystems } = await admin.data<any>(
    '{ kommune(code: 101) { checklist { id } } drejebog { steps { id } } legacySystems { id name lastMovers { id } } }',
  );
  itemId = kommune.checklist[0].id;
  stepId = drejebog.steps[0].id;
  const pData = legacySystems.find((s: any) => s.name === 'P-data');
  systemId = pData.id;
  moverId = pData.lastMovers[0].id;
});
afterAll(() => app?.close());

const BAD_TEXTS = ['', '   ', 'x'.repeat(201), 'nul\u0000tegn'];
const LONG_NOTE = 'ø'.repeat(2001);
const BAD_DATES = ['2022-02-30', '2022-13-01', '01-02-2022', 'i morgen', '', '2022-1-1', 20220101, '0000-01-01'];
const BAD_IDS = ['', 'abc', "' OR 1=1 --", '00000000-0000-0000-0000-000000000000', '123e4567-e89b-12d3-a456-42661417400Z'];

type Case = { who: 'admin' | 'contact'; query: string; variables?: Record<string, unknown>; code: string };

function corpus(): Case[] {
  const cases: Case[] = [];
  const upd = 'mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { id } }';
  const rec = 'mutation($input: RecordOpsigelseInput!) { recordOpsigelse(input: $input) { id } }';
  const pub = 'mutation($input: PublishDrejebogInput!) { publishDrejebog(input: $input) { id } }';
  const addMover = 'mutation($input: LastMoverInput!) { addLastMover(input: $input) { id } }';
  const updMover = 'mutation($input: UpdateLastMoverInput!) { updateLastMover(input: $input) { id } }';
  const addContact = 'mutation($input: AddContactInput!) { addContact(input: $input) { id } }';
  const createSystem = 'mutation($input: CreateLegacySystemInput!) { createLegacySystem(input: $input) { id } }';

  for (const id of BAD_IDS) {
    cases.push({ who: 'contact', query: upd, variables: { input: { id, status: 'DONE', expectedVersion: 1 } }, code: 'NOT_FOUND' });
    cases.push({ who: 'admin', query: 'mutation($id: ID!) { withdrawOpsigelse(id: $id) }', variables: { id }, code: 'NOT_FOUND' });
    cases.push({ who: 'admin', query: 'mutation($id: ID!) { withdrawOpsigelseWithKommune(id: $id) { id } }', variables: { id }, code: 'NOT_FOUND' });
    cases.push({ who: 'admin', query: updMover, variables: { input: { id, exited: true } }, code: 'NOT_FOUND' });
    cases.push({ who: 'admin', query: 'mutation($id: ID!) { removeContact(id: $id) }', variables: { id }, code: 'NOT_FOUND' });
    cases.push({ who: 'admin', query: 'mutation($id: ID!) { retireLegacySystem(id: $id) { id } }', variables: { id }, code: 'NOT_FOUND' });
  }
  for (const status of ['done', 'FINISHED', '', 1]) {
    cases.push({ who: 'contact', query: upd, variables: { input: { id: itemId, status, expectedVersion: 1 } }, code: 'BAD_USER_INPUT' });
  }
  cases.push({ who: 'contact', query: upd, variables: { input: { id: itemId, status: 'DONE', note: LONG_NOTE, expectedVersion: 1 } }, code: 'BAD_USER_INPUT' });
  cases.push({ who: 'contact', query: upd, variables: { input: { id: itemId, status: 'DONE', expectedVersion: 'one' } }, code: 'BAD_USER_INPUT' });
  cases.push({ who: 'contact', query: upd, variables: { input: { id: itemId, status: 'DONE', expectedVersion: 99 } }, code: 'CONFLICT' });
  cases.push({ who: 'contact', query: `mutation { updateChecklistItem(input: { id: "${itemId}", status: DONE, expectedVersion: "1" }) { id } }`, code: 'BAD_USER_INPUT' });
  for (const responsible of BAD_TEXTS.slice(2)) {
    cases.push({ who: 'contact', query: upd, variables: { input: { id: itemId, status: 'DONE', responsible, expectedVersion: 1 } }, code: 'BAD_USER_INPUT' });
  }
  for (const date of [...BAD_DATES, '2014-12-31', '2999-01-01']) {
    cases.push({ who: 'contact', query: rec, variables: { input: { kommuneCode: 101, kind: 'MANUAL_CASES', date } }, code: 'BAD_USER_INPUT' });
  }
  for (const kind of ['manual_cases', 'BOTH', '']) {
    cases.push({ who: 'contact', query: rec, variables: { input: { kommuneCode: 101, kind, date: '2022-01-01' } }, code: 'BAD_USER_INPUT' });
  }
  cases.push({ who: 'contact', query: rec, variables: { input: { kommuneCode: 101, kind: 'MANUAL_CASES', date: '2022-01-01', note: LONG_NOTE } }, code: 'BAD_USER_INPUT' });
  for (const kommuneCode of [0, 999, 100000, -5]) {
    cases.push({ who: 'admin', query: rec, variables: { input: { kommuneCode, kind: 'MANUAL_CASES', date: '2022-01-01' } }, code: 'NOT_FOUND' });
  }
  cases.push({ who: 'admin', query: rec, variables: { input: { kommuneCode: 3000000000, kind: 'MANUAL_CASES', date: '2022-01-01' } }, code: 'BAD_USER_INPUT' });
  cases.push({ who: 'admin', query: rec, variables: { input: { kommuneCode: '101', kind: 'MANUAL_CASES', date: '2022-01-01' } }, code: 'BAD_USER_INPUT' });
  const step = { phase: 'Fase', title: 'Titel', type: 'MANDATORY' };
  for (const title of BAD_TEXTS) {
    cases.push({ who: 'admin', query: pub, variables: { input: { version: 'v9', steps: [{ ...step, title }] } }, code: 'BAD_USER_INPUT' });
    cases.push({ who: 'admin', query: pub, variables: { input: { version: 'v9', steps: [{ ...step, phase: title }] } }, code: 'BAD_USER_INPUT' });
  }
  for (const deadline of BAD_DATES) {
    cases.push({ who: 'admin', query: pub, variables: { input: { version: 'v9', steps: [{ ...step, deadline }] } }, code: 'BAD_USER_INPUT' });
  }
  cases.push({ who: 'admin', query: pub, variables: { input: { version: 'v9', steps: [{ ...step, type: 'CRITICAL' }] } }, code: 'BAD_USER_INPUT' });
  cases.push({ who: 'admin', query: pub, variables: { input: { version: 'v9', steps: [{ ...step, id: stepId }, { ...step, id: stepId }] } }, code: 'BAD_USER_INPUT' });
  cases.push({ who: 'admin', query: pub, variables: { input: { version: 'Eksempel', steps: [step] } }, code: 'CONFLICT' });
  for (const id of BAD_IDS) {
    cases.push({ who: 'admin', query: pub, variables: { input: { version: 'v9', steps: [{ ...step, id }] } }, code: 'NOT_FOUND' });
  }
  for (const name of BAD_TEXTS) {
    cases.push({ who: 'admin', query: addMover, variables: { input: { systemId, name } }, code: 'BAD_USER_INPUT' });
    cases.push({ who: 'admin', query: updMover, variables: { input: { id: moverId, name } }, code: 'BAD_USER_INPUT' });
    cases.push({ who: 'contact', query: addContact, variables: { input: { name, email: 'a@b.dk' } }, code: 'BAD_USER_INPUT' });
    cases.push({ who: 'admin', query: createSystem, variables: { input: { name, kind: 'PREREQUISITE', owner: 'KOMBIT', status: 'x' } }, code: 'BAD_USER_INPUT' });
  }
  for (const expectedExit of BAD_DATES) {
    cases.push({ who: 'admin', query: addMover, variables: { input: { systemId, name: 'KY', expectedExit } }, code: 'BAD_USER_INPUT' });
  }
  cases.push({ who: 'admin', query: addMover, variables: { input: { systemId, name: 'KY', note: LONG_NOTE } }, code: 'BAD_USER_INPUT' });
  cases.push({ who: 'admin', query: addMover, variables: { input: { systemId, name: 'KY', exited: 'yes' } }, code: 'BAD_USER_INPUT' });
  cases.push({ who: 'contact', query: addContact, variables: { input: { name: 'A', email: '<script>@x' } }, code: 'BAD_USER_INPUT' });
  cases.push({ who: 'admin', query: 'mutation($csv: String!) { importOpsigelser(csv: $csv) { imported } }', variables: { csv: '101,MANUAL_CASES,2022-01-01,\n102,MANUAL_CASES,2022-01-01,' }, code: 'BAD_USER_INPUT' });
  // Role and scope.
  cases.push({ who: 'contact', query: pub, variables: { input: { version: 'v9', steps: [step] } }, code: 'FORBIDDEN' });
  cases.push({ who: 'contact', query: rec, variables: { input: { kommuneCode: 147, kind: 'MANUAL_CASES', date: '2022-01-01' } }, code: 'FORBIDDEN' });
  cases.push({ who: 'contact', query: addContact, variables: { input: { kommuneCode: 147, name: 'A', email: 'a@b.dk' } }, code: 'FORBIDDEN' });
  return cases;
}

describe('a corpus of bad inputs', () => {
  it('answers a kommunekode out of any range with null, like an unknown one, next to a real one', async () => {
    const result = await admin.request('{ a: kommune(code: 40000) { name } b: kommune(code: 101) { name } c: kommune(code: -3) { name } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: null, b: { name: 'København' }, c: null });
  });

  it('answers each with the right code and a clean message, and stores nothing', async () => {
    const before = await snapshot(app.db);
    const failures: string[] = [];
    for (const c of corpus()) {
      const client = c.who === 'admin' ? admin : contact;
      const result = await client.request(c.query, c.variables ?? {});
      const error = result.errors?.[0];
      const label = `${c.query.slice(9, 40)} ${JSON.stringify(c.variables ?? {}).slice(0, 90)}`;
      if (error?.extensions?.code !== c.code) failures.push(`${label}: got ${error?.extensions?.code ?? 'success'}, want ${c.code}`);
      else if (/SELECT|INSERT|UPDATE |violates|constraint|relation "|\bat .*\.(js|ts):/i.test(error.message) || error.message.length > 400) {
        failures.push(`${label}: message leaks internals: ${error.message}`);
      }
      if (error?.extensions?.stacktrace || error?.extensions?.exception) failures.push(`${label}: stack trace in the answer`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot(app.db)).toEqual(before);
  });
});
