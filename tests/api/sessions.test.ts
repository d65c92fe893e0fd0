import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { advanceClock, resetClock } from '../../apps/api/src/clock.js';
import { GraphQLClient, LOGIN } from '../support/graphql-client.js';
import { createUser, loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Login, logout, session timeouts and login rate limits, through HTTP like the browser.
// The server trusts one proxy hop here (X-Forwarded-For), so each test can be its own client address.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ TRUST_PROXY: '1' });
});
afterAll(() => app?.close());
afterEach(() => resetClock());

const ME = '{ me { email } }';
const HOUR = 60 * 60 * 1000;

let addressCounter = 0;
/** A browser-like client at its own address. */
function browser(): GraphQLClient & { address: string } {
  addressCounter += 1;
  const address = `198.51.100.${addressCounter}`;
  const client = new GraphQLClient(app.url) as GraphQLClient & { address: string };
  client.address = address;
  const request = client.request.bind(client);
  client.request = (query, variables = {}, headers = {}) => request(query, variables, { 'x-forwarded-for': address, ...headers });
  return client;
}

/** A login from a fresh browser; the answer keeps the full Set-Cookie header. */
function login(email: string, password: string, headers: Record<string, string> = {}) {
  return new GraphQLClient(app.url).request<any>(LOGIN, { email, password }, headers);
}

describe('login', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and the session works', async () => {
    const user = await createUser(app.db, { role: Role.VIEWER });
    const body = await login(user.email.toUpperCase(), user.password, { 'x-forwarded-for': '203.0.113.1' });
    expect(body.errors).toBeUndefined();
    expect(body.data.login).toMatchObject({ email: user.email, role: 'VIEWER' });
    const cookie = body.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^udfasning_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);

    const client = new GraphQLClient(app.url);
    client.cookie = cookie.split(';')[0];
    expect((await client.data(ME)).me.email).toBe(user.email);
    // Only the hash of the id is stored.
    const token = client.cookie.split('=')[1];
    const stored = await app.db.query('SELECT token_hash FROM user_session WHERE user_id = $1', [user.id]);
    expect(stored.map((r: any) => r.token_hash)).not.toContain(token);
  });

  it("answers the new user's own fields in the login response, as the next request would", async () => {
    const contact = await createUser(app.db, { role: Role.KOMMUNE_CONTACT, kommuneCode: 461 });
    const body = await new GraphQLClient(app.url).request<any>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email kommune { code name } } }',
      { e: contact.email, p: contact.password },
      { 'x-forwarded-for': '203.0.113.9' },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.login).toEqual({ email: contact.email, kommune: { code: 461, name: 'Odense' } });
  });

  it('marks the cookie Secure when the request came over HTTPS', async () => {
    const user = await createUser(app.db);
    const response = await login(user.email, user.password, {
      'x-forwarded-for': '203.0.113.2',
      'x-forwarded-proto': 'https',
    });
    expect(response.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });

  it('gives a new session id at every login and ends the one the browser had', async () => {
    const user = await createUser(app.db);
    const client = browser();
    await client.data(LOGIN, { email: user.email, password: user.password });
    const first = client.cookie;
    await client.data(LOGIN, { email: user.email, password: user.password });
    expect(client.cookie).not.toBe(first);
    const replay = browser();
    replay.cookie = first;
    expect(await replay.errorCode(ME)).toBe('UNAUTHENTICATED');
    expect((await client.data(ME)).me.email).toBe(user.email);
  });

  it('answers a wrong e-mail and a wrong password the same way', async () => {
    const user = await createUser(app.db);
    const client = browser();
    const wrongPassword = await client.request(LOGIN, { email: user.email, password: 'not-the-password' });
    const wrongEmail = await client.request(LOGIN, { email: 'nobody@example.dk', password: user.password });
    expect(wrongPassword.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrongEmail.errors?.[0]).toEqual({ ...wrongPassword.errors?.[0] });
    expect(wrongPassword.data).toBeNull();
    expect(client.cookie).toBeNull();
  });

  it('tells a blocked user so only after the right password, and starts no session', async () => {
    const user = await createUser(app.db, { active: false });
    const client = browser();
    expect(await client.errorCode(LOGIN, { email: user.email, password: 'not-the-password' })).toBe('UNAUTHENTICATED');
    const blocked = await client.request(LOGIN, { email: user.email, password: user.password });
    expect(blocked.errors?.[0]).toMatchObject({
      message: 'Din konto er spærret – kontakt KOMBIT.',
      extensions: { code: 'FORBIDDEN', reason: 'ACCOUNT_BLOCKED' },
    });
    expect(client.cookie).toBeNull();
  });

  it('records logins and logouts in the audit trail with the user', async () => {
    const user = await createUser(app.db);
    const client = browser();
    await client.data(LOGIN, { email: user.email, password: user.password });
    await client.data('mutation { logout }');
    const events = await app.db.query(
      `SELECT action, user_email FROM audit_event WHERE user_id = $1 ORDER BY id`,
      [user.id],
    );
    expect(events).toEqual([
      { action: 'session.login', user_email: user.email },
      { action: 'session.logout', user_email: user.email },
    ]);
  });
});

