import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { snapshot } from '../support/db-snapshot.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: GraphQLClient;
let aarhus: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
  aarhus = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 751 })).client;
});
afterAll(() => app?.close());

const ROLES = '{ contactRoles { name sortOrder receivesStatusMail } }';
const ADD = 'mutation($input: AddContactInput!) { addContact(input: $input) { id name role } }';
const UPDATE = 'mutation($input: UpdateContactInput!) { updateContact(input: $input) { id role } }';

describe('the rollegalleri', () => {
  it('starts with the roles of the seeds, all receiving the weekly status mail', async () => {
    const { contactRoles } = await aarhus.data<any>(ROLES);
    expect(contactRoles.map((r: any) => r.name)).toEqual([
      'KMD Sag udfasnings-kontaktperson',
      'Plus one (udfasning)',
      'Projektleder',
      'KLIK-administrator',
      'Organisationsadministrator',
    ]);
    expect(contactRoles.every((r: any) => r.receivesStatusMail)).toBe(true);
  });

  it("gives a contact person a role from the list, shown on the kommune's page and in Overblik's missing list", async () => {
    const { addContact } = await aarhus.data<any>(ADD, { input: { name: 'Anne Holm', email: 'anne@aarhus.dk', role: 'projektleder' } });
    expect(addContact.role).toBe('Projektleder');
    const { kommune, dashboard } = await aarhus.data<any>(
      '{ kommune(code: 751) { contacts { name role } } dashboard { notTerminated(kind: KMD_SAG_AGREEMENT) { code contacts { name role } } } }',
    );
    expect(kommune.contacts).toEqual([{ name: 'Anne Holm', role: 'Projektleder' }]);
    expect(dashboard.notTerminated.find((k: any) => k.code === 751).contacts).toEqual([{ name: 'Anne Holm', role: 'Projektleder' }]);
    const cleared = await aarhus.data<any>(UPDATE, { input: { id: addContact.id, role: null } });
    expect(cleared.updateContact.role).toBeNull();
  });

  it('refuses a role that is not on the list, naming the list, and stores nothing', async () => {
    const before = await snapshot(app.db);
    const result = await aarhus.request(ADD, { input: { name: 'Bo Borg', email: 'bo@aarhus.dk', role: 'Borgmester' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('Rollen "Borgmester" er ikke på listen');
    expect(result.errors?.[0]?.message).toContain('Projektleder');
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('lets KOMBIT keep the list: add, limit the status mail, remove an unused role; audited', async () => {
    const { addContactRole } = await admin.data<any>('mutation { addContactRole(name: "Økonomichef") { name sortOrder receivesStatusMail } }');
    expect(addContactRole).toEqual({ name: 'Økonomichef', sortOrder: 6, receivesStatusMail: true });
    expect(await admin.errorCode('mutation { addContactRole(name: "økonomichef") { name } }')).toBe('CONFLICT');
    const { setContactRoleStatusMail } = await admin.data<any>(
      'mutation { setContactRoleStatusMail(name: "Økonomichef", receivesStatusMail: false) { receivesStatusMail } }',
    );
    expect(setContactRoleStatusMail.receivesStatusMail).toBe(false);
    expect(await admin.data('mutation { removeContactRole(name: "Økonomichef") }')).toEqual({ removeContactRole: true });
    const actions = (await app.db.query(`SELECT action FROM audit_event WHERE entity_type = 'ContactRole' ORDER BY id`)).map((r: any) => r.action);
    expect(actions).toEqual(['contact-role.add', 'contact-role.update', 'contact-role.remove']);
  });

  it('keeps a role while a contact person has it, and the list is KOMBIT\'s alone', async () => {
    await aarhus.data(ADD, { input: { name: 'Kim Plus', email: 'kim@aarhus.dk', role: 'Plus one (udfasning)' } });
    const result = await admin.request('mutation { removeContactRole(name: "Plus one (udfasning)") }');
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toContain('bruges af 1 kontaktperson');
    expect(await aarhus.errorCode('mutation { addContactRole(name: "Kaffeansvarlig") { name } }')).toBe('FORBIDDEN');
    expect(await aarhus.errorCode('mutation { setContactRoleStatusMail(name: "Projektleder", receivesStatusMail: false) { name } }')).toBe('FORBIDDEN');
    expect((await aarhus.data<any>(ROLES)).contactRoles).toHaveLength(5);
  });
});
