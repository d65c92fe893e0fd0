import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: GraphQLClient;
let adminId: string;
let aalborg: GraphQLClient;
let aalborgId: string;
let viewer: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  ({ client: admin, user: { id: adminId } } = await loggedIn(app.db, app.url, { role: Role.ADMIN }));
  ({ client: aalborg, user: { id: aalborgId } } = await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 851 }));
  viewer = (await loggedIn(app.db, app.url, { role: Role.VIEWER })).client;
});
afterAll(() => app?.close());

const ADD = 'mutation($input: AddContactInput!) { addContact(input: $input) { id name email phone kommune { code } } }';
const EDIT = 'mutation($input: UpdateContactInput!) { updateContact(input: $input) { id name email phone } }';
const REMOVE = 'mutation($id: ID!) { removeContact(id: $id) }';
const AUDIT = `query($filter: AuditFilter, $offset: Int, $limit: Int) { auditEvents(filter: $filter, offset: $offset, limit: $limit) {
  total items { id at userEmail action entityType entityId kommuneCode before after } } }`;

async function contactsOf(code: number) {
  const { kommune } = await viewer.data<any>('query($c: Int!) { kommune(code: $c) { contacts { id name email phone } } }', { c: code });
  return kommune.contacts;
}

describe("a kommune's contact persons", () => {
  it('lets an exit contact add, edit and remove contacts of its own kommune only', async () => {
    const name = `Søren "Sørensen" O'Neil <b>🙂</b>`;
    const { addContact } = await aalborg.data<any>(ADD, { input: { name, email: 'soren@aalborg.dk', phone: '+45 99 31 31 31' } });
    expect(addContact).toMatchObject({ name, email: 'soren@aalborg.dk', phone: '+45 99 31 31 31', kommune: { code: 851 } });
    expect(await contactsOf(851)).toEqual([{ id: addContact.id, name, email: 'soren@aalborg.dk', phone: '+45 99 31 31 31' }]);

    // Naming another kommune, or touching another kommune's contact, is refused.
    expect(await aalborg.errorCode(ADD, { input: { kommuneCode: 101, name: 'X', email: 'x@kk.dk' } })).toBe('FORBIDDEN');
    const { addContact: kk } = await admin.data<any>(ADD, { input: { kommuneCode: 101, name: 'Karen København', email: 'karen@kk.dk' } });
    expect(await aalborg.errorCode(EDIT, { input: { id: kk.id, name: 'Overtaget' } })).toBe('FORBIDDEN');
    expect(await aalborg.errorCode(REMOVE, { id: kk.id })).toBe('FORBIDDEN');
    expect(await viewer.errorCode(ADD, { input: { kommuneCode: 101, name: 'X', email: 'x@kk.dk' } })).toBe('FORBIDDEN');
    expect(await contactsOf(101)).toEqual([{ id: kk.id, name: 'Karen København', email: 'karen@kk.dk', phone: null }]);

    const { updateContact } = await aalborg.data<any>(EDIT, { input: { id: addContact.id, phone: null, email: 'ny@aalborg.dk' } });
    expect(updateContact).toEqual({ id: addContact.id, name, email: 'ny@aalborg.dk', phone: null });
    expect((await aalborg.data<any>(REMOVE, { id: addContact.id })).removeContact).toBe(true);
    expect(await contactsOf(851)).toEqual([]);
  });

  it('refuses bad contact data, storing nothing', async () => {
    const [{ count: before }] = await app.db.query('SELECT count(*)::int AS count FROM contact_person');
    const cases: [string, Record<string, unknown>, string][] = [
      [ADD, { input: { name: '', email: 'a@b.dk' } }, 'BAD_USER_INPUT'],
      [ADD, { input: { name: 'x'.repeat(201), email: 'a@b.dk' } }, 'BAD_USER_INPUT'],
      [ADD, { input: { name: 'Anna', email: 'ikke-en-mail' } }, 'BAD_USER_INPUT'],
      [ADD, { input: { name: 'Anna', email: 'a@b.dk', phone: '<script>' } }, 'BAD_USER_INPUT'],
      [ADD, { input: { name: 'Anna', email: 'a@b.dk', phone: '1'.repeat(51) } }, 'BAD_USER_INPUT'],
      [ADD, { input: { kommuneCode: 999, name: 'Anna', email: 'a@b.dk' } }, 'NOT_FOUND'],
      [EDIT, { input: { id: 'nope', name: 'Anna' } }, 'NOT_FOUND'],
      [REMOVE, { id: '00000000-0000-0000-0000-000000000000' }, 'NOT_FOUND'],
    ];
    for (const [query, variables, code] of cases) {
      expect(await aalborg.errorCode(query, variables), JSON.stringify(variables).slice(0, 80)).toBe(code);
    }
    expect(await admin.errorCode(ADD, { input: { name: 'Uden kommune', email: 'a@b.dk' } })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(ADD, { input: { kommuneCode: 99999, name: 'Anna', email: 'a@b.dk' } })).toBe('NOT_FOUND');
    const [{ count: after }] = await app.db.query('SELECT count(*)::int AS count FROM contact_person');
    expect(after).toBe(before);
  });
});

