import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: GraphQLClient;
let vejle: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
  vejle = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 630 })).client;
});
afterAll(() => app?.close());

const CURRENT = '{ drejebog { id version steps { id number phase title description type deadline } } }';
const PUBLISH = 'mutation($input: PublishDrejebogInput!) { publishDrejebog(input: $input) { id version isCurrent steps { id number title } } }';
const PREVIEW = `query($input: PublishDrejebogInput!) { drejebogPublishPreview(input: $input) {
  stepsKept stepsAdded stepsRetired answersCarriedOver answersNew answersRetired answersRetiredWithWork retiredSteps { id title } } }`;
const UPDATE = 'mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { id version } }';
const VEJLE = `{ kommune(code: 630) { checklist { id status note version step { id number title } } progress { done started notStarted total } } }`;

type Step = { id: string; number: number; phase: string; title: string; description: string | null; type: string; deadline: string | null };

function asInput(step: Step) {
  const { id, phase, title, description, type, deadline } = step;
  return { id, phase, title, description, type, deadline };
}

async function tableCounts() {
  const [row] = await app.db.query(
    `SELECT (SELECT count(*) FROM drejebog)::int AS versions, (SELECT count(*) FROM drejebog_step)::int AS steps,
            (SELECT count(*) FROM checklist_item)::int AS items, (SELECT version FROM drejebog WHERE is_current) AS current`,
  );
  return row;
}

