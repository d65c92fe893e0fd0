import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import type { GraphQLClient } from '../support/graphql-client.js';
import { logIn } from '../support/graphql-client.js';
import { createUser, loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The history a kommune page and the log show: sentences, not codes.

let app: TestApp;
let contact: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  contact = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 751, name: 'Aase Aarhus' })).client;
});
afterAll(() => app?.close());

const HISTORY = `query($code: Int!) { auditEvents(filter: { kommuneCode: $code }, limit: 50, offset: 0) { items { action summary } } }`;

describe('AuditEvent.summary', () => {
  it("tells a kommune's history in Danish, by names and titles, without logins", async () => {
    const { kommune } = await contact.data<any>(`query { kommune(code: 751) { checklist { id version step { title } } } }`);
    const item = kommune.checklist[1];
    await contact.data(`mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { id } }`, {
      input: { id: item.id, status: 'DONE', expectedVersion: item.version },
    });
    const user = await createUser(app.db, { role: Role.KOMMUNE_CONTACT, kommuneCode: 751, name: 'Bo Login' });
    await logIn(app.url, user.email, user.password);

    const { auditEvents } = await contact.data<any>(HISTORY, { code: 751 });
    expect(auditEvents.items.map((e: any) => e.summary)).toContain(
      `Aase Aarhus ændrede "${item.step.title}" for Aarhus Kommune: Ikke påbegyndt → Fuldført.`,
    );
    expect(auditEvents.items.some((e: any) => e.action.startsWith('session.'))).toBe(false);
    for (const e of auditEvents.items) expect(e.summary).not.toMatch(/[A-Z]{3,}_|ChecklistItem|[0-9a-f]{8}-/);
  });
});
