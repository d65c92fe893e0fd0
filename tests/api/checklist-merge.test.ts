import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import type { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Two exit contacts of one kommune save the same step from pages loaded at the same time.

let app: TestApp;
let lars: GraphQLClient;
let mette: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  lars = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 461, name: 'Lars Larsen' })).client;
  mette = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 461, name: 'Mette Mikkelsen' })).client;
});
afterAll(() => app?.close());

const CHECKLIST = `query($code: Int!) { kommune(code: $code) { checklist { id status note responsible version } } }`;
const UPDATE = `mutation($input: UpdateChecklistItemInput!) {
  updateChecklistItem(input: $input) {
    id status note responsible version updatedByName
    kommune { code trafficLight progress { done started notStarted notApplicable total } }
  } }`;

async function item(index: number) {
  const { kommune } = await lars.data<any>(CHECKLIST, { code: 461 });
  return kommune.checklist[index] as { id: string; status: string; note: string | null; responsible: string | null; version: number };
}

async function stored(id: string) {
  const [row] = await app.db.query('SELECT status, note, responsible, version FROM checklist_item WHERE id = $1', [id]);
  return row;
}

describe('saving a step someone else saved meanwhile', () => {
  it("puts Mette's status on top of Lars's note and keeps his note", async () => {
    const seen = await item(0);
    await lars.data(UPDATE, { input: { id: seen.id, note: 'Aftalt med IT-chefen', base: { note: seen.note }, expectedVersion: seen.version } });

    const { updateChecklistItem: saved } = await mette.data<any>(UPDATE, {
      input: { id: seen.id, status: 'DONE', base: { status: seen.status }, expectedVersion: seen.version },
    });
    expect(saved).toMatchObject({ status: 'DONE', note: 'Aftalt med IT-chefen', version: seen.version + 2, updatedByName: 'Mette Mikkelsen' });
    // The answer carries what the kommune page redraws.
    expect(saved.kommune).toMatchObject({ code: 461, progress: { done: 1, total: 12 } });
    expect(await stored(seen.id)).toMatchObject({ status: 'DONE', note: 'Aftalt med IT-chefen' });
  });

  it('answers CONFLICT naming only the field both changed, and saves nothing', async () => {
    const seen = await item(1);
    await lars.data(UPDATE, { input: { id: seen.id, note: 'Lars: venter på KMD', base: { note: seen.note }, expectedVersion: seen.version } });

    const result = await mette.request(UPDATE, {
      input: {
        id: seen.id,
        status: 'STARTED',
        note: 'Mette: mødet er holdt',
        base: { status: seen.status, note: seen.note },
        expectedVersion: seen.version,
      },
    });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: ['note'],
      current: { id: seen.id, note: 'Lars: venter på KMD', status: seen.status, version: seen.version + 1, updatedByName: 'Lars Larsen' },
    });
    expect(await stored(seen.id)).toMatchObject({ status: seen.status, note: 'Lars: venter på KMD', version: seen.version + 1 });

    // Mette chooses per field: her status, Lars's note. Sent against the version she was shown.
    const { updateChecklistItem } = await mette.data<any>(UPDATE, {
      input: { id: seen.id, status: 'STARTED', base: { status: seen.status }, expectedVersion: seen.version + 1 },
    });
    expect(updateChecklistItem).toMatchObject({ status: 'STARTED', note: 'Lars: venter på KMD' });
  });

  it("a note-only save never touches the status someone else set", async () => {
    const seen = await item(2);
    await lars.data(UPDATE, { input: { id: seen.id, status: 'STARTED', base: { status: seen.status }, expectedVersion: seen.version } });
    const { updateChecklistItem } = await mette.data<any>(UPDATE, {
      input: { id: seen.id, responsible: 'Mette', base: { responsible: seen.responsible }, expectedVersion: seen.version },
    });
    expect(updateChecklistItem).toMatchObject({ status: 'STARTED', responsible: 'Mette' });
  });

  it('still requires a reason when the merged answer is Ikke relevant without a note', async () => {
    const seen = await item(3);
    const result = await mette.request(UPDATE, {
      input: { id: seen.id, status: 'NOT_APPLICABLE', base: { status: seen.status }, expectedVersion: seen.version },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stored(seen.id)).toMatchObject({ status: 'NOT_STARTED', version: seen.version });
  });

  it('audits the merged save with what was there before', async () => {
    const seen = await item(0);
    const events = await app.db.query(
      `SELECT before, after FROM audit_event WHERE entity_id = $1 AND action = 'checklist.update' ORDER BY id`,
      [seen.id],
    );
    expect(events).toHaveLength(2);
    expect(events[1].before).toMatchObject({ status: 'NOT_STARTED', note: 'Aftalt med IT-chefen' });
    expect(events[1].after).toMatchObject({ status: 'DONE', note: 'Aftalt med IT-chefen' });
  });
});
