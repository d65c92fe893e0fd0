import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { GraphQLClient, LOGIN, logIn } from '../support/graphql-client.js';
import { createUser, loggedIn } from '../support/factories.js';
import { snapshot } from '../support/db-snapshot.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Accounts as an administrator manages them, and what other roles may do with their own.

let app: TestApp;
let admin: GraphQLClient;
let adminUser: Awaited<ReturnType<typeof loggedIn>>['user'];
beforeAll(async () => {
  app = await startTestApp();
  ({ client: admin, user: adminUser } = await loggedIn(app.db, app.url, { role: Role.ADMIN }));
});
afterAll(() => app?.close());

const CREATE = `mutation Create($input: CreateUserInput!) {
  createUser(input: $input) { id email name role active kommune { code name } }
}`;
const UPDATE = `mutation Update($input: UpdateUserInput!) { updateUser(input: $input) { id role kommune { code } name } }`;

let n = 0;
function contactInput(overrides: Record<string, unknown> = {}) {
  n += 1;
  return { email: `Kontakt${n}@Aarhus.dk`, name: 'Kontakt Person', role: 'KOMMUNE_CONTACT', kommuneCode: 751, password: 'a-long-enough-password', ...overrides };
}

describe('createUser', () => {
  it('creates an account that can log in, with its kommune, audited with the acting admin', async () => {
    const input = contactInput();
    const { createUser: created } = await admin.data(CREATE, { input });
    expect(created).toMatchObject({ email: input.email.toLowerCase(), role: 'KOMMUNE_CONTACT', active: true, kommune: { code: 751, name: 'Aarhus' } });

    const browser = await logIn(app.url, input.email, input.password);
    expect((await browser.data('{ me { id } }')).me.id).toBe(created.id);

    const [event] = await app.db.query(
      `SELECT user_id, action, kommune_code, after FROM audit_event WHERE entity_id = $1 AND action = 'user.create'`,
      [created.id],
    );
    expect(event).toMatchObject({ user_id: adminUser.id, kommune_code: 751 });
    expect(JSON.stringify(event.after)).not.toMatch(/argon2|password/i);
  });

  it.each([
    ['an invalid e-mail', { email: 'not-an-email' }],
    ['a password under 12 characters', { password: 'short-11chr' }],
    ['a contact without kommune', { kommuneCode: null }],
    ['a contact with an unknown kommune', { kommuneCode: 999 }],
    ['a viewer with a kommune', { role: 'VIEWER', kommuneCode: 101 }],
    ['an admin with a kommune', { role: 'ADMIN', kommuneCode: 101 }],
    ['an empty name', { name: '   ' }],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_label, overrides) => {
    const before = await snapshot(app.db);
    expect(await admin.errorCode(CREATE, { input: contactInput(overrides) })).toBe('BAD_USER_INPUT');
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('refuses a second account with the same e-mail, whatever its case, as CONFLICT', async () => {
    const input = contactInput();
    await admin.data(CREATE, { input });
    const before = await snapshot(app.db);
    expect(await admin.errorCode(CREATE, { input: { ...input, email: input.email.toUpperCase() } })).toBe('CONFLICT');
    expect(await snapshot(app.db)).toEqual(before);
  });
});

describe('updateUser, deactivateUser, reactivateUser', () => {
  it('moves a contact to another kommune and makes a viewer of them, clearing the kommune', async () => {
    const { createUser: user } = await admin.data(CREATE, { input: contactInput() });
    expect((await admin.data(UPDATE, { input: { id: user.id, kommuneCode: 101 } })).updateUser.kommune).toEqual({ code: 101 });
    expect((await admin.data(UPDATE, { input: { id: user.id, role: 'VIEWER' } })).updateUser).toMatchObject({ role: 'VIEWER', kommune: null });
    expect(await admin.errorCode(UPDATE, { input: { id: user.id, role: 'KOMMUNE_CONTACT' } })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', name: 'X' } })).toBe('NOT_FOUND');
    const actions = await app.db.query(`SELECT action, user_id FROM audit_event WHERE entity_id = $1 ORDER BY id`, [user.id]);
    expect(actions.map((a: any) => a.action)).toEqual(['user.create', 'user.update', 'user.update']);
  });

  it('never leaves the system without an active administrator', async () => {
    // Fresh database state for this rule: the bootstrap admin and the test's admin are the only admins.
    await app.db.query(`UPDATE app_user SET active = false WHERE role = 'ADMIN' AND id <> $1`, [adminUser.id]);
    const before = await snapshot(app.db);
    expect(await admin.errorCode('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: adminUser.id })).toBe('CONFLICT');
    expect(await admin.errorCode(UPDATE, { input: { id: adminUser.id, role: 'VIEWER' } })).toBe('CONFLICT');
    expect(await snapshot(app.db)).toEqual(before);

    const { createUser: second } = await admin.data(CREATE, { input: contactInput({ role: 'ADMIN', kommuneCode: null }) });
    expect((await admin.data(UPDATE, { input: { id: second.id, role: 'VIEWER' } })).updateUser.role).toBe('VIEWER');
  });

  it('reactivates an account, which can then log in again', async () => {
    const input = contactInput();
    const { createUser: user } = await admin.data(CREATE, { input });
    await admin.data('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: user.id });
    expect(await new GraphQLClient(app.url).errorCode(LOGIN, { email: input.email, password: input.password })).toBe('FORBIDDEN');
    expect((await admin.data('mutation($id: ID!) { reactivateUser(id: $id) { active } }', { id: user.id })).reactivateUser.active).toBe(true);
    await logIn(app.url, input.email, input.password);
  });

  it('lists every account for an administrator only', async () => {
    const { users } = await admin.data('{ users { email role active } }');
    expect(users.length).toBeGreaterThanOrEqual(2);
    expect(users.map((u: any) => u.email)).toContain(adminUser.email);
    const { client: viewer } = await loggedIn(app.db, app.url, { role: Role.VIEWER });
    expect(await viewer.errorCode('{ users { email } }')).toBe('FORBIDDEN');
  });
});

describe('passwords', () => {
  it('lets an administrator reset a password, ending the user\'s sessions', async () => {
    const { user, client } = await loggedIn(app.db, app.url, { role: Role.VIEWER });
    await admin.data('mutation($id: ID!, $p: String!) { resetUserPassword(id: $id, newPassword: $p) { id } }', {
      id: user.id,
      p: 'brand-new-password-1',
    });
    expect(await client.errorCode('{ me { id } }')).toBe('UNAUTHENTICATED');
    expect(await new GraphQLClient(app.url).errorCode(LOGIN, { email: user.email, password: user.password })).toBe('UNAUTHENTICATED');
    await logIn(app.url, user.email, 'brand-new-password-1');
  });

  it('lets any user change their own password with the current one; other sessions end', async () => {
    const user = await createUser(app.db, { role: Role.VIEWER });
    const laptop = await logIn(app.url, user.email, user.password);
    const phone = await logIn(app.url, user.email, user.password);
    const CHANGE = 'mutation($c: String!, $p: String!) { changeOwnPassword(currentPassword: $c, newPassword: $p) { id } }';

    expect(await laptop.errorCode(CHANGE, { c: 'wrong-current-password', p: 'my-new-password-1' })).toBe('BAD_USER_INPUT');
    expect(await laptop.errorCode(CHANGE, { c: user.password, p: 'too-short' })).toBe('BAD_USER_INPUT');
    await laptop.data(CHANGE, { c: user.password, p: 'my-new-password-1' });

    expect(await laptop.errorCode('{ me { id } }')).toBeUndefined();
    expect(await phone.errorCode('{ me { id } }')).toBe('UNAUTHENTICATED');
    await logIn(app.url, user.email, 'my-new-password-1');
    const events = await app.db.query(`SELECT user_id FROM audit_event WHERE action = 'user.change_password' AND entity_id = $1`, [user.id]);
    expect(events).toEqual([{ user_id: user.id }]);
  });
});
