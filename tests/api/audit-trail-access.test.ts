import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { GraphQLClient, logIn } from '../support/graphql-client.js';
import { createUser, loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The audit trail shows every role the history of kommune data with who did it by name; accounts,
// logins and e-mail addresses are for administrators. Pages are reached by cursor and the count stops.

let app: TestApp;
let admin: GraphQLClient;
let viewer: GraphQLClient;
let contact: GraphQLClient;

const PAGE = `query($filter: AuditFilter, $cursor: String, $limit: Int, $offset: Int) {
  auditEvents(filter: $filter, cursor: $cursor, limit: $limit, offset: $offset) {
    total totalCapped nextCursor items { id action entityType userName userEmail before after }
  }
}`;

beforeAll(async () => {
  app = await startTestApp();
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN, name: 'Anna Admin' })).client;
  viewer = (await loggedIn(app.db, app.url, { role: Role.VIEWER })).client;
  contact = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101, name: 'Karen Kontakt' })).client;
  // An account event and a login (ADMIN only), and a change of kommune data (everyone).
  await admin.data('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: { email: 'hemmelig@kommune.dk', name: 'Ny Bruger', role: 'VIEWER', password: 'a-long-enough-password' },
  });
  await logIn(app.url, 'hemmelig@kommune.dk', 'a-long-enough-password');
  await contact.data('mutation { addContact(input: { name: "Ole", email: "ole@kk.dk" }) { id } }');
});
afterAll(() => app?.close());

describe('who sees what in the audit trail', () => {
  it('shows viewers and contacts the kommune data with the actor by name, never accounts, logins or e-mails', async () => {
    for (const client of [viewer, contact]) {
      const { items } = (await client.data<any>(PAGE)).auditEvents;
      expect(items.map((e: any) => e.entityType)).not.toContain('User');
      expect(items.map((e: any) => e.action)).not.toContain('session.login');
      expect(JSON.stringify(items)).not.toContain('hemmelig@kommune.dk');
      expect(items.every((e: any) => e.userEmail === null)).toBe(true);
      expect(items.find((e: any) => e.action === 'contact.add')).toMatchObject({ userName: 'Karen Kontakt', after: { email: 'ole@kk.dk' } });
      // Asking for account events by name gives nothing either.
      expect((await client.data<any>(PAGE, { filter: { entityType: 'User' } })).auditEvents).toMatchObject({ total: 0, items: [] });
    }
  });

  it('shows an administrator every change, e-mail addresses included', async () => {
    const { items } = (await admin.data<any>(PAGE)).auditEvents;
    expect(items.map((e: any) => e.action)).toEqual(expect.arrayContaining(['user.create', 'contact.add']));
    expect(items.find((e: any) => e.action === 'user.create')).toMatchObject({ userName: 'Anna Admin', after: { email: 'hemmelig@kommune.dk' } });
    expect(items.find((e: any) => e.action === 'contact.add').userEmail).toMatch(/@example\.dk$/);
  });
});

