import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import type { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// A save answers with what the kommune's page redraws (the item, the kommune's progress and traffic
// light), so the page needs no second request; a stale save answers with the item as it now stands.
// Opsigelser answer the same way (tests/api/opsigelse-steps.test.ts), and so does a new contact person.

let app: TestApp;
let contact: GraphQLClient;
let statements: string[] = [];

beforeAll(async () => {
  app = await startTestApp({}, { onQuery: (sql) => statements.push(sql) });
  contact = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 147 })).client;
});
afterAll(() => app?.close());

const SAVE = `mutation($input: UpdateChecklistItemInput!) {
  updateChecklistItem(input: $input) { id status version kommune { code trafficLight progress { done started total } } } }`;

describe('one save, one round trip', () => {
  it("answers with the kommune's new progress and traffic light", async () => {
    const { kommune } = await contact.data<any>('{ kommune(code: 147) { progress { done total } checklist { id version } } }');
    const [item] = kommune.checklist;
    statements = [];
    const { updateChecklistItem: saved } = await contact.data<any>(SAVE, {
      input: { id: item.id, status: 'DONE', expectedVersion: item.version },
    });
    expect(saved.status).toBe('DONE');
    expect(saved.version).toBe(item.version + 1);
    expect(saved.kommune.code).toBe(147);
    expect(saved.kommune.progress.done).toBe(kommune.progress.done + 1);
    expect(saved.kommune.progress.total).toBe(kommune.progress.total);
    expect(['RED', 'YELLOW', 'GREEN']).toContain(saved.kommune.trafficLight);
    // The kommune and its progress are read after the save's transaction, one statement each.
    const after = statements.slice(statements.findIndex((sql) => /^COMMIT/i.test(sql)) + 1);
    expect(after.filter((sql) => /checklist_item/.test(sql))).toHaveLength(1);
  });

  it('answers a stale save with CONFLICT and the item as it now stands', async () => {
    const { kommune } = await contact.data<any>('{ kommune(code: 147) { checklist { id version } } }');
    const item = kommune.checklist[1];
    await contact.data(SAVE, { input: { id: item.id, status: 'STARTED', responsible: 'Bo', expectedVersion: item.version } });
    const stale = await contact.request(SAVE, { input: { id: item.id, status: 'DONE', expectedVersion: item.version } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({
      id: item.id,
      status: 'STARTED',
      responsible: 'Bo',
      version: item.version + 1,
    });
  });
});

describe('adding a contact person, one round trip', () => {
  it("answers with the kommune's contact list as a reload shows it", async () => {
    const { addContact } = await contact.data<any>(
      'mutation($input: AddContactInput!) { addContact(input: $input) { id kommune { code contacts { id name email phone } } } }',
      { input: { name: 'Frida Frederiksberg', email: 'frida@frederiksberg.dk' } },
    );
    const { kommune } = await contact.data<any>('{ kommune(code: 147) { code contacts { id name email phone } } }');
    expect(addContact.kommune).toEqual(kommune);
    expect(kommune.contacts).toContainEqual({ id: addContact.id, name: 'Frida Frederiksberg', email: 'frida@frederiksberg.dk', phone: null });
  });
});
