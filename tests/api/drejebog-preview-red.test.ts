import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import type { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
});
afterAll(() => app?.close());

const PREVIEW = `query($input: PublishDrejebogInput!) { drejebogPublishPreview(input: $input) { kommunerTurningRed stepsKept } }`;

describe('the publish preview', () => {
  it('says how many kommuner a draft would turn red at once, and changes nothing', async () => {
    const { drejebog } = await admin.data<any>(`{ drejebog { steps { id phase title description type deadline } } }`);
    const steps = drejebog.steps.map((s: any) => ({ ...s }));
    const same = await admin.data<any>(PREVIEW, { input: { version: '9.0', steps } });
    expect(same.drejebogPublishPreview.kommunerTurningRed).toBe(0);

    // A critical-path step whose deadline is moved into the past: every kommune that has not finished it.
    const [{ done }] = await app.db.query(
      `SELECT count(*)::int AS done FROM checklist_item WHERE step_id = $1 AND status IN ('DONE', 'NOT_APPLICABLE')`,
      [steps.find((s: any) => s.type === 'MANDATORY_CRITICAL_PATH').id],
    );
    const critical = steps.find((s: any) => s.type === 'MANDATORY_CRITICAL_PATH');
    critical.deadline = '2020-01-01';
    const late = await admin.data<any>(PREVIEW, { input: { version: '9.0', steps } });
    expect(late.drejebogPublishPreview.kommunerTurningRed).toBe(98 - done);

    // A new critical step already past its deadline turns every kommune red.
    const added = [...drejebog.steps, { phase: 'Opsigelse', title: 'Nyt kritisk trin', type: 'MANDATORY_CRITICAL_PATH', deadline: '2020-01-01' }];
    const fresh = await admin.data<any>(PREVIEW, { input: { version: '9.0', steps: added } });
    expect(fresh.drejebogPublishPreview.kommunerTurningRed).toBe(98);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM drejebog`);
    expect(n).toBe(1);
  });
});
