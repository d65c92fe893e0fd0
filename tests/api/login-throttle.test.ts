import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { advanceClock, now, resetClock } from '../../apps/api/src/clock.js';
import { hashingLoad, MAX_CONCURRENT_HASHES } from '../../apps/api/src/modules/auth/password.js';
import { loadConfig } from '../../apps/api/src/config.js';
import { GraphQLClient, LOGIN } from '../support/graphql-client.js';
import { createUser, loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Login limits slow a guesser down without letting a stranger lock the owner out: failures count per
// account and client address, per address, and per account as a growing wait (at most a minute) that
// an address the owner logged in from before skips. The server trusts one proxy hop here, so each
// client is its own address (X-Forwarded-For).

let app: TestApp;
let admin: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp({ TRUST_PROXY: '1' });
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
});
afterAll(() => app?.close());
afterEach(() => resetClock());

let addressCounter = 0;
/** A browser at its own address (or the one given). */
function browser(address = `198.51.100.${(addressCounter += 1)}`): GraphQLClient {
  const client = new GraphQLClient(app.url);
  const request = client.request.bind(client);
  client.request = (query, variables = {}, headers = {}) => request(query, variables, { 'x-forwarded-for': address, ...headers });
  return client;
}

async function attempt(client: GraphQLClient, email: string, password: string) {
  const response = await client.request(LOGIN, { email, password });
  return { code: response.errors?.[0]?.extensions?.code as string | undefined, retry: response.errors?.[0]?.extensions?.retryAfterSeconds as number | undefined };
}

/** `n` wrong guesses for `email` from `client`, each after the account's wait has passed. */
async function guess(client: GraphQLClient, email: string, n: number): Promise<(string | undefined)[]> {
  const codes: (string | undefined)[] = [];
  for (let i = 0; i < n; i += 1) {
    advanceClock(61_000);
    codes.push((await attempt(client, email, `wrong-guess-${i}`)).code);
  }
  return codes;
}

