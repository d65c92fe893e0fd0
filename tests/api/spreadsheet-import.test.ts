import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Role } from '@udfasning/domain';
import { danishDayFromToday } from '../support/dates.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { snapshot } from '../support/db-snapshot.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: GraphQLClient;
let viewer: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
  viewer = (await loggedIn(app.db, app.url, { role: Role.VIEWER })).client;
});
afterAll(() => app?.close());

type CellValue = string | number | Date | null;

/** A real .xlsx file as Excel writes one, base64. */
async function xlsx(rows: CellValue[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ark1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}
const csv = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const PREVIEW_FIELDS = 'newCount changedCount unchangedCount errorCount rows { line outcome summary message } retiredSteps { title }';
const PREVIEW_OPSIGELSER = `query($f: String!, $n: String!) { previewOpsigelseImport(fileBase64: $f, fileName: $n) { ${PREVIEW_FIELDS} } }`;
const APPLY_OPSIGELSER = 'mutation($f: String!, $n: String!) { applyOpsigelseImport(fileBase64: $f, fileName: $n) { created changed unchanged } }';
const PREVIEW_CONTACTS = `query($f: String!, $n: String!) { previewContactImport(fileBase64: $f, fileName: $n) { ${PREVIEW_FIELDS} } }`;
const APPLY_CONTACTS = 'mutation($f: String!, $n: String!) { applyContactImport(fileBase64: $f, fileName: $n) { created changed unchanged } }';
const PREVIEW_DREJEBOG = `query($f: String!, $n: String!, $v: String!) { previewDrejebogImport(fileBase64: $f, fileName: $n, version: $v) { ${PREVIEW_FIELDS} } }`;
const APPLY_DREJEBOG = `mutation($f: String!, $n: String!, $v: String!) { applyDrejebogImport(fileBase64: $f, fileName: $n, version: $v) {
  version isCurrent isExample steps { id number code title deadline } } }`;

describe('uploading opsigelser', () => {
  it('previews every row, then stores them all with date cells read as days, audited', async () => {
    const file = await xlsx([
      ['Kommune', 'Opsigelse', 'Dato', 'Bemærkning'],
      [101, 'Aftale om KMD Sag', day('2022-02-01'), null],
      ['Bornholms Regionskommune', 'Manuelle sager', '15-03-2022', 'Pr. brev'],
      ['aarhus', 'KMD_SAG_AGREEMENT', '2022-04-01', null],
    ]);
    const before = await snapshot(app.db);
    const { previewOpsigelseImport: preview } = await admin.data<any>(PREVIEW_OPSIGELSER, { f: file, n: 'opsigelser.xlsx' });
    expect(await snapshot(app.db)).toEqual(before);
    expect(preview).toMatchObject({ newCount: 3, changedCount: 0, unchangedCount: 0, errorCount: 0 });
    expect(preview.rows.map((r: any) => [r.line, r.outcome, r.summary])).toEqual([
      [2, 'NEW', 'Københavns Kommune: Aftale om KMD Sag 2022-02-01'],
      [3, 'NEW', 'Bornholms Regionskommune: Manuelle sager 2022-03-15'],
      [4, 'NEW', 'Aarhus Kommune: Aftale om KMD Sag 2022-04-01'],
    ]);

    expect((await admin.data<any>(APPLY_OPSIGELSER, { f: file, n: 'opsigelser.xlsx' })).applyOpsigelseImport).toEqual({
      created: 3,
      changed: 0,
      unchanged: 0,
    });
    const { kommune } = await viewer.data<any>('{ kommune(code: 400) { opsigelser { kind date note } } }');
    expect(kommune.opsigelser).toEqual([{ kind: 'MANUAL_CASES', date: '2022-03-15', note: 'Pr. brev' }]);
    const [{ count }] = await app.db.query(`SELECT count(*)::int AS count FROM audit_event WHERE action = 'opsigelse.import'`);
    expect(count).toBe(3);
  });

  it('tells unchanged from changed rows when the same overview comes again', async () => {
    const file = csv('Kommunekode;Type;Dato;Note\r\n101;Aftale om KMD Sag;2022-02-01;\r\n400;Manuelle sager;2022-03-20;Pr. brev\r\n');
    const { previewOpsigelseImport: preview } = await admin.data<any>(PREVIEW_OPSIGELSER, { f: file, n: 'opsigelser.csv' });
    expect(preview.rows.map((r: any) => [r.outcome, r.message])).toEqual([
      ['UNCHANGED', null],
      ['CHANGED', 'dato 2022-03-15 → 2022-03-20'],
    ]);
    await admin.data(APPLY_OPSIGELSER, { f: file, n: 'opsigelser.csv' });
    const { kommune } = await viewer.data<any>('{ kommune(code: 400) { opsigelser { date } } }');
    expect(kommune.opsigelser).toEqual([{ date: '2022-03-20' }]);
  });

  it('names every bad row with its reason and stores nothing when any row is bad', async () => {
    const file = await xlsx([
      ['Kommune', 'Opsigelse', 'Dato'],
      [147, 'Aftale om KMD Sag', day('2022-01-10')],
      ['Atlantis', 'Aftale om KMD Sag', day('2022-01-10')],
      [151, 'Kaffeaftale', day('2022-01-10')],
      [153, 'Manuelle sager', danishDayFromToday(3)],
      [155, 'Manuelle sager', '31-02-2022'],
      [147, 'aftale', '2022-01-11'],
    ]);
    const { previewOpsigelseImport: preview } = await admin.data<any>(PREVIEW_OPSIGELSER, { f: file, n: 'fejl.xlsx' });
    expect(preview.errorCount).toBe(5);
    expect(preview.rows.map((r: any) => [r.line, r.outcome, r.message])).toEqual([
      [2, 'NEW', null],
      [3, 'ERROR', 'kommunen "Atlantis" findes ikke'],
      [4, 'ERROR', 'ukendt opsigelse "Kaffeaftale" (brug "Aftale om KMD Sag" eller "Manuelle sager")'],
      [5, 'ERROR', 'datoen må ikke ligge i fremtiden'],
      [6, 'ERROR', 'ugyldig dato "31-02-2022"'],
      [7, 'ERROR', 'samme kommune og opsigelse som linje 2'],
    ]);
    const before = await snapshot(app.db);
    const refused = await admin.request(APPLY_OPSIGELSER, { f: file, n: 'fejl.xlsx' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/^Intet er gemt: 5 rækker er ugyldige\.\nlinje 3: kommunen "Atlantis" findes ikke/);
    expect(refused.errors?.[0]?.extensions?.rows.map((r: any) => r.line)).toEqual([3, 4, 5, 6, 7]);
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('keeps the existing CSV import working', async () => {
    const { importOpsigelser } = await admin.data<any>('mutation($csv: String!) { importOpsigelser(csv: $csv) { imported } }', {
      csv: 'kommunekode,kind,date,note\n157,MANUAL_CASES,2022-01-05,',
    });
    expect(importOpsigelser.imported).toBe(1);
  });
});

describe('uploading contact persons', () => {
  it('adds new contacts, updates known ones by kommune and e-mail, and checks roles against the list', async () => {
    await admin.data('mutation($input: AddContactInput!) { addContact(input: $input) { id } }', {
      input: { kommuneCode: 461, name: 'Ole Odense', email: 'ole@odense.dk' },
    });
    const file = csv(
      [
        'Kommune;Navn;E-mail;Telefon;Rolle',
        'Odense;Ole Odense;OLE@odense.dk;66 13 13 72;KMD Sag udfasnings-kontaktperson',
        '461;Pia Plus;pia@odense.dk;;plus one (udfasning)',
        '630;Vera Vejle;vera@vejle.dk;;',
      ].join('\r\n'),
    );
    const { previewContactImport: preview } = await admin.data<any>(PREVIEW_CONTACTS, { f: file, n: 'kontakter.csv' });
    expect(preview.rows.map((r: any) => [r.outcome, r.message])).toEqual([
      ['CHANGED', 'telefon (ingen) → 66 13 13 72; rolle (ingen) → KMD Sag udfasnings-kontaktperson'],
      ['NEW', null],
      ['NEW', null],
    ]);
    expect((await admin.data<any>(APPLY_CONTACTS, { f: file, n: 'kontakter.csv' })).applyContactImport).toEqual({
      created: 2,
      changed: 1,
      unchanged: 0,
    });
    const { kommune } = await viewer.data<any>('{ kommune(code: 461) { contacts { name email phone role } } }');
    expect(kommune.contacts).toEqual([
      { name: 'Ole Odense', email: 'ole@odense.dk', phone: '66 13 13 72', role: 'KMD Sag udfasnings-kontaktperson' },
      { name: 'Pia Plus', email: 'pia@odense.dk', phone: null, role: 'Plus one (udfasning)' },
    ]);
    const [{ count }] = await app.db.query(`SELECT count(*)::int AS count FROM audit_event WHERE action = 'contact.import'`);
    expect(count).toBe(3);
  });

  it('refuses the whole file for one bad e-mail or a role not on the list', async () => {
    const file = await xlsx([
      ['Kommune', 'Navn', 'E-mail', 'Rolle'],
      [751, 'Anne Aarhus', 'anne@aarhus.dk', 'Projektleder'],
      [751, 'Bo Aarhus', 'bo-at-aarhus', null],
      [751, 'Cia Aarhus', 'cia@aarhus.dk', 'Borgmester'],
      [751, '', 'dan@aarhus.dk', null],
    ]);
    const before = await snapshot(app.db);
    const { previewContactImport: preview } = await admin.data<any>(PREVIEW_CONTACTS, { f: file, n: 'kontakter.xlsx' });
    expect(preview.rows.map((r: any) => [r.outcome, r.message])).toEqual([
      ['NEW', null],
      ['ERROR', 'e-mailadressen er ikke gyldig'],
      ['ERROR', 'rollen "Borgmester" er ikke på listen'],
      ['ERROR', 'navnet skal udfyldes'],
    ]);
    expect(await admin.errorCode(APPLY_CONTACTS, { f: file, n: 'kontakter.xlsx' })).toBe('BAD_USER_INPUT');
    expect(await snapshot(app.db)).toEqual(before);
  });
});

describe('uploading a drejebog', () => {
  it("publishes KOMBIT's own version through the publish path: matched steps keep every answer, the rest is new or retired", async () => {
    const { drejebog } = await admin.data<any>('{ drejebog { steps { id title } } kommune(code: 630) { checklist { id version step { id } } } }');
    const first = drejebog.steps[0];
    const { kommune } = await admin.data<any>('{ kommune(code: 630) { checklist { id version step { id } } } }');
    const item = kommune.checklist.find((i: any) => i.step.id === first.id);
    await admin.data('mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { id } }', {
      input: { id: item.id, status: 'DONE', expectedVersion: item.version },
    });
    const file = await xlsx([
      ['Kode', 'Fase', 'Titel', 'Beskrivelse', 'Type', 'Frist'],
      ['KS 01', 'Forberedelse', first.title, 'Navn og e-mail til KOMBIT.', 'Obligatorisk på kritisk vej', day('2022-06-30')],
      ['KS 02', 'Oprydning', 'Tag stilling til KP-tabellerne', null, 'obligatorisk', '30-09-2022'],
      ['KS 03', 'Opsigelse', 'Meld datoen for opsigelsen til KOMBIT', null, 'Anbefalet', null],
    ]);
    const before = await snapshot(app.db);
    const { previewDrejebogImport: preview } = await admin.data<any>(PREVIEW_DREJEBOG, { f: file, n: 'drejebog.xlsx', v: '1.2' });
    expect(await snapshot(app.db)).toEqual(before);
    expect(preview.rows.map((r: any) => [r.outcome, r.message])).toEqual([
      ['CHANGED', 'ændrer kode, beskrivelse, frist; svarene bevares'],
      ['NEW', null],
      ['NEW', null],
    ]);
    expect(preview.retiredSteps).toHaveLength(11);

    const { applyDrejebogImport: published } = await admin.data<any>(APPLY_DREJEBOG, { f: file, n: 'drejebog.xlsx', v: '1.2' });
    expect(published).toMatchObject({ version: '1.2', isCurrent: true, isExample: false });
    expect(published.steps.map((s: any) => [s.number, s.code, s.title, s.deadline])).toEqual([
      [1, 'KS 01', first.title, '2022-06-30'],
      [2, 'KS 02', 'Tag stilling til KP-tabellerne', '2022-09-30'],
      [3, 'KS 03', 'Meld datoen for opsigelsen til KOMBIT', null],
    ]);
    expect(published.steps[0].id).toBe(first.id);
    const after = await viewer.data<any>('{ kommune(code: 630) { progress { done total } } }');
    expect(after.kommune.progress).toEqual({ done: 1, total: 3 });
    const [event] = await app.db.query(`SELECT after FROM audit_event WHERE action = 'drejebog.publish' ORDER BY id DESC LIMIT 1`);
    expect(event.after.source).toBe('upload: drejebog.xlsx');

    // The same file again: matched by code, nothing changes but the label is taken.
    const again = await admin.data<any>(PREVIEW_DREJEBOG, { f: file, n: 'drejebog.xlsx', v: '1.3' });
    expect(again.previewDrejebogImport.rows.map((r: any) => r.outcome)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(await admin.errorCode(APPLY_DREJEBOG, { f: file, n: 'drejebog.xlsx', v: '1.2' })).toBe('CONFLICT');
  });

  it('refuses steps without a title or with an unknown type, publishing nothing', async () => {
    const file = csv('Fase;Titel;Type\r\nForberedelse;;Anbefalet\r\nForberedelse;Et trin;Valgfrit\r\n');
    const { previewDrejebogImport: preview } = await admin.data<any>(PREVIEW_DREJEBOG, { f: file, n: 'd.csv', v: '2.0' });
    expect(preview.rows.map((r: any) => [r.outcome, r.message])).toEqual([
      ['ERROR', 'titlen skal udfyldes'],
      ['ERROR', 'ukendt type "Valgfrit" (brug "Obligatorisk", "Obligatorisk på kritisk vej", "Anbefalet")'],
    ]);
    const before = await snapshot(app.db);
    expect(await admin.errorCode(APPLY_DREJEBOG, { f: file, n: 'd.csv', v: '2.0' })).toBe('BAD_USER_INPUT');
    expect(await snapshot(app.db)).toEqual(before);
  });
});

describe('files the uploads refuse', () => {
  it('says what is wrong with the file itself', async () => {
    const message = async (f: string, n: string) => (await admin.request(PREVIEW_OPSIGELSER, { f, n })).errors?.[0];
    const big = await message(Buffer.alloc(1_100_000, 'a').toString('base64'), 'stor.csv');
    expect(big).toMatchObject({ message: 'Filen er for stor: højst 1 MB.', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await message(csv('x'), 'notat.docx'))?.message).toBe('Upload en .xlsx- eller .csv-fil.');
    expect((await message(csv('ikke et regneark'), 'falsk.xlsx'))?.message).toBe('Filen kan ikke læses som et Excel-regneark (.xlsx).');
    expect((await message(csv('Kommune;Note\r\n101;x'), 'o.csv'))?.message).toBe(
      'Første række skal have kolonnerne "Kommune", "Opsigelse", "Dato". Mangler: "Opsigelse", "Dato".',
    );
    expect((await message(await xlsx([['Kommune', 'Opsigelse', 'Dato']]), 'tom.xlsx'))?.message).toBe('Filen har ingen rækker under overskrifterne.');
  });

  it("is KOMBIT's alone", async () => {
    const f = csv('Kommune;Opsigelse;Dato\r\n101;Manuelle sager;2022-01-01');
    expect(await viewer.errorCode(PREVIEW_OPSIGELSER, { f, n: 'o.csv' })).toBe('FORBIDDEN');
    expect(await viewer.errorCode(APPLY_OPSIGELSER, { f, n: 'o.csv' })).toBe('FORBIDDEN');
    expect(await new GraphQLClient(app.url).errorCode(PREVIEW_CONTACTS, { f, n: 'o.csv' })).toBe('UNAUTHENTICATED');
  });
});
