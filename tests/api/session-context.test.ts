import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { GraphQLClient } from '../support/graphql-client.js';
import { clientFor, createUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('the session user reaches every resolver', () => {
  it('knows the user behind a session cookie, with their kommune', async () => {
    const user = await createUser(app.db, { role: Role.KOMMUNE_CONTACT, kommuneCode: 751, name: 'Aarhus Kontakt' });
    const client = await clientFor(app.db, app.url, user);
    const { me } = await client.data<any>('{ me { name role kommune { code name } } }');
    expect(me).toEqual({ name: 'Aarhus Kontakt', role: 'KOMMUNE_CONTACT', kommune: { code: 751, name: 'Aarhus' } });
  });

  it('ignores unknown and ended sessions', async () => {
    const anonymous = new GraphQLClient(app.url);
    anonymous.cookie = 'udfasning_session=made-up-token';
    const unknown = await anonymous.request('{ me { id } }');
    expect(unknown.data?.me ?? null).toBeNull();

    const user = await createUser(app.db);
    const client = await clientFor(app.db, app.url, user);
    await app.db.query('UPDATE user_session SET ended_at = now() WHERE user_id = $1', [user.id]);
    const ended = await client.request('{ me { id } }');
    expect(ended.data?.me ?? null).toBeNull();
  });
});
