import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import type { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// A drejebog step that asks for an opsigelse follows it: nobody enters the same thing twice.

let app: TestApp;
let admin: GraphQLClient;
let contact: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN, name: 'Anders Admin' })).client;
  contact = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 147, name: 'Frida Frederiksberg' })).client;
});
afterAll(() => app?.close());

/** What the kommune's page redraws after an opsigelse changes. */
const PAGE = `code opsigelser { id kind } progress { done notStarted total } trafficLight checklist { id status version step { title } }`;

async function stepAnswer(title: string) {
  const { kommune } = await contact.data<any>(`{ kommune(code: 147) { checklist { id status step { title opsigelseKind } } } }`);
  return kommune.checklist.find((i: any) => i.step.title === title);
}

describe('a step linked to an opsigelse kind', () => {
  it('is completed by recording the opsigelse and reopened by withdrawing it, in the history with the reason', async () => {
    const { drejebog } = await admin.data<any>(`{ drejebog { steps { id phase title description type deadline } } }`);
    const steps = drejebog.steps.map((s: any) => ({
      ...s,
      opsigelseKind: s.title === 'Opsig aftalen om KMD Sag' ? 'KMD_SAG_AGREEMENT' : null,
    }));
    await admin.data(`mutation($input: PublishDrejebogInput!) { publishDrejebog(input: $input) { id } }`, {
      input: { version: '1.3', steps },
    });
    expect(await stepAnswer('Opsig aftalen om KMD Sag')).toMatchObject({ status: 'NOT_STARTED', step: { opsigelseKind: 'KMD_SAG_AGREEMENT' } });

    const { kommune: before } = await contact.data<any>(`{ kommune(code: 147) { ${PAGE} } }`);

    const { recordOpsigelse } = await contact.data<any>(
      `mutation($input: RecordOpsigelseInput!) { recordOpsigelse(input: $input) { id kommune { ${PAGE} } } }`,
      { input: { kommuneCode: 147, kind: 'KMD_SAG_AGREEMENT', date: '2022-03-01' } },
    );
    expect(await stepAnswer('Opsig aftalen om KMD Sag')).toMatchObject({ status: 'DONE' });
    expect(await stepAnswer('Opsig manuelle sager')).toMatchObject({ status: 'NOT_STARTED' });
    // The answer is the page as a reload shows it: one request redraws it.
    const recorded = recordOpsigelse.kommune;
    expect(recorded).toEqual((await contact.data<any>(`{ kommune(code: 147) { ${PAGE} } }`)).kommune);
    expect(recorded.opsigelser).toEqual([{ id: recordOpsigelse.id, kind: 'KMD_SAG_AGREEMENT' }]);
    expect(recorded.progress.done).toBe(before.progress.done + 1);
    expect(recorded.checklist.find((i: any) => i.step.title === 'Opsig aftalen om KMD Sag').status).toBe('DONE');

    const { withdrawOpsigelseWithKommune: withdrawOpsigelse } = await contact.data<any>(`mutation($id: ID!) { withdrawOpsigelseWithKommune(id: $id) { id kommune { ${PAGE} } } }`, {
      id: recordOpsigelse.id,
    });
    expect(await stepAnswer('Opsig aftalen om KMD Sag')).toMatchObject({ status: 'NOT_STARTED' });
    expect(withdrawOpsigelse.id).toBe(recordOpsigelse.id);
    const withdrawn = withdrawOpsigelse.kommune;
    expect(withdrawn).toEqual((await contact.data<any>(`{ kommune(code: 147) { ${PAGE} } }`)).kommune);
    expect(withdrawn.opsigelser).toEqual([]);
    expect(withdrawn.progress).toEqual(before.progress);
    expect(withdrawn.checklist.find((i: any) => i.step.title === 'Opsig aftalen om KMD Sag').status).toBe('NOT_STARTED');

    const { auditEvents } = await contact.data<any>(
      `{ auditEvents(filter: { kommuneCode: 147, entityType: "ChecklistItem" }, limit: 10, offset: 0) { items { summary } } }`,
    );
    expect(auditEvents.items.map((e: any) => e.summary)).toEqual([
      'Frida Frederiksberg ændrede "Opsig aftalen om KMD Sag" for Frederiksberg Kommune: Fuldført → Ikke påbegyndt (opsigelsen af aftale om KMD Sag blev trukket tilbage).',
      'Frida Frederiksberg ændrede "Opsig aftalen om KMD Sag" for Frederiksberg Kommune: Ikke påbegyndt → Fuldført (opsigelsen af aftale om KMD Sag blev registreret).',
    ]);
  });
});
