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
    expect(await anonymous.errorCode('{ me { id } }')).toBe('UNAUTHENTICATED');

    const user = await createUser(app.db);
    const client = await clientFor(app.db, app.url, user);
    await app.db.query('UPDATE user_session SET ended_at = now() WHERE user_id = $1', [user.id]);
    expect(await client.errorCode('{ me { id } }')).toBe('UNAUTHENTICATED');
  });
});