describe('the audit trail', () => {
  it('is readable by every logged-in user and filters by kommune, entity, user and time, paged with a total', async () => {
    const { total: all } = (await admin.data<any>(AUDIT)).auditEvents;
    expect(all).toBeGreaterThanOrEqual(6);

    const byKommune = (await viewer.data<any>(AUDIT, { filter: { kommuneCode: 851 } })).auditEvents;
    expect(byKommune.total).toBe(3);
    expect(byKommune.items.map((e: any) => e.action)).toEqual(['contact.remove', 'contact.update', 'contact.add']);
    expect(byKommune.items[1]).toMatchObject({
      entityType: 'Contact',
      kommuneCode: 851,
      before: { email: 'soren@aalborg.dk', phone: '+45 99 31 31 31' },
      after: { email: 'ny@aalborg.dk', phone: null },
    });

    const byUser = (await viewer.data<any>(AUDIT, { filter: { userId: adminId } })).auditEvents;
    expect(byUser.total).toBe(1);
    expect(byUser.items[0]).toMatchObject({ action: 'contact.add', kommuneCode: 101 });
    const { auditEvents: withIds } = await viewer.data<any>('{ auditEvents(filter: { kommuneCode: 101 }) { items { userId } } }');
    expect(withIds.items).toEqual([{ userId: adminId }]);
    expect((await viewer.data<any>(AUDIT, { filter: { userId: aalborgId, entityType: 'Contact' } })).auditEvents.total).toBe(3);
    expect((await viewer.data<any>(AUDIT, { filter: { entityType: 'Opsigelse' } })).auditEvents.total).toBe(0);

    const page1 = (await viewer.data<any>(AUDIT, { filter: { entityType: 'Contact' }, limit: 2 })).auditEvents;
    const page2 = (await viewer.data<any>(AUDIT, { filter: { entityType: 'Contact' }, limit: 2, offset: 2 })).auditEvents;
    expect(page1.total).toBe(4);
    expect(page1.items).toHaveLength(2);
    expect(page2.items).toHaveLength(2);
    expect(new Set([...page1.items, ...page2.items].map((e: any) => e.id)).size).toBe(4);

    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await viewer.data<any>(AUDIT, { filter: { from: future } })).auditEvents).toEqual({ total: 0, items: [] });
    const past = new Date(Date.now() - 3_600_000).toISOString();
    expect((await viewer.data<any>(AUDIT, { filter: { from: past, to: future, kommuneCode: 851 } })).auditEvents.total).toBe(3);
  });

  it('rejects bad paging and filters and needs a login', async () => {
    expect(await viewer.errorCode(AUDIT, { limit: 0 })).toBe('BAD_USER_INPUT');
    expect(await viewer.errorCode(AUDIT, { limit: 201 })).toBe('BAD_USER_INPUT');
    expect(await viewer.errorCode(AUDIT, { offset: -1 })).toBe('BAD_USER_INPUT');
    expect(await viewer.errorCode(AUDIT, { filter: { from: 'i går' } })).toBe('BAD_USER_INPUT');
    expect(await viewer.errorCode(AUDIT, { filter: { userId: 'admin' } })).toBe('NOT_FOUND');
    expect(await viewer.errorCode(AUDIT, { filter: { userId: '00000000-0000-0000-0000-000000000000' } })).toBe('NOT_FOUND');
    expect(await viewer.errorCode(AUDIT, { filter: { kommuneCode: 999 } })).toBe('NOT_FOUND');
    expect(await viewer.errorCode(AUDIT, { filter: { kommuneCode: 70000 } })).toBe('NOT_FOUND');
    expect(await viewer.errorCode(AUDIT, { filter: { from: '2024-01-02T00:00:00Z', to: '2024-01-01T00:00:00Z' } })).toBe('BAD_USER_INPUT');
    expect(await new GraphQLClient(app.url).errorCode(AUDIT)).toBe('UNAUTHENTICATED');
  });
});