describe('logout', () => {
  it('ends the session on the server: the same cookie replayed is refused', async () => {
    const user = await createUser(app.db);
    const client = browser();
    await client.data(LOGIN, { email: user.email, password: user.password });
    const cookie = client.cookie;
    const response = await client.request('mutation { logout }');
    expect(response.data).toEqual({ logout: true });

    const attacker = browser();
    attacker.cookie = cookie;
    expect(await attacker.errorCode(ME)).toBe('UNAUTHENTICATED');
    expect(await attacker.errorCode('{ kommuner { code } }')).toBe('UNAUTHENTICATED');
    expect(await app.db.query('SELECT 1 FROM user_session WHERE user_id = $1', [user.id])).toEqual([]);
  });

  it('is refused without a session', async () => {
    expect(await browser().errorCode('mutation { logout }')).toBe('UNAUTHENTICATED');
  });
});

describe('session timeouts, on the server clock', () => {
  it('ends a session left idle for 8 hours', async () => {
    const { client } = await loggedIn(app.db, app.url);
    advanceClock(7 * HOUR + 50 * 60 * 1000);
    expect(await client.errorCode(ME)).toBeUndefined();
    // That request counted as activity: another 7 h 50 min later it is still alive …
    advanceClock(7 * HOUR + 50 * 60 * 1000);
    expect(await client.errorCode(ME)).toBeUndefined();
    // … but 8 hours without a request end it.
    advanceClock(8 * HOUR + 60 * 1000);
    expect(await client.errorCode(ME)).toBe('UNAUTHENTICATED');
  });

  it('ends every session 7 days after login, however active', async () => {
    const { client } = await loggedIn(app.db, app.url);
    for (let hours = 0; hours < 7 * 24 - 6; hours += 6) {
      advanceClock(6 * HOUR);
      expect(await client.errorCode(ME)).toBeUndefined();
    }
    advanceClock(6 * HOUR);
    expect(await client.errorCode(ME)).toBe('UNAUTHENTICATED');
  });
});

// Login limits: tests/api/login-throttle.test.ts.

describe('deactivation', () => {
  it('ends the user\'s sessions at once', async () => {
    const { client: admin } = await loggedIn(app.db, app.url, { role: Role.ADMIN });
    const { user, client } = await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101 });
    expect(await client.errorCode(ME)).toBeUndefined();
    await admin.data('mutation($id: ID!) { deactivateUser(id: $id) { active } }', { id: user.id });
    expect(await client.errorCode(ME)).toBe('UNAUTHENTICATED');
    expect(await app.db.query('SELECT 1 FROM user_session WHERE user_id = $1', [user.id])).toEqual([]);
  });
});

describe('housekeeping', () => {
  it("clears a user's timed-out sessions when they log in again", async () => {
    const user = await createUser(app.db);
    const old = browser();
    await old.data(LOGIN, { email: user.email, password: user.password });
    advanceClock(9 * HOUR);
    expect(await old.errorCode(ME)).toBe('UNAUTHENTICATED');
    await browser().data(LOGIN, { email: user.email, password: user.password });
    const [{ n }] = await app.db.query('SELECT count(*)::int AS n FROM user_session WHERE user_id = $1', [user.id]);
    expect(n).toBe(1);
  });
});