describe('a stranger guessing one account', () => {
  it('slows down with growing waits per account: 1 s, 2 s, 4 s …', async () => {
    const victim = await createUser(app.db);
    const attacker = browser();
    for (let i = 0; i < 5; i += 1) expect((await attempt(attacker, victim.email, `wrong-${i}`)).code).toBe('UNAUTHENTICATED');
    for (const seconds of [1, 2, 4]) {
      const refused = await attempt(browser(), victim.email, 'wrong-again');
      expect(refused).toEqual({ code: 'TOO_MANY_REQUESTS', retry: seconds });
      advanceClock(seconds * 1000 + 10);
      expect((await attempt(attacker, victim.email, 'wrong-again')).code).toBe('UNAUTHENTICATED');
    }
  });

  it('cannot lock the owner out: the right password works after at most a minute, and at once from a known address', async () => {
    const victim = await createUser(app.db);
    const home = browser();
    expect((await attempt(home, victim.email, victim.password)).code).toBeUndefined();
    // Twenty failures from twenty addresses, fast enough to keep the wait at its longest.
    for (let i = 0; i < 20; i += 1) {
      advanceClock(61_000);
      await attempt(browser(), victim.email, `wrong-${i}`);
    }
    // From where the owner logged in before: no wait at all.
    expect((await attempt(home, victim.email, victim.password)).code).toBeUndefined();
    // From a new address: a wait of at most a minute, then in.
    const elsewhere = browser();
    const refused = await attempt(elsewhere, victim.email, victim.password);
    expect(refused.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.retry).toBeLessThanOrEqual(60);
    advanceClock(60_000);
    expect((await attempt(elsewhere, victim.email, victim.password)).code).toBeUndefined();
  });

  it('blocks the guessing address for that account after 10 failures, but not the owner elsewhere', async () => {
    const victim = await createUser(app.db);
    const attacker = browser();
    expect(await guess(attacker, victim.email, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    advanceClock(61_000);
    expect((await attempt(attacker, victim.email, victim.password)).code).toBe('TOO_MANY_REQUESTS');
    expect((await attempt(browser(), victim.email, victim.password)).code).toBeUndefined();
    // The window passes: the address may try again.
    advanceClock(15 * 60_000);
    expect((await attempt(attacker, victim.email, victim.password)).code).toBeUndefined();
  });

  it('counts an IPv6 client by its /64, so it cannot step through its own addresses', async () => {
    const victim = await createUser(app.db);
    const codes: (string | undefined)[] = [];
    for (let i = 1; i <= 11; i += 1) {
      advanceClock(61_000);
      codes.push((await attempt(browser(`2001:db8:1:2::${i.toString(16)}`), victim.email, `wrong-${i}`)).code);
    }
    expect(codes).toEqual([...Array(10).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
    const stored = await app.db.query('SELECT DISTINCT ip FROM login_attempt WHERE email = $1', [victim.email]);
    expect(stored).toEqual([{ ip: '2001:db8:1:2::/64' }]);
  });

  it('counts concurrent attempts exactly', async () => {
    const victim = await createUser(app.db);
    const results = await Promise.all(
      Array.from({ length: 14 }, (_, i) => attempt(browser(), victim.email, `parallel-${i}`).then((r) => r.code)),
    );
    expect(results.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(results.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(9);
  });
});

describe('one address guessing many accounts', () => {
  it('is refused after 50 failures; a real user elsewhere is not', async () => {
    const client = browser();
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 51; i += 1) codes.push((await attempt(client, `guess${i}@example.dk`, 'password-guess')).code);
    expect(codes.slice(0, 50).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[50]).toBe('TOO_MANY_REQUESTS');
    const user = await createUser(app.db);
    expect((await attempt(browser(), user.email, user.password)).code).toBeUndefined();
  });
});

describe('one login per request', () => {
  it('refuses aliased logins outright, before any is tried', async () => {
    const victim = await createUser(app.db);
    const aliases = Array.from({ length: 3 }, (_, i) => `a${i}: login(email: $email, password: "wrong-${i}") { id }`);
    const response = await browser().request(`mutation($email: String!) { ${aliases.join(' ')} }`, { email: victim.email });
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/Kun ét "login"/);
    const viaFragment = await browser().request(
      'mutation($email: String!) { a: login(email: $email, password: "x") { id } ...F } fragment F on Mutation { b: login(email: $email, password: "y") { id } }',
      { email: victim.email },
    );
    expect(viaFragment.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await app.db.query('SELECT 1 FROM login_attempt WHERE email = $1', [victim.email])).toEqual([]);
  });
});

describe('unlocking an account', () => {
  const UNLOCK = 'mutation($id: ID!) { unlockUser(id: $id) { id email } }';

  it('lets an administrator end the wait at once, recorded in the audit trail', async () => {
    const victim = await createUser(app.db);
    for (let i = 0; i < 8; i += 1) await attempt(browser(), victim.email, `wrong-${i}`);
    expect((await attempt(browser(), victim.email, victim.password)).code).toBe('TOO_MANY_REQUESTS');
    const [{ failures }] = await app.db.query('SELECT count(*)::int AS failures FROM login_attempt WHERE email = $1 AND NOT succeeded', [victim.email]);
    expect(failures).toBe(5); // the refused attempts were never tried, so they do not count
    expect((await admin.data(UNLOCK, { id: victim.id })).unlockUser.email).toBe(victim.email);
    expect((await attempt(browser(), victim.email, victim.password)).code).toBeUndefined();
    const [event] = await app.db.query(`SELECT action, entity_id, after FROM audit_event WHERE action = 'user.unlock' AND entity_id = $1`, [victim.id]);
    expect(event).toMatchObject({ action: 'user.unlock', after: { clearedFailedLogins: 5 } });
  });

  it('is for administrators only, and a malformed id is NOT_FOUND', async () => {
    const victim = await createUser(app.db);
    const { client: viewer } = await loggedIn(app.db, app.url, { role: Role.VIEWER });
    const { client: contact } = await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT });
    expect(await viewer.errorCode(UNLOCK, { id: victim.id })).toBe('FORBIDDEN');
    expect(await contact.errorCode(UNLOCK, { id: victim.id })).toBe('FORBIDDEN');
    expect(await browser().errorCode(UNLOCK, { id: victim.id })).toBe('UNAUTHENTICATED');
    expect(await admin.errorCode(UNLOCK, { id: 'not-a-uuid' })).toBe('NOT_FOUND');
    expect(await admin.errorCode(UNLOCK, { id: '00000000-0000-0000-0000-000000000000' })).toBe('NOT_FOUND');
  });
});

describe('housekeeping', () => {
  it('deletes failed attempts older than the window and successes older than 30 days', async () => {
    advanceClock(61_000); // past the last pruning
    const at = now().getTime();
    const rows: [string, boolean, number][] = [
      ['old-failure@example.dk', false, 16 * 60_000],
      ['recent-failure@example.dk', false, 60_000],
      ['old-success@example.dk', true, 31 * 24 * 3600_000],
      ['recent-success@example.dk', true, 24 * 3600_000],
    ];
    for (const [email, succeeded, ago] of rows) {
      await app.db.query('INSERT INTO login_attempt (email, ip, succeeded, at) VALUES ($1, $2, $3, $4)', [email, '192.0.2.1', succeeded, new Date(at - ago)]);
    }
    await attempt(browser(), 'anyone@example.dk', 'whatever-password');
    const left = await app.db.query(`SELECT email FROM login_attempt WHERE ip = '192.0.2.1' ORDER BY email`);
    expect(left.map((r: { email: string }) => r.email)).toEqual(['recent-failure@example.dk', 'recent-success@example.dk']);
  });
});

describe('client addresses behind a proxy', () => {
  it('refuses TRUST_PROXY=true, which would let a client name its own address', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.5' }).TRUST_PROXY).toEqual(['10.0.0.0/8', '192.0.2.5']);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(/TRUST_PROXY/);
  });

  it('takes the address the trusted proxy saw, not one the client wrote in front of it', async () => {
    const victim = await createUser(app.db);
    // The client sends "X-Forwarded-For: 203.0.113.9"; our one proxy appends the address it saw.
    await new GraphQLClient(app.url).request(LOGIN, { email: victim.email, password: 'wrong' }, { 'x-forwarded-for': '203.0.113.9, 192.0.2.77' });
    expect(await app.db.query('SELECT ip FROM login_attempt WHERE email = $1', [victim.email])).toEqual([{ ip: '192.0.2.77' }]);
  });

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    const direct = await startTestApp();
    try {
      const victim = await createUser(direct.db);
      await new GraphQLClient(direct.url).request(LOGIN, { email: victim.email, password: 'wrong' }, { 'x-forwarded-for': '203.0.113.9' });
      expect(await direct.db.query('SELECT ip FROM login_attempt WHERE email = $1', [victim.email])).toEqual([{ ip: '127.0.0.1' }]);
    } finally {
      await direct.close();
    }
  });
});

