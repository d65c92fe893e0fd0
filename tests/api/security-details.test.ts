import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Role } from '@udfasning/domain';
import { createLogger } from '../../apps/api/src/logger.js';
import { PUBLISH_LOCK } from '../../apps/api/src/modules/drejebog/drejebog.service.js';
import { GraphQLClient, LOGIN } from '../support/graphql-client.js';
import { createUser, loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The smaller findings of the second security review, each as a user or an attacker meets it.

let app: TestApp;
let admin: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp();
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
});
afterAll(() => app?.close());

describe('the session cookie', () => {
  it('is Secure with a __Host- name when PUBLIC_URL is https, and the session works with it', async () => {
    const secure = await startTestApp({ PUBLIC_URL: 'https://udfasning.example.dk' });
    try {
      const user = await createUser(secure.db);
      const client = new GraphQLClient(secure.url);
      const response = await client.request(LOGIN, { email: user.email, password: user.password });
      const cookie = response.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^__Host-udfasning_session=/);
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; Path=\//i);
      expect(cookie).not.toMatch(/Domain=/i);
      expect((await client.data('{ me { email } }')).me.email).toBe(user.email);
      // The plain-HTTP name is not read: a cookie planted under it by a plain page does nothing.
      const planted = new GraphQLClient(secure.url);
      planted.cookie = `udfasning_session=${client.cookie!.split('=')[1]}`;
      expect(await planted.errorCode('{ me { email } }')).toBe('UNAUTHENTICATED');
    } finally {
      await secure.close();
    }
  });

  it('stays a plain cookie for the default http://127.0.0.1 address', async () => {
    const user = await createUser(app.db);
    const response = await new GraphQLClient(app.url).request(LOGIN, { email: user.email, password: user.password });
    expect(response.headers.get('set-cookie')).toMatch(/^udfasning_session=/);
    expect(response.headers.get('set-cookie')).not.toMatch(/Secure/i);
  });
});

