import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { danishDayFromToday } from '../support/dates.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let odense: GraphQLClient;
let admin: GraphQLClient;
let viewer: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  odense = (await loggedIn(app.db, app.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 461 })).client;
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
  viewer = (await loggedIn(app.db, app.url, { role: Role.VIEWER })).client;
});
afterAll(() => app?.close());

const RECORD = `mutation($input: RecordOpsigelseInput!) {
  recordOpsigelse(input: $input) { id kind date note recordedAt kommune { code name } } }`;
const WITHDRAW = 'mutation($id: ID!) { withdrawOpsigelse(id: $id) }';
const IMPORT = 'mutation($csv: String!) { importOpsigelser(csv: $csv) { imported } }';
const COUNTS = `{ dashboard {
  agreement: terminated(kind: KMD_SAG_AGREEMENT) manual: terminated(kind: MANUAL_CASES)
  series: terminationsOverTime(kind: KMD_SAG_AGREEMENT) { date count }
  missing: notTerminated(kind: KMD_SAG_AGREEMENT) { code } } }`;

async function standing(): Promise<number> {
  const [{ count }] = await app.db.query('SELECT count(*)::int AS count FROM opsigelse WHERE withdrawn_at IS NULL');
  return count;
}

const tomorrow = () => danishDayFromToday(1);

