import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let aarhus: GraphQLClient;
let aarhusUserId: string;

beforeAll(async () => {
  app = await startTestApp();
  const contact = await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 751, name: 'Aase Aarhus' });
  aarhus = contact.client;
  aarhusUserId = contact.user.id;
});
afterAll(() => app?.close());

const CHECKLIST = `query($code: Int!) { kommune(code: $code) {
  checklist { id status note responsible version updatedAt updatedByName step { number title } }
  progress { done started notStarted notApplicable total } } }`;

const UPDATE = `mutation($input: UpdateChecklistItemInput!) {
  updateChecklistItem(input: $input) { id status note responsible version updatedAt updatedByName } }`;

async function checklistOf(client: GraphQLClient, code: number) {
  const { kommune } = await client.data<any>(CHECKLIST, { code });
  return kommune as { checklist: any[]; progress: any };
}

async function storedItem(id: string) {
  const [row] = await app.db.query('SELECT status, note, responsible, version FROM checklist_item WHERE id = $1', [id]);
  return row;
}

describe("an exit contact's checklist", () => {
  it('saves status, note and responsible person, bumps the version and records who and when', async () => {
    const { checklist, progress } = await checklistOf(aarhus, 751);
    expect(checklist).toHaveLength(12);
    expect(progress).toEqual({ done: 0, started: 0, notStarted: 12, notApplicable: 0, total: 12 });
    const first = checklist[0];
    expect(first).toMatchObject({ status: 'NOT_STARTED', version: 1, updatedAt: null, updatedByName: null });

    const { updateChecklistItem: saved } = await aarhus.data<any>(UPDATE, {
      input: { id: first.id, status: 'STARTED', responsible: 'Bente Borg', expectedVersion: 1 },
    });
    expect(saved).toMatchObject({ status: 'STARTED', responsible: 'Bente Borg', note: null, version: 2, updatedByName: 'Aase Aarhus' });
    expect(Date.now() - Date.parse(saved.updatedAt)).toBeLessThan(60_000);

    const done = await aarhus.data<any>(UPDATE, {
      input: { id: first.id, status: 'DONE', note: 'Udpeget på mødet', expectedVersion: 2 },
    });
    // Leaving responsible out keeps it.
    expect(done.updateChecklistItem).toMatchObject({ status: 'DONE', responsible: 'Bente Borg', note: 'Udpeget på mødet', version: 3 });

    const after = await checklistOf(aarhus, 751);
    expect(after.progress).toEqual({ done: 1, started: 0, notStarted: 11, notApplicable: 0, total: 12 });

    const events = await app.db.query(
      `SELECT action, user_id AS "userId", kommune_code AS "kommuneCode", before, after FROM audit_event
        WHERE entity_id = $1 ORDER BY id`,
      [first.id],
    );
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      action: 'checklist.update',
      userId: aarhusUserId,
      kommuneCode: 751,
      before: { status: 'STARTED', version: 2 },
      after: { status: 'DONE', version: 3, note: 'Udpeget på mødet' },
    });
  });

  it('refuses a stale save with CONFLICT, shows what the other person saved, and changes nothing', async () => {
    const { checklist } = await checklistOf(aarhus, 751);
    const item = checklist[1];
    const colleague = await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 751, name: 'Carl Kollega' });
    await colleague.client.data(UPDATE, {
      input: { id: item.id, status: 'STARTED', note: 'Jeg er i gang', expectedVersion: item.version },
    });
    const stale = await aarhus.request(UPDATE, {
      input: { id: item.id, status: 'DONE', note: 'Færdig', expectedVersion: item.version },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      current: { id: item.id, status: 'STARTED', note: 'Jeg er i gang', version: item.version + 1, updatedByName: 'Carl Kollega' },
    });
    expect(await storedItem(item.id)).toMatchObject({ status: 'STARTED', note: 'Jeg er i gang', version: item.version + 1 });
  });

  it('requires a reason in the note for NOT_APPLICABLE', async () => {
    const { checklist } = await checklistOf(aarhus, 751);
    const item = checklist[2];
    for (const note of [undefined, null, '', '   \n ']) {
      const result = await aarhus.request(UPDATE, {
        input: { id: item.id, status: 'NOT_APPLICABLE', expectedVersion: item.version, ...(note === undefined ? {} : { note }) },
      });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/begrundelse/);
    }
    expect(await storedItem(item.id)).toMatchObject({ status: 'NOT_STARTED', version: item.version });
    const ok = await aarhus.data<any>(UPDATE, {
      input: { id: item.id, status: 'NOT_APPLICABLE', note: 'Vi har aldrig brugt KP', expectedVersion: item.version },
    });
    expect(ok.updateChecklistItem).toMatchObject({ status: 'NOT_APPLICABLE', note: 'Vi har aldrig brugt KP' });
    const { progress } = await checklistOf(aarhus, 751);
    expect(progress.notApplicable).toBe(1);
  });

  it('stores hostile text exactly as given', async () => {
    const { checklist } = await checklistOf(aarhus, 751);
    const item = checklist[3];
    const note = `Robert'); DROP TABLE checklist_item;-- <script>alert("x")</script> 🦆👩‍👩‍👧 æøå ÆØÅ \\ \${x} %s`;
    const responsible = `O'Brien "Bo" <b>Ærø</b> 😀`;
    const { updateChecklistItem } = await aarhus.data<any>(UPDATE, {
      input: { id: item.id, status: 'STARTED', note, responsible, expectedVersion: item.version },
    });
    expect(updateChecklistItem).toMatchObject({ note, responsible });
    expect(await storedItem(item.id)).toMatchObject({ note, responsible });
    const again = await checklistOf(aarhus, 751);
    expect(again.checklist[3]).toMatchObject({ note, responsible });
  });

  it('counts lengths in characters: 2,000 emoji fit a note, 2,001 characters do not', async () => {
    const { checklist } = await checklistOf(aarhus, 751);
    const item = checklist[4];
    const ok = await aarhus.data<any>(UPDATE, {
      input: { id: item.id, status: 'STARTED', note: '😀'.repeat(2000), responsible: 'ø'.repeat(200), expectedVersion: item.version },
    });
    expect(ok.updateChecklistItem.note).toBe('😀'.repeat(2000));
    const version = ok.updateChecklistItem.version;
    for (const input of [
      { note: 'x'.repeat(2001) },
      { responsible: 'x'.repeat(201) },
      { note: 'nul\u0000byte' },
    ]) {
      const result = await aarhus.request(UPDATE, { input: { id: item.id, status: 'DONE', expectedVersion: version, ...input } });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await storedItem(item.id)).toMatchObject({ status: 'STARTED', version });
  });

  it('answers unknown and malformed ids with NOT_FOUND and bad enums with BAD_USER_INPUT', async () => {
    const { checklist } = await checklistOf(aarhus, 751);
    const item = checklist[5];
    for (const id of ['00000000-0000-0000-0000-000000000000', 'not-an-id', "1' OR '1'='1", '']) {
      const result = await aarhus.request(UPDATE, { input: { id, status: 'DONE', expectedVersion: 1 } });
      expect(result.errors?.[0].extensions?.code, id).toBe('NOT_FOUND');
    }
    const asVariable = await aarhus.request(UPDATE, { input: { id: item.id, status: 'FINISHED', expectedVersion: 1 } });
    expect(asVariable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const inline = await aarhus.request(
      `mutation { updateChecklistItem(input: { id: "${item.id}", status: FINISHED, expectedVersion: 1 }) { id } }`,
    );
    expect(inline.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(inline.errors?.[0].message).not.toMatch(/SELECT|UPDATE|checklist_item/);
    expect(await storedItem(item.id)).toMatchObject({ status: 'NOT_STARTED', version: 1 });
  });

  it("keeps every kommune to its own checklist and needs a login", async () => {
    const { checklist } = await checklistOf(aarhus, 101);
    const item = checklist[0];
    const input = { id: item.id, status: 'DONE', expectedVersion: item.version };
    expect(await aarhus.errorCode(UPDATE, { input })).toBe('FORBIDDEN');
    const viewer = await loggedIn(app.db, app.url, { role: Role.VIEWER });
    expect(await viewer.client.errorCode(UPDATE, { input })).toBe('FORBIDDEN');
    expect(await new GraphQLClient(app.url).errorCode(UPDATE, { input })).toBe('UNAUTHENTICATED');
    expect(await storedItem(item.id)).toMatchObject({ status: 'NOT_STARTED', version: 1 });

    const admin = await loggedIn(app.db, app.url, { role: Role.ADMIN });
    const { updateChecklistItem } = await admin.client.data<any>(UPDATE, { input });
    expect(updateChecklistItem).toMatchObject({ status: 'DONE', version: 2 });
  });

  it('lets exactly one of many simultaneous saves of one version win', async () => {
    const { checklist } = await checklistOf(aarhus, 751);
    const item = checklist[6];
    for (let round = 0; round < 3; round += 1) {
      const version = item.version + round;
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          aarhus.request(UPDATE, {
            input: { id: item.id, status: 'STARTED', note: `forsøg ${round}-${i}`, expectedVersion: version },
          }),
        ),
      );
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers.every((r) => r.errors![0].extensions?.code === 'CONFLICT')).toBe(true);
      const stored = await storedItem(item.id);
      expect(stored.version).toBe(version + 1);
      expect(stored.note).toBe((winners[0].data as any).updateChecklistItem.note);
    }
    const [{ count }] = await app.db.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE entity_id = $1 AND action = 'checklist.update'`,
      [item.id],
    );
    expect(count).toBe(3);
  });
});
