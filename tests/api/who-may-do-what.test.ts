import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, LOGIN, logIn } from '../support/graphql-client.js';
import { snapshot } from '../support/db-snapshot.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The acceptance walk for accounts and access, start to end through the API only: the first
// administrator logs in, creates the other accounts, and each of them logs in with its password.

let app: TestApp;
const anonymousClient = () => new GraphQLClient(app.url);
let kombit: GraphQLClient;
let odense: GraphQLClient;
let aarhus: GraphQLClient;
let leader: GraphQLClient;

const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
const DASHBOARD = `{ dashboard { kommuneCount terminated(kind: KMD_SAG_AGREEMENT) trafficLights { green yellow red } }
  kommune(code: 751) { name progress { done total } checklist { id version status } } }`;
const UPDATE_ITEM = 'mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { id status } }';
const RECORD = 'mutation($input: RecordOpsigelseInput!) { recordOpsigelse(input: $input) { id } }';
const PUBLISH = 'mutation($input: PublishDrejebogInput!) { publishDrejebog(input: $input) { id } }';

async function firstItem(client: GraphQLClient, code: number): Promise<{ id: string; version: number }> {
  const { kommune } = await client.data(`{ kommune(code: ${code}) { checklist { id version } } }`);
  return kommune.checklist[0];
}

beforeAll(async () => {
  app = await startTestApp();
  kombit = await logIn(app.url, 'admin@example.dk', 'admin-password-123');
  const accounts = [
    { email: 'kontakt@odense.dk', name: 'Odense Kontakt', role: 'KOMMUNE_CONTACT', kommuneCode: 461 },
    { email: 'kontakt@aarhus.dk', name: 'Aarhus Kontakt', role: 'KOMMUNE_CONTACT', kommuneCode: 751 },
    { email: 'leder@kombit.dk', name: 'Leder', role: 'VIEWER' },
  ];
  for (const account of accounts) await kombit.data(CREATE, { input: { ...account, password: 'first-password-123' } });
  odense = await logIn(app.url, 'kontakt@odense.dk', 'first-password-123');
  aarhus = await logIn(app.url, 'kontakt@aarhus.dk', 'first-password-123');
  leader = await logIn(app.url, 'leder@kombit.dk', 'first-password-123');
});
afterAll(() => app?.close());

describe('who may do what', () => {
  it('refuses anonymous reads', async () => {
    const anonymous = anonymousClient();
    expect(await anonymous.errorCode(DASHBOARD)).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode('{ legacySystems { name } }')).toBe('UNAUTHENTICATED');
  });

  it("refuses a contact changing another kommune, creating users or publishing, and nothing changes", async () => {
    const aarhusItem = await firstItem(odense, 751);
    const { drejebog } = await odense.data('{ drejebog { steps { id phase title type deadline description } } }');
    const before = await snapshot(app.db);
    const attempts = {
      checklist: await odense.errorCode(UPDATE_ITEM, { input: { id: aarhusItem.id, expectedVersion: aarhusItem.version, status: 'DONE' } }),
      opsigelse: await odense.errorCode(RECORD, { input: { kommuneCode: 751, kind: 'KMD_SAG_AGREEMENT', date: '2022-02-01' } }),
      createUser: await odense.errorCode(CREATE, {
        input: { email: 'ny@odense.dk', name: 'Ny', role: 'ADMIN', password: 'first-password-123' },
      }),
      publish: await odense.errorCode(PUBLISH, { input: { version: '9.9', steps: drejebog.steps } }),
    };
    expect(attempts).toEqual({ checklist: 'FORBIDDEN', opsigelse: 'FORBIDDEN', createUser: 'FORBIDDEN', publish: 'FORBIDDEN' });
    expect(await snapshot(app.db)).toEqual(before);

    // Its own kommune it may change; Aarhus's own contact may change Aarhus.
    const odenseItem = await firstItem(odense, 461);
    expect((await odense.data(UPDATE_ITEM, { input: { id: odenseItem.id, expectedVersion: odenseItem.version, status: 'STARTED' } })).updateChecklistItem.status).toBe('STARTED');
    expect((await aarhus.data(UPDATE_ITEM, { input: { id: aarhusItem.id, expectedVersion: aarhusItem.version, status: 'DONE' } })).updateChecklistItem.status).toBe('DONE');
  });

  it('lets a viewer read the dashboard but not write', async () => {
    const { dashboard, kommune } = await leader.data(DASHBOARD);
    expect(dashboard.kommuneCount).toBe(98);
    expect(kommune.name).toBe('Aarhus');
    const item = kommune.checklist[0];
    const before = await snapshot(app.db);
    expect(await leader.errorCode(UPDATE_ITEM, { input: { id: item.id, expectedVersion: item.version, status: 'STARTED' } })).toBe('FORBIDDEN');
    expect(await leader.errorCode(RECORD, { input: { kommuneCode: 751, kind: 'MANUAL_CASES', date: '2022-02-01' } })).toBe('FORBIDDEN');
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('refuses a cookie replayed after logout', async () => {
    const session = await logIn(app.url, 'leder@kombit.dk', 'first-password-123');
    const cookie = session.cookie;
    expect(await session.data('mutation { logout }')).toEqual({ logout: true });
    const replay = anonymousClient();
    replay.cookie = cookie;
    expect(await replay.errorCode(DASHBOARD)).toBe('UNAUTHENTICATED');
  });

  it('locks an account after 15 wrong passwords, even for the right one, without locking others', async () => {
    const codes = [];
    for (let i = 0; i < 15; i += 1) codes.push(await anonymousClient().errorCode(LOGIN, { email: 'kontakt@aarhus.dk', password: `guess-${i}` }));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.slice(10)).toEqual(Array(5).fill('TOO_MANY_REQUESTS'));
    expect(await anonymousClient().errorCode(LOGIN, { email: 'kontakt@aarhus.dk', password: 'first-password-123' })).toBe('TOO_MANY_REQUESTS');
    await logIn(app.url, 'kontakt@odense.dk', 'first-password-123');
    // Sessions the owner already had are not ended by someone else's guessing.
    expect(await aarhus.errorCode('{ me { id } }')).toBeUndefined();
  });
});
