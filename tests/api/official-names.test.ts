import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Role } from '@udfasning/domain';
import { seedReferenceData } from '../../apps/api/src/server/seed.js';
import { ProgrammeReferenceData1796564017081 } from '../../apps/api/src/db/migrations/1796564017081-ProgrammeReferenceData.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let viewer: GraphQLClient;
let admin: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  viewer = (await loggedIn(app.db, app.url, { role: Role.VIEWER })).client;
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
});
afterAll(() => app?.close());

async function download(path: string, cookie: string | null): Promise<Response> {
  return fetch(`${app.url}${path}`, { headers: cookie ? { cookie } : {} });
}

describe('official kommune names', () => {
  it('names each kommune as it is officially called', async () => {
    const { kommuner } = await viewer.data<any>('{ kommuner { code name officialName } }');
    const byCode = new Map(kommuner.map((k: any) => [k.code, k]));
    expect(byCode.get(101)).toEqual({ code: 101, name: 'København', officialName: 'Københavns Kommune' });
    expect(byCode.get(400)).toMatchObject({ name: 'Bornholm', officialName: 'Bornholms Regionskommune' });
    expect(byCode.get(480)).toMatchObject({ officialName: 'Nordfyns Kommune' });
    expect(byCode.get(820)).toMatchObject({ officialName: 'Vesthimmerlands Kommune' });
    expect(byCode.get(147)).toMatchObject({ officialName: 'Frederiksberg Kommune' });
    const odd = kommuner.filter((k: any) => k.officialName !== `${k.name} Kommune`).map((k: any) => k.code);
    expect(odd.sort()).toEqual([101, 400, 480, 820]);
  });

  it('gives a database made before the names existed the official names when the seed runs', async () => {
    // What the migration leaves on an existing database: "<navn> Kommune" for all.
    await app.db.query(`UPDATE kommune SET official_name = name || ' Kommune'`);
    expect((await app.db.query('SELECT official_name FROM kommune WHERE code = 400'))[0].official_name).toBe('Bornholm Kommune');
    await seedReferenceData(app.db);
    const { kommune, dashboard } = await viewer.data<any>(
      '{ kommune(code: 400) { officialName } dashboard { notTerminated(kind: MANUAL_CASES) { code officialName } } }',
    );
    expect(kommune.officialName).toBe('Bornholms Regionskommune');
    expect(dashboard.notTerminated.find((k: any) => k.code === 101).officialName).toBe('Københavns Kommune');
  });
});

describe('the bundled example drejebog', () => {
  it('relabels the seeded "1.2" of an existing database as the example, and only that one', async () => {
    const migration = new ProgrammeReferenceData1796564017081();
    const runner = app.db.createQueryRunner();
    try {
      await migration.down(runner);
      await app.db.query(`UPDATE drejebog SET is_example = false`);
      expect((await viewer.data<any>('{ drejebog { version isExample } }')).drejebog).toEqual({ version: '1.2', isExample: false });
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect((await viewer.data<any>('{ drejebog { version isExample } }')).drejebog).toEqual({ version: 'Eksempel', isExample: true });
    expect((await viewer.data<any>('{ contactRoles { name } }')).contactRoles).toHaveLength(5);
  });

  it('stops being the example once KOMBIT publishes a version of its own', async () => {
    const { drejebog } = await admin.data<any>('{ drejebog { steps { id phase title description type deadline } } }');
    await admin.data('mutation($input: PublishDrejebogInput!) { publishDrejebog(input: $input) { id } }', {
      input: { version: '1.2', steps: drejebog.steps },
    });
    const { drejebogVersions } = await viewer.data<any>('{ drejebogVersions { version isExample isCurrent } }');
    expect(drejebogVersions).toEqual([
      { version: '1.2', isExample: false, isCurrent: true },
      { version: 'Eksempel', isExample: true, isCurrent: false },
    ]);
  });
});

describe('downloads', () => {
  it('refuses anyone not logged in', async () => {
    const response = await download('/export/kommuner.xlsx', null);
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('Log ind');
  });

  it('gives the kommune list as .xlsx with Danish headers, official names and real date cells', async () => {
    await admin.data('mutation($input: RecordOpsigelseInput!) { recordOpsigelse(input: $input) { id } }', {
      input: { kommuneCode: 101, kind: 'KMD_SAG_AGREEMENT', date: '2022-03-15' },
    });
    const response = await download('/export/kommuner.xlsx', viewer.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="?kommuner-\d{4}-\d{2}-\d{2}\.xlsx"?$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([
      undefined, 'Kommunekode', 'Kommune', 'Region', 'Trafiklys', 'Fuldført eller ikke relevant', 'Trin i alt',
      'Aftale om KMD Sag opsagt', 'Manuelle sager opsagt', 'Kontaktpersoner',
    ]);
    expect(sheet.rowCount).toBe(99);
    const copenhagen = sheet.getRow(2);
    expect(copenhagen.getCell(2).value).toBe('Københavns Kommune');
    expect(copenhagen.getCell(7).value).toEqual(new Date(Date.UTC(2022, 2, 15)));
    expect(copenhagen.getCell(8).value).toBeNull();
  });

  it('gives the chosen view in its order as .csv', async () => {
    const response = await download('/export/kommuner.csv?koder=400,101', viewer.cookie);
    const text = await response.text();
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^400;Bornholms Regionskommune;Region Hovedstaden;/);
    expect(lines[2]).toMatch(/^101;Københavns Kommune;.*;2022-03-15;;$/);
  });

  it("gives a kommune's tjekliste and the step progress report", async () => {
    const tjekliste = await download('/export/tjekliste/400.csv', viewer.cookie);
    expect(tjekliste.headers.get('content-disposition')).toContain('tjekliste-bornholms-regionskommune');
    const lines = (await tjekliste.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Kommune;Nr.;Kode;Fase;Trin;Type;Frist;Status;Ansvarlig;Note;Sidst gemt;Gemt af');
    expect(lines).toHaveLength(13);
    expect(lines[1]).toMatch(/^Bornholms Regionskommune;1;;Forberedelse;Udpeg KMD Sag udfasnings-kontaktperson;Obligatorisk på kritisk vej;;Ikke påbegyndt;/);

    const report = await download('/export/fremdrift.xlsx', viewer.cookie);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await report.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(7).value).toBe('Fuldført');
    expect(sheet.rowCount).toBe(13);
    expect(sheet.getRow(2).getCell(9).value).toBe(98);
    expect((await download('/export/tjekliste/999.xlsx', viewer.cookie)).status).toBe(404);
  });
});