describe('recording an opsigelse', () => {
  it("records the contact's own kommune's opsigelse, counted at once on the dashboard", async () => {
    const { recordOpsigelse } = await odense.data<any>(RECORD, {
      input: { kommuneCode: 461, kind: 'KMD_SAG_AGREEMENT', date: '2022-03-15', note: 'Opsagt pr. brev' },
    });
    expect(recordOpsigelse).toMatchObject({
      kind: 'KMD_SAG_AGREEMENT',
      date: '2022-03-15',
      note: 'Opsagt pr. brev',
      kommune: { code: 461, name: 'Odense' },
    });
    const { dashboard } = await viewer.data<any>(COUNTS);
    expect(dashboard).toMatchObject({ agreement: 1, manual: 0, series: [{ date: '2022-03-15', count: 1 }] });
    expect(dashboard.missing.map((k: any) => k.code)).not.toContain(461);
    const [event] = await app.db.query(`SELECT action, kommune_code, after FROM audit_event WHERE entity_id = $1`, [
      recordOpsigelse.id,
    ]);
    expect(event).toMatchObject({ action: 'opsigelse.record', kommune_code: 461, after: { date: '2022-03-15' } });
  });

  it('allows one per kommune and kind: a second is CONFLICT, also when sent simultaneously', async () => {
    const again = await odense.request(RECORD, { input: { kommuneCode: 461, kind: 'KMD_SAG_AGREEMENT', date: '2022-04-01' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', current: { date: '2022-03-15' } });

    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        odense.request(RECORD, { input: { kommuneCode: 461, kind: 'MANUAL_CASES', date: '2022-05-01' } }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(7);
    expect(await standing()).toBe(2);
  });

  it('refuses future dates, dates before 2015, unknown kommuner, other kommuner and bad values, storing nothing', async () => {
    const before = await standing();
    const cases: [Record<string, unknown>, string][] = [
      [{ kommuneCode: 461, kind: 'MANUAL_CASES', date: tomorrow() }, 'BAD_USER_INPUT'],
      [{ kommuneCode: 461, kind: 'MANUAL_CASES', date: '2014-12-31' }, 'BAD_USER_INPUT'],
      [{ kommuneCode: 461, kind: 'MANUAL_CASES', date: '2022-02-30' }, 'BAD_USER_INPUT'],
      [{ kommuneCode: 461, kind: 'MANUAL_CASES', date: '15-03-2022' }, 'BAD_USER_INPUT'],
      [{ kommuneCode: 461, kind: 'SOMETHING', date: '2022-03-01' }, 'BAD_USER_INPUT'],
      [{ kommuneCode: 461, kind: 'MANUAL_CASES', date: '2022-03-01', note: 'x'.repeat(2001) }, 'BAD_USER_INPUT'],
      [{ kommuneCode: 999, kind: 'MANUAL_CASES', date: '2022-03-01' }, 'NOT_FOUND'],
      [{ kommuneCode: 40000, kind: 'MANUAL_CASES', date: '2022-03-01' }, 'NOT_FOUND'],
      [{ kommuneCode: -1, kind: 'MANUAL_CASES', date: '2022-03-01' }, 'NOT_FOUND'],
      [{ kommuneCode: 101, kind: 'MANUAL_CASES', date: '2022-03-01' }, 'FORBIDDEN'],
    ];
    for (const [input, code] of cases) {
      expect(await odense.errorCode(RECORD, { input }), JSON.stringify(input).slice(0, 80)).toBe(code);
    }
    expect(await viewer.errorCode(RECORD, { input: { kommuneCode: 461, kind: 'MANUAL_CASES', date: '2022-03-01' } })).toBe('FORBIDDEN');
    expect(
      await new GraphQLClient(app.url).errorCode(RECORD, { input: { kommuneCode: 461, kind: 'MANUAL_CASES', date: '2022-03-01' } }),
    ).toBe('UNAUTHENTICATED');
    const inline = await odense.request(
      'mutation { recordOpsigelse(input: { kommuneCode: 461, kind: MANUAL_CASES, date: "2022-13-01" }) { id } }',
    );
    expect(inline.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await standing()).toBe(before);
  });

  it('takes a withdrawn opsigelse out of every count and series, keeps it in the audit trail, and allows a new one', async () => {
    const { recordOpsigelse } = await admin.data<any>(RECORD, {
      input: { kommuneCode: 101, kind: 'KMD_SAG_AGREEMENT', date: '2021-06-01' },
    });
    let { dashboard } = await viewer.data<any>(COUNTS);
    expect(dashboard.agreement).toBe(2);
    expect(dashboard.series).toEqual([
      { date: '2021-06-01', count: 1 },
      { date: '2022-03-15', count: 2 },
    ]);

    expect(await odense.errorCode(WITHDRAW, { id: recordOpsigelse.id })).toBe('FORBIDDEN');
    expect((await admin.data<any>(WITHDRAW, { id: recordOpsigelse.id })).withdrawOpsigelse).toBe(true);
    ({ dashboard } = await viewer.data<any>(COUNTS));
    expect(dashboard.agreement).toBe(1);
    expect(dashboard.series).toEqual([{ date: '2022-03-15', count: 1 }]);
    expect(dashboard.missing.map((k: any) => k.code)).toContain(101);
    const { kommune } = await viewer.data<any>('{ kommune(code: 101) { opsigelser { id } } }');
    expect(kommune.opsigelser).toEqual([]);

    const events = await app.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`, [recordOpsigelse.id]);
    expect(events.map((e: any) => e.action)).toEqual(['opsigelse.record', 'opsigelse.withdraw']);
    expect(await admin.errorCode(WITHDRAW, { id: recordOpsigelse.id })).toBe('CONFLICT');
    expect(await admin.errorCode(WITHDRAW, { id: 'nope' })).toBe('NOT_FOUND');
    expect(await admin.errorCode(WITHDRAW, { id: '00000000-0000-0000-0000-000000000000' })).toBe('NOT_FOUND');

    await admin.data(RECORD, { input: { kommuneCode: 101, kind: 'KMD_SAG_AGREEMENT', date: '2021-07-01' } });
    ({ dashboard } = await viewer.data<any>(COUNTS));
    expect(dashboard.agreement).toBe(2);
  });

  it('stores hostile notes exactly', async () => {
    const note = `'; DELETE FROM opsigelse; -- <img src=x onerror=alert(1)> 🧨 Æbleø "citat"`;
    const saved = await admin.data<any>(RECORD, { input: { kommuneCode: 147, kind: 'MANUAL_CASES', date: '2020-01-02', note } });
    expect(saved.recordOpsigelse.note).toBe(note);
    const [row] = await app.db.query('SELECT note FROM opsigelse WHERE id = $1', [saved.recordOpsigelse.id]);
    expect(row.note).toBe(note);
  });
});

describe('bulk import of opsigelser', () => {
  it('is for KOMBIT only', async () => {
    expect(await odense.errorCode(IMPORT, { csv: 'kommunekode,kind,date,note\n461,MANUAL_CASES,2022-01-01,' })).toBe('FORBIDDEN');
  });

  it('stores nothing when any line is bad, and names every bad line', async () => {
    const before = await standing();
    const csv = [
      'kommunekode,kind,date,note',
      '151,KMD_SAG_AGREEMENT,2022-01-10,fin',
      '999,KMD_SAG_AGREEMENT,2022-01-10,',
      '153,OPSAGT,2022-01-10,',
      `155,MANUAL_CASES,${tomorrow()},`,
      '157,MANUAL_CASES,2022-02-30,',
      '159,MANUAL_CASES,2022-01-10,',
      '159,Manuelle sager,2022-01-11,',
      '461,KMD_SAG_AGREEMENT,2022-01-10,', // already standing
    ].join('\n');
    const result = await admin.request(IMPORT, { csv });
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.rows.map((r: any) => r.line)).toEqual([3, 4, 5, 6, 8, 9]);
    expect(error?.message).toMatch(/linje 3: kommunekode 999 findes ikke/);
    expect(error?.message).toMatch(/linje 8: samme kommune og type som linje 7/);
    expect(await standing()).toBe(before);
  });

  it('stores every row of a good file in one go, with Danish labels, semicolons and quoted notes', async () => {
    const before = await standing();
    const csv = [
      'kommunekode;kind;date;note',
      '151;KMD_SAG_AGREEMENT;2022-01-10;"Ballerup; via brev"',
      '153;Aftale om KMD Sag;2022-01-12;',
      '153;manual_cases;2022-02-01;"Sagt ""op"" 🎉"',
    ].join('\r\n');
    const { importOpsigelser } = await admin.data<any>(IMPORT, { csv });
    expect(importOpsigelser.imported).toBe(3);
    expect(await standing()).toBe(before + 3);
    const { kommune } = await viewer.data<any>('{ kommune(code: 153) { opsigelser { kind date note } } }');
    expect(kommune.opsigelser).toEqual([
      { kind: 'KMD_SAG_AGREEMENT', date: '2022-01-12', note: null },
      { kind: 'MANUAL_CASES', date: '2022-02-01', note: 'Sagt "op" 🎉' },
    ]);
    const [{ count }] = await app.db.query(`SELECT count(*)::int AS count FROM audit_event WHERE action = 'opsigelse.import'`);
    expect(count).toBe(3);
  });

  it('names every bad line of a long file and imports a whole file of 90 kommuner', async () => {
    const { kommuner } = await viewer.data<any>('{ kommuner { code opsigelser { kind } } }');
    const free = kommuner.filter((k: any) => !k.opsigelser.some((o: any) => o.kind === 'MANUAL_CASES')).map((k: any) => k.code);
    expect(free.length).toBeGreaterThanOrEqual(90);
    const lines = free.slice(0, 90).map((code: number, i: number) => `${code},MANUAL_CASES,${i % 3 === 0 ? '2031-01-01' : '2022-06-01'},`);
    const bad = await admin.request(IMPORT, { csv: lines.join('\n') });
    expect(bad.errors?.[0].extensions?.rows).toHaveLength(30);
    expect(bad.errors?.[0].message).toMatch(/og 10 linjer til/);

    const before = await standing();
    const good = free.slice(0, 90).map((code: number) => `${code},MANUAL_CASES,2022-06-01,`).join('\n');
    expect((await admin.data<any>(IMPORT, { csv: good })).importOpsigelser.imported).toBe(90);
    expect(await standing()).toBe(before + 90);
    const { dashboard } = await viewer.data<any>('{ dashboard { terminated(kind: MANUAL_CASES) } }');
    expect(dashboard.terminated).toBeGreaterThanOrEqual(90);
  });

  it('refuses an empty or unreadable file', async () => {
    for (const csv of ['', 'kommunekode,kind,date,note\n', 'a,"b\n']) {
      expect(await admin.errorCode(IMPORT, { csv }), JSON.stringify(csv)).toBe('BAD_USER_INPUT');
    }
  });
});