describe('logins and logouts: only in the account filter', () => {
  const ACCOUNT = `query($filter: AuditFilter) { auditEvents(filter: $filter, limit: 100) { total items { action userName summary } } }`;
  let bo: { id: string };

  beforeAll(async () => {
    // A contact in Aarhus logs in and out: the events carry her kommune, as every event of hers does.
    const user = await createUser(app.db, { role: Role.KOMMUNE_CONTACT, kommuneCode: 751, name: 'Bo Bruger' });
    bo = user;
    const session = await logIn(app.url, user.email, user.password);
    await session.data('mutation { logout }');
  });

  it('leaves them out of the log and out of a kommune history, also for an administrator', async () => {
    for (const filter of [null, { kommuneCode: 751 }, { entityType: 'User' }, { userId: bo.id }]) {
      const { items } = (await admin.data<any>(ACCOUNT, { filter })).auditEvents;
      expect(items.map((e: any) => e.action).filter((a: string) => a.startsWith('session.')), JSON.stringify(filter)).toEqual([]);
    }
  });

  it("shows an administrator everyone's logins and logouts, or one account's", async () => {
    const all = (await admin.data<any>(ACCOUNT, { filter: { logins: true } })).auditEvents;
    expect(all.items.every((e: any) => e.action.startsWith('session.'))).toBe(true);
    expect(all.items.map((e: any) => e.userName)).toEqual(expect.arrayContaining(['Ny Bruger', 'Bo Bruger']));

    const mine = (await admin.data<any>(ACCOUNT, { filter: { logins: true, userId: bo.id } })).auditEvents;
    expect(mine.total).toBe(2);
    expect(mine.items.map((e: any) => e.summary)).toEqual(['Bo Bruger loggede ud.', 'Bo Bruger loggede ind.']);
  });

  it('refuses them to anyone but an administrator, and together with a kommune, with a reason', async () => {
    for (const client of [viewer, contact]) {
      const response = await client.request<any>(ACCOUNT, { filter: { logins: true } });
      expect(response.errors?.[0]).toMatchObject({
        message: 'Kun administratorer kan se, hvem der har logget ind og ud.',
        extensions: { code: 'FORBIDDEN' },
      });
      expect(response.data).toBeNull();
    }
    const response = await admin.request<any>(ACCOUNT, { filter: { logins: true, kommuneCode: 751 } });
    expect(response.errors?.[0]).toMatchObject({
      message: 'Log ind og ud hører til en brugers konto, ikke til en kommune: vælg en bruger i stedet.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('paging the audit trail', () => {
  it('walks every event once, newest first, by cursor, also through events with the same timestamp', async () => {
    // 25 events in one instant (one transaction's now()), and 5 older ones.
    await app.db.query(`INSERT INTO audit_event (at, action, entity_type, entity_id, kommune_code)
      SELECT now(), 'checklist.update', 'ChecklistItem', 'paging-' || i, 147 FROM generate_series(1, 25) i`);
    await app.db.query(`INSERT INTO audit_event (at, action, entity_type, entity_id, kommune_code)
      SELECT now() - interval '1 day' - i * interval '1 microsecond', 'checklist.update', 'ChecklistItem', 'old-' || i, 147
        FROM generate_series(1, 5) i`);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: any = (await viewer.data<any>(PAGE, { filter: { kommuneCode: 147 }, limit: 7, cursor })).auditEvents;
      expect(page.total).toBe(30);
      seen.push(...page.items.map((e: any) => e.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(30);
    const [{ ids }] = await app.db.query(
      `SELECT array_agg(id::text ORDER BY at DESC, id DESC) AS ids FROM audit_event WHERE kommune_code = 147`,
    );
    expect(seen).toEqual(ids);
  });

  it('stops counting at 10,000 and says so', async () => {
    await app.db.query(`INSERT INTO audit_event (action, entity_type, kommune_code)
      SELECT 'checklist.update', 'ChecklistItem', 151 FROM generate_series(1, 10050)`);
    const page = (await viewer.data<any>(PAGE, { filter: { kommuneCode: 151 }, limit: 1 })).auditEvents;
    expect(page).toMatchObject({ total: 10000, totalCapped: true });
    expect(page.nextCursor).toEqual(expect.any(String));
    const few = (await viewer.data<any>(PAGE, { filter: { kommuneCode: 147 }, limit: 1 })).auditEvents;
    expect(few).toMatchObject({ total: 30, totalCapped: false });
  });

  it('refuses a deep offset and a forged cursor', async () => {
    expect(await viewer.errorCode(PAGE, { offset: 1000 })).toBeUndefined();
    expect(await viewer.errorCode(PAGE, { offset: 1001 })).toBe('BAD_USER_INPUT');
    expect(await viewer.errorCode(PAGE, { offset: 100_000_000 })).toBe('BAD_USER_INPUT');
    for (const cursor of ['nonsense', Buffer.from('["x","1"]').toString('base64url'), Buffer.from("[\"2026-01-01 00:00:00+00\",\"1'; --\"]").toString('base64url')]) {
      expect(await viewer.errorCode(PAGE, { cursor }), cursor).toBe('BAD_USER_INPUT');
    }
  });
});