describe('logs of a failed statement', () => {
  it('hold no values of its parameters', async () => {
    const lines: string[] = [];
    const logger = createLogger('error', { write: (line: string) => void lines.push(line) });
    const broken = await startTestApp({ LOG_LEVEL: 'error' }, { logger });
    try {
      const { client } = await loggedIn(broken.db, broken.url, { role: Role.ADMIN });
      await broken.db.query('ALTER TABLE contact_person RENAME TO contact_person_gone');
      const response = await client.request('mutation { addContact(input: { kommuneCode: 101, name: "Hemmelig Person", email: "hemmelig.person@kk.dk" }) { id } }');
      expect(response.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const logged = lines.join('\n');
      expect(logged).toMatch(/contact_person/);
      expect(logged).not.toMatch(/hemmelig/i);
    } finally {
      await broken.close();
    }
  });
});

describe('malformed ids', () => {
  const BAD = 'not-a-uuid';
  it.each([
    ['deactivateUser', `mutation { deactivateUser(id: "${BAD}") { id } }`],
    ['reactivateUser', `mutation { reactivateUser(id: "${BAD}") { id } }`],
    ['resetUserPassword', `mutation { resetUserPassword(id: "${BAD}", newPassword: "a-long-enough-password") { id } }`],
    ['unlockUser', `mutation { unlockUser(id: "${BAD}") { id } }`],
    ['updateUser', `mutation { updateUser(input: { id: "${BAD}", name: "X" }) { id } }`],
    ['removeContact', `mutation { removeContact(id: "${BAD}") }`],
    ['updateContact', `mutation { updateContact(input: { id: "${BAD}", name: "X" }) { id } }`],
    ['withdrawOpsigelse', `mutation { withdrawOpsigelse(id: "${BAD}") }`],
    ['withdrawOpsigelseWithKommune', `mutation { withdrawOpsigelseWithKommune(id: "${BAD}") { id } }`],
    ['retireLegacySystem', `mutation { retireLegacySystem(id: "${BAD}") { id } }`],
    ['updateLegacySystem', `mutation { updateLegacySystem(input: { id: "${BAD}", name: "X" }) { id } }`],
    ['removeLastMover', `mutation { removeLastMover(id: "${BAD}") }`],
    ['updateLastMover', `mutation { updateLastMover(input: { id: "${BAD}", name: "X" }) { id } }`],
    ['addLastMover', `mutation { addLastMover(input: { systemId: "${BAD}", name: "X" }) { id } }`],
    ['removeAlternative', `mutation { removeAlternative(id: "${BAD}") }`],
    ['updateAlternative', `mutation { updateAlternative(input: { id: "${BAD}", name: "X" }) { id } }`],
    ['addAlternative', `mutation { addAlternative(input: { systemId: "${BAD}", name: "X" }) { id } }`],
    ['updateChecklistItem', `mutation { updateChecklistItem(input: { id: "${BAD}", status: DONE, expectedVersion: 1 }) { id } }`],
  ])('%s answers NOT_FOUND', async (_name, query) => {
    expect(await admin.errorCode(query)).toBe('NOT_FOUND');
  });

  it('legacySystem(id) answers null for a malformed id, like for an unknown one', async () => {
    const response = await admin.request(`{ legacySystem(id: "${BAD}") { id } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data?.legacySystem).toBeNull();
  });
});

describe('changing one\'s own password', () => {
  it('counts concurrent wrong current passwords exactly, like logins', async () => {
    const { user, client } = await loggedIn(app.db, app.url, { role: Role.VIEWER });
    const change = 'mutation($c: String!) { changeOwnPassword(currentPassword: $c, newPassword: "a-new-long-password") { id } }';
    const codes = await Promise.all(Array.from({ length: 12 }, (_, i) => client.errorCode(change, { c: `wrong-${i}` })));
    expect(codes.filter((c) => c === 'BAD_USER_INPUT')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(7);
    const [{ n }] = await app.db.query('SELECT count(*)::int AS n FROM login_attempt WHERE email = $1 AND NOT succeeded', [user.email]);
    expect(n).toBe(5);
  });
});

describe('a checklist save racing a drejebog publish', () => {
  it('cannot land on a step the publish retires', async () => {
    const { client: contact } = await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101 });
    const [item] = await app.db.query(
      `SELECT ci.id, ci.version, ci.status FROM checklist_item ci
         JOIN drejebog_step s ON s.step_id = ci.step_id JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
        WHERE ci.kommune_code = 101 AND ci.status <> 'DONE' LIMIT 1`,
    );
    // A publish in progress: it holds the publish lock and has retired every step, not yet committed.
    const publisher = new pg.Client({ connectionString: app.databaseUrl });
    await publisher.connect();
    try {
      await publisher.query('BEGIN');
      await publisher.query('SELECT pg_advisory_xact_lock($1)', [PUBLISH_LOCK]);
      await publisher.query('UPDATE drejebog SET is_current = false WHERE is_current');
      const save = contact.request('mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { id status } }', {
        input: { id: item.id, status: 'DONE', expectedVersion: item.version },
      });
      // Commit once the save waits for the publish (or has already answered, as it did before the fix).
      let settled = false;
      void save.finally(() => (settled = true));
      for (let i = 0; i < 500 && !settled; i += 1) {
        const [{ waiting }] = await app.db.query(`SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`);
        if (waiting > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await publisher.query('COMMIT');
      const answer = await save;
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const [after] = await app.db.query('SELECT status, version FROM checklist_item WHERE id = $1', [item.id]);
      expect(after).toEqual({ status: item.status, version: item.version });
    } finally {
      await publisher.end();
    }
  });
});

describe('contact e-mail addresses', () => {
  it.each(['a@kk.dk?bcc=spy@evil.example', 'a@kk.dk,b@evil.example', '"a b"@kk.dk', 'a@kk', 'a@@kk.dk', 'a@kk.dk&body=x', 'a b@kk.dk', 'a@-kk.dk'])(
    'refuses %j as an address',
    async (email) => {
      expect(await admin.errorCode('mutation($e: String!) { addContact(input: { kommuneCode: 101, name: "X", email: $e }) { id } }', { e: email })).toBe(
        'BAD_USER_INPUT',
      );
    },
  );

  it.each(["anna.o'neil+exit@kk.dk", 'info@ærø.dk', 'jens-peter_hansen@sub.kommune.dk'])('accepts %j', async (email) => {
    const { addContact } = await admin.data('mutation($e: String!) { addContact(input: { kommuneCode: 101, name: "X", email: $e }) { email } }', { e: email });
    expect(addContact.email).toBe(email);
  });
});
