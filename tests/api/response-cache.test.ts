import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isInterfaceType, isListType, isNonNullType, isObjectType, isUnionType, type GraphQLNamedType, type GraphQLOutputType } from 'graphql';
import { Role } from '@udfasning/domain';
import { buildAppSchema } from '../../apps/api/src/server/schema.js';
import { CACHED_ROOT_FIELDS, OTHER_KOMMUNER_FIELD } from '../../apps/api/src/graphql/response-cache.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Whole answers of the kommune list, a kommune's page and the dashboard are cached per data version,
// Danish day and role (graphql/response-cache.ts). A cache hit answers with an `Age` header.

let app: TestApp;
let admin: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
});
afterAll(async () => {
  await app?.close();
});

interface Answer {
  status: number;
  body: { data?: any; errors?: { extensions?: { code?: string } }[] };
  /** Set when the answer came from the whole-answer cache. */
  age: string | null;
  cacheControl: string | null;
}

async function post(client: GraphQLClient | null, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const { status, headers, ...body } = await (client ?? new GraphQLClient(app.url)).request(query, variables);
  return { status, body, age: headers.get('age'), cacheControl: headers.get('cache-control') };
}

const LIST = '{ kommuner { code name trafficLight progress { done total } } }';

describe('whole-answer cache', () => {
  it('answers a repeated allow-listed read from the cache, the same as executing it, with no Cache-Control header', async () => {
    const first = await post(admin, LIST);
    const second = await post(admin, LIST);
    expect(first.body.errors).toBeUndefined();
    expect(first.age).toBeNull();
    expect(second.age).not.toBeNull();
    expect(second.body).toEqual(first.body);
    expect(second.body.data.kommuner).toHaveLength(98);
    // The policy only feeds the in-process cache: nothing tells a browser or proxy to keep the answer.
    expect(first.cacheControl ?? '').not.toMatch(/public|max-age=[1-9]/);
    expect(second.cacheControl ?? '').not.toMatch(/public|max-age=[1-9]/);

    const page = 'query($code: Int!) { kommune(code: $code) { code name checklist { status } } }';
    expect((await post(admin, page, { code: 101 })).age).toBeNull();
    const again = await post(admin, page, { code: 101 });
    expect(again.age).not.toBeNull();
    expect(again.body.data.kommune.code).toBe(101);
    // Other variables, other answer.
    const other = await post(admin, page, { code: 147 });
    expect(other.age).toBeNull();
    expect(other.body.data.kommune.code).toBe(147);
  });

  it('never answers an anonymous request from the cache: it gets UNAUTHENTICATED', async () => {
    await post(admin, LIST);
    expect((await post(admin, LIST)).age).not.toBeNull();
    for (let i = 0; i < 2; i++) {
      const anonymous = await post(null, LIST);
      expect(anonymous.age).toBeNull();
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anonymous.body.data ?? null).toBeNull();
    }
  });

  it('keeps each role apart: a viewer does not get the answer an administrator filled', async () => {
    const query = '{ dashboard { kommuneCount trafficLights { red yellow green } } }';
    const viewer = (await loggedIn(app.db, app.url, { role: Role.VIEWER })).client;
    const contact = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101 })).client;
    await post(admin, query);
    expect((await post(admin, query)).age).not.toBeNull();
    expect((await post(viewer, query)).age).toBeNull();
    expect((await post(viewer, query)).age).not.toBeNull();
    expect((await post(contact, query)).age).toBeNull();
    const cached = await post(contact, query);
    expect(cached.age).not.toBeNull();
    expect(cached.body.data.dashboard.kommuneCount).toBe(98);
  });

  it('does not cache a query that also asks for a root field outside the allow-list, nor a mutation', async () => {
    const mixed = '{ kommuner { code } me { email } }';
    for (let i = 0; i < 2; i++) {
      const answer = await post(admin, mixed);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.age).toBeNull();
    }
    const me = '{ me { email } }';
    await post(admin, me);
    expect((await post(admin, me)).age).toBeNull();
    const logout = 'mutation { changeNothing: __typename }';
    await post(admin, logout);
    expect((await post(admin, logout)).age).toBeNull();
  });

  it('never caches an answer with errors', async () => {
    const query = 'query($asOf: Date) { dashboard { terminated(kind: KMD_SAG_AGREEMENT, asOf: $asOf) } }';
    for (let i = 0; i < 2; i++) {
      const answer = await post(admin, query, { asOf: '2026-02-30' });
      expect(answer.age).toBeNull();
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    // The same query with good input is cached as usual.
    await post(admin, query, { asOf: '2026-01-31' });
    expect((await post(admin, query, { asOf: '2026-01-31' })).age).not.toBeNull();
  });

  it('shows a save at once: the data version read with the session is part of the key', async () => {
    const page = '{ kommune(code: 151) { checklist { id status version step { number } } progress { done } } }';
    const before = (await post(admin, page)).body.data.kommune;
    expect((await post(admin, page)).age).not.toBeNull();
    const item = before.checklist.find((i: any) => i.step.number === 1);
    expect(item.status).toBe('NOT_STARTED');
    await admin.data('mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { version } }', {
      input: { id: item.id, status: 'DONE', expectedVersion: item.version },
    });
    const after = await post(admin, page);
    expect(after.age).toBeNull();
    expect(after.body.data.kommune.progress.done).toBe(before.progress.done + 1);
    expect(after.body.data.kommune.checklist.find((i: any) => i.id === item.id).status).toBe('DONE');
  });
});