describe('publishing a new drejebog version', () => {
  let steps: Step[];
  let retiredItemId: string;

  /** Version 1.3: step 1 reworded, steps 2-11 kept, step 12 left out and one new step added. */
  const version13 = () => ({
    version: '1.3',
    steps: [
      { ...asInput(steps[0]), title: 'Udpeg kontaktperson (omformuleret)', description: 'Ny tekst' },
      ...steps.slice(1, 11).map(asInput),
      { phase: 'Oprydning', title: 'Nyt trin: slet testdata', type: 'MANDATORY', deadline: '2030-06-30' },
    ],
  });

  it('previews what carries over, what is new and what is retired, changing nothing', async () => {
    ({ drejebog: { steps } } = await admin.data<any>(CURRENT));
    expect(steps).toHaveLength(12);
    // Vejle has answered step 1 and started step 12 (which the new version drops).
    const { kommune } = await vejle.data<any>(VEJLE);
    const [first, twelfth] = [kommune.checklist[0], kommune.checklist[11]];
    retiredItemId = twelfth.id;
    await vejle.data(UPDATE, { input: { id: first.id, status: 'DONE', note: 'Klaret', expectedVersion: first.version } });
    await vejle.data(UPDATE, { input: { id: twelfth.id, status: 'STARTED', expectedVersion: twelfth.version } });

    const input = version13();
    const before = await tableCounts();
    const { drejebogPublishPreview: preview } = await admin.data<any>(PREVIEW, { input });
    expect(preview).toEqual({
      stepsKept: 11,
      stepsAdded: 1,
      stepsRetired: 1,
      answersCarriedOver: 11 * 98,
      answersNew: 98,
      answersRetired: 98,
      answersRetiredWithWork: 1,
      retiredSteps: [{ id: steps[11].id, title: steps[11].title }],
    });
    expect(await tableCounts()).toEqual(before);
  });

  it('carries every answer of a kept step over (also when edited), starts new steps for all 98 and retires left-out steps', async () => {
    const input = version13();
    const { publishDrejebog } = await admin.data<any>(PUBLISH, { input });
    expect(publishDrejebog).toMatchObject({ version: '1.3', isCurrent: true });
    expect(publishDrejebog.steps.map((s: any) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(publishDrejebog.steps[0].id).toBe(steps[0].id);
    const newStepId = publishDrejebog.steps[11].id;
    expect(steps.map((s) => s.id)).not.toContain(newStepId);

    const { drejebog, drejebogVersions } = await admin.data<any>(
      '{ drejebog { version steps { title } } drejebogVersions { version isCurrent } }',
    );
    expect(drejebog.version).toBe('1.3');
    expect(drejebogVersions).toEqual([
      { version: '1.3', isCurrent: true },
      { version: 'Eksempel', isCurrent: false },
    ]);

    const { kommune } = await vejle.data<any>(VEJLE);
    expect(kommune.checklist).toHaveLength(12);
    expect(kommune.checklist[0]).toMatchObject({ status: 'DONE', note: 'Klaret', step: { title: 'Udpeg kontaktperson (omformuleret)' } });
    expect(kommune.checklist[11]).toMatchObject({ status: 'NOT_STARTED', version: 1, step: { id: newStepId } });
    expect(kommune.checklist.map((i: any) => i.id)).not.toContain(retiredItemId);
    expect(kommune.progress).toEqual({ done: 1, started: 0, notStarted: 11, total: 12 });

    // Every kommune got the new step; the retired answers are kept as history.
    const [counts] = await app.db.query(
      `SELECT count(*) FILTER (WHERE step_id = $1)::int AS "newItems",
              count(*) FILTER (WHERE step_id = $2)::int AS "retiredItems"
         FROM checklist_item`,
      [newStepId, steps[11].id],
    );
    expect(counts).toEqual({ newItems: 98, retiredItems: 98 });
    const [retired] = await app.db.query('SELECT status FROM checklist_item WHERE id = $1', [retiredItemId]);
    expect(retired.status).toBe('STARTED');

    const { dashboard } = await admin.data<any>('{ dashboard { stepProgress { step { id } done notStarted } } }');
    expect(dashboard.stepProgress).toHaveLength(12);
    expect(dashboard.stepProgress[0]).toMatchObject({ done: 1, notStarted: 97 });
    expect(dashboard.stepProgress[11]).toMatchObject({ step: { id: newStepId }, notStarted: 98 });

    const [event] = await app.db.query(`SELECT before, after FROM audit_event WHERE action = 'drejebog.publish'`);
    expect(event.before.version).toBe('Eksempel');
    expect(event.after).toMatchObject({ version: '1.3', kept: 11, retired: [steps[11].id], added: [newStepId] });
  });

  it('no longer takes answers on a retired step', async () => {
    const [item] = await app.db.query('SELECT version FROM checklist_item WHERE id = $1', [retiredItemId]);
    const result = await vejle.request(UPDATE, { input: { id: retiredItemId, status: 'DONE', expectedVersion: item.version } });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses bad input, stale step ids and non-KOMBIT users, storing nothing', async () => {
    const { drejebog } = await admin.data<any>(CURRENT);
    const good = drejebog.steps.map(asInput);
    const before = await tableCounts();
    const cases: [unknown, string][] = [
      [{ version: '1.3', steps: good }, 'CONFLICT'],
      [{ version: '', steps: good }, 'BAD_USER_INPUT'],
      [{ version: '   ', steps: good }, 'BAD_USER_INPUT'],
      [{ version: 'x'.repeat(51), steps: good }, 'BAD_USER_INPUT'],
      [{ version: '2.0', steps: [] }, 'BAD_USER_INPUT'],
      [{ version: '2.0', steps: [...good, { ...good[0], title: '' }] }, 'BAD_USER_INPUT'],
      [{ version: '2.0', steps: [{ ...good[0], id: null, title: 'x'.repeat(201) }] }, 'BAD_USER_INPUT'],
      [{ version: '2.0', steps: [{ ...good[0], id: null, phase: ' ' }] }, 'BAD_USER_INPUT'],
      [{ version: '2.0', steps: [good[0], good[0]] }, 'BAD_USER_INPUT'],
      [{ version: '2.0', steps: [{ ...good[0], type: 'OPTIONAL' }] }, 'BAD_USER_INPUT'],
      [{ version: '2.0', steps: [{ ...good[0], deadline: '2024-02-30' }] }, 'BAD_USER_INPUT'],
      [{ version: '2.0', steps: [{ ...good[0], id: 'not-a-uuid' }] }, 'NOT_FOUND'],
      [{ version: '2.0', steps: [{ ...good[0], id: '00000000-0000-0000-0000-000000000000' }] }, 'NOT_FOUND'],
      [{ version: '2.0', steps: [{ ...good[0], id: steps[11].id }] }, 'NOT_FOUND'], // retired in 1.3
    ];
    for (const [input, code] of cases) {
      expect(await admin.errorCode(PUBLISH, { input }), JSON.stringify(input).slice(0, 120)).toBe(code);
    }
    expect(await vejle.errorCode(PUBLISH, { input: { version: '2.0', steps: good } })).toBe('FORBIDDEN');
    expect(await vejle.errorCode(PREVIEW, { input: { version: '2.0', steps: good } })).toBe('FORBIDDEN');
    expect(await new GraphQLClient(app.url).errorCode(PUBLISH, { input: { version: '2.0', steps: good } })).toBe('UNAUTHENTICATED');
    expect(await tableCounts()).toEqual(before);
  });

  it('stores hostile step text exactly and lets one of two simultaneous publishes win', async () => {
    const { drejebog } = await admin.data<any>(CURRENT);
    const title = `<script>alert('x')</script> "; DROP TABLE drejebog; -- 🚀 Æ`;
    const input = (version: string) => ({ version, steps: [...drejebog.steps.map(asInput), { phase: 'Ø', title, type: 'RECOMMENDED' }] });
    const results = await Promise.all([admin.request(PUBLISH, { input: input('2.0') }), admin.request(PUBLISH, { input: input('2.0') })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0].extensions?.code).toBe('CONFLICT');
    const { drejebog: now } = await admin.data<any>(CURRENT);
    expect(now.version).toBe('2.0');
    expect(now.steps.at(-1).title).toBe(title);
    const [{ count }] = await app.db.query('SELECT count(*)::int AS count FROM checklist_item');
    expect(count).toBe(98 * 14);
  });
});