describe('a burst of logins', () => {
  it('hashes a bounded number at once and leaves the pool to everyone else', async () => {
    const small = await startTestApp({ TRUST_PROXY: '1', DB_POOL_MAX: '2', DB_CONNECT_TIMEOUT_MS: '1500' });
    try {
      const users = await Promise.all(Array.from({ length: 30 }, () => createUser(small.db)));
      const { client: reader } = await loggedIn(small.db, small.url, { role: Role.VIEWER });
      let most = 0;
      let queued = 0;
      const watch = setInterval(() => {
        const load = hashingLoad();
        most = Math.max(most, load.running);
        queued = Math.max(queued, load.waiting);
      }, 1);
      const logins = users.map((u, i) =>
        new GraphQLClient(small.url).request(LOGIN, { email: u.email, password: u.password }, { 'x-forwarded-for': `192.0.2.${i + 1}` }),
      );
      // A normal request in the middle of the burst gets its answer, not SERVICE_UNAVAILABLE.
      const read = await reader.request('{ kommune(code: 101) { name } }');
      const answers = await Promise.all(logins);
      clearInterval(watch);
      expect(read.errors).toBeUndefined();
      expect(read.data?.kommune.name).toBe('København');
      expect(answers.filter((a) => a.errors).map((a) => a.errors![0].extensions?.code)).toEqual([]);
      expect(most).toBeLessThanOrEqual(MAX_CONCURRENT_HASHES);
      expect(queued).toBeGreaterThan(0);
    } finally {
      await small.close();
    }
  });
});