// Every object type reachable from the cached root fields, with its fields and the tables they read.
// A cached answer is only as fresh as the data version, which only the tables with the
// `*_bumps_data_version` triggers move. Adding a field or type here means checking what it reads; a field
// reading anything else (legacy systems, the audit trail, sessions, ...) must not be reachable from
// CACHED_ROOT_FIELDS, or that table needs the trigger too.
const APPROVED: Record<string, { fields: string[]; tables: string[] }> = {
  Kommune: {
    fields: ['behind', 'checklist', 'code', 'contacts', 'gates', 'name', 'officialName', 'opsigelser', 'progress', 'region', 'trafficLight', 'wave', 'waveProvisional'],
    tables: ['kommune', 'checklist_item', 'drejebog', 'drejebog_step', 'contact_person', 'opsigelse', 'wave', 'wave_window', 'drejebog_gate'],
  },
  Wave: { fields: ['goLive', 'id', 'kickOff', 'kommuner', 'name', 'windows'], tables: ['wave', 'wave_window', 'kommune', 'drejebog', 'drejebog_step'] },
  PhaseWindow: { fields: ['end', 'phase', 'start'], tables: ['wave_window'] },
  GateStatus: {
    fields: ['date', 'gate', 'state'],
    tables: ['kommune', 'wave', 'drejebog', 'drejebog_gate', 'checklist_item'],
  },
  Gate: {
    fields: ['name', 'number', 'prerequisites', 'verification', 'weeksBeforeGoLive'],
    tables: ['drejebog_gate', 'drejebog_step', 'drejebog'],
  },
  WaveSummary: {
    fields: ['gatesMissed', 'green', 'kommuneCount', 'red', 'wave', 'yellow'],
    tables: ['kommune', 'wave', 'wave_window', 'drejebog_gate', 'checklist_item', 'drejebog', 'drejebog_step'],
  },
  Contact: { fields: ['email', 'id', 'kommune', 'name', 'phone', 'receivesStatus', 'role'], tables: ['contact_person', 'kommune'] },
  Opsigelse: { fields: ['date', 'id', 'kind', 'kommune', 'note', 'recordedAt'], tables: ['opsigelse', 'kommune'] },
  ChecklistItem: {
    fields: ['deadline', 'id', 'kommune', 'note', 'responsible', 'status', 'step', 'updatedAt', 'updatedByName', 'version'],
    tables: ['checklist_item', 'drejebog_step', 'app_user', 'kommune', 'wave_window'],
  },
  BehindStep: {
    fields: ['deadline', 'itemId', 'number', 'status', 'title', 'trafficLight'],
    tables: ['checklist_item', 'drejebog', 'drejebog_step', 'kommune', 'wave_window'],
  },
  DrejebogStep: {
    fields: ['code', 'deadline', 'description', 'id', 'number', 'opsigelseKind', 'phase', 'title', 'type'],
    tables: ['drejebog_step'],
  },
  Progress: {
    fields: ['done', 'notApplicable', 'notStarted', 'started', 'total'],
    tables: ['checklist_item', 'drejebog', 'drejebog_step'],
  },
  Dashboard: {
    fields: ['forecast', 'kommuneCount', 'notTerminated', 'redKommuner', 'stepProgress', 'terminated', 'terminationsOverTime', 'trafficLights', 'waves'],
    tables: ['kommune', 'opsigelse', 'checklist_item', 'drejebog', 'drejebog_step', 'wave', 'wave_window', 'drejebog_gate'],
  },
  TrafficLightCounts: {
    fields: ['green', 'red', 'yellow'],
    tables: ['kommune', 'checklist_item', 'drejebog', 'drejebog_step', 'wave', 'wave_window', 'drejebog_gate'],
  },
  StepProgress: {
    fields: ['done', 'notApplicable', 'notStarted', 'started', 'step'],
    tables: ['checklist_item', 'drejebog', 'drejebog_step'],
  },
  CountAtDate: { fields: ['count', 'date'], tables: ['opsigelse'] },
  LegacySystem: {
    fields: ['alternatives', 'earliestShutdown', 'id', 'kind', 'kommunerLeft', 'lastMovers', 'lastMoversKnown', 'name', 'owner', 'plannedShutdown', 'retiredAt', 'shutdownAtRisk', 'status'],
    tables: ['legacy_system', 'last_mover', 'alternative', 'opsigelse'],
  },
  LastMover: { fields: ['exited', 'expectedExit', 'id', 'name', 'note', 'system'], tables: ['last_mover', 'legacy_system'] },
  Alternative: { fields: ['id', 'name', 'note'], tables: ['alternative'] },
  Drejebog: { fields: ['gates', 'id', 'isCurrent', 'isExample', 'publishedAt', 'steps', 'version'], tables: ['drejebog', 'drejebog_step', 'drejebog_gate'] },
  Forecast: { fields: ['date', 'method', 'pacePer30Days', 'remaining'], tables: ['kommune', 'opsigelse'] },
};

describe('what the cached answers can reach', () => {
  it('is only approved types and fields, reading only tables whose writes bump the data version', async () => {
    const schema = await buildAppSchema();
    const query = schema.getQueryType()!;
    const reached = new Map<string, string[]>();
    const todo: GraphQLNamedType[] = [...CACHED_ROOT_FIELDS].map((name) => getNamedType(query.getFields()[name].type));
    while (todo.length > 0) {
      const type = todo.pop()!;
      if (reached.has(type.name)) continue;
      if (isObjectType(type) || isInterfaceType(type)) {
        const fields = Object.values(type.getFields());
        reached.set(type.name, fields.map((f) => f.name).sort());
        todo.push(...fields.map((f) => getNamedType(f.type)));
        if (isInterfaceType(type)) todo.push(...schema.getPossibleTypes(type));
      } else if (isUnionType(type)) {
        reached.set(type.name, []);
        todo.push(...type.getTypes());
      }
    }
    expect(Object.fromEntries([...reached].sort())).toEqual(
      Object.fromEntries(Object.entries(APPROVED).map(([name, { fields }]) => [name, [...fields].sort()]).sort()),
    );

    const triggered: { table: string }[] = await app.db.query(
      `SELECT DISTINCT c.relname AS "table" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'bump_data_version' AND t.tgenabled <> 'D'`,
    );
    const covered = new Set(triggered.map((r) => r.table));
    const read = new Set(Object.values(APPROVED).flatMap((t) => t.tables));
    expect([...read].filter((table) => !covered.has(table))).toEqual([]);
  });

  it("reaches other kommuner from a kommune's page only through the field the page's key looks for", async () => {
    // A kommune's page is keyed by its own version (graphql/response-cache.ts): a field below Kommune that
    // lists kommuner would show other kommuner's rows under that key, unless the key falls back for it.
    const schema = await buildAppSchema();
    const isKommuneList = (type: GraphQLOutputType): boolean =>
      isNonNullType(type) ? isKommuneList(type.ofType) : isListType(type) && getNamedType(type).name === 'Kommune';
    const lists: string[] = [];
    const seen = new Set<string>();
    const todo: GraphQLNamedType[] = [schema.getType('Kommune')!];
    while (todo.length > 0) {
      const type = todo.pop()!;
      if (seen.has(type.name) || !(isObjectType(type) || isInterfaceType(type))) continue;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        if (isKommuneList(field.type)) lists.push(`${type.name}.${field.name}`);
        todo.push(getNamedType(field.type));
      }
    }
    expect(lists).toEqual([`Wave.${OTHER_KOMMUNER_FIELD}`]);
  });
});
