import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { Role } from '@udfasning/domain';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/factories.js';
import { findChromium, launchChromium, loggedInPage as logIn, screenshot, seriousViolations, SKIP_MESSAGE } from './browser.js';

// True to the programme in the browser: an empty install's Overblik as a leader sees it, the example
// drejebog saying what it is, and KOMBIT loading its spreadsheets (preview first, then all or nothing).

const chromePath = findChromium();
if (!chromePath) console.log(SKIP_MESSAGE);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function xlsx(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ark1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.runIf(!!chromePath)('programme facts in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let admin: Awaited<ReturnType<typeof createUser>>;
  let viewer: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await createUser(app.db, { role: Role.ADMIN, email: 'kombit@kombit.dk', name: 'Anders Admin' });
    viewer = await createUser(app.db, { role: Role.VIEWER, email: 'leder@kl.dk', name: 'Lone Leder' });
    browser = await launchChromium(chromePath!);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const pageAs = (user: { email: string; password: string }) => logIn(browser, app.url, user);

  it("shows a leader an empty install's Overblik: what will appear, no 1970 axis, the missing kommuner folded by region", async () => {
    const page = await pageAs(viewer);
    await page.getByRole('heading', { level: 1, name: 'Overblik' }).waitFor();
    await page.getByText('Der er ikke registreret nogen opsigelser endnu. Når den første er registreret').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/19[67]\d/);
    await page.getByText('98 kommuner mangler en eller begge opsigelser').waitFor();
    const regions = page.locator('details.missing-region');
    expect(await regions.count()).toBe(5);
    expect(await regions.evaluateAll((all) => all.filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);
    // The names are there on request.
    expect(await page.getByRole('link', { name: 'Københavns Kommune' }).isVisible()).toBe(false);
    await page.locator('summary', { hasText: 'Region Hovedstaden: 29 kommuner' }).click();
    await page.getByRole('link', { name: 'Københavns Kommune' }).waitFor();
    await screenshot(page, '30-overblik-tom');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('says the bundled drejebog is an example on /drejebog and on a tjekliste', async () => {
    const page = await pageAs(viewer);
    await page.goto(`${app.url}/drejebog`);
    await page.getByRole('note', { name: 'Eksempel på drejebog' }).waitFor();
    await page.getByText('bør gennemføre, eller som minimum tage stilling til, inden KMD Sag kan opsiges').waitFor();
    expect(await page.getByText('Gældende version').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${app.url}/kommuner/400`);
    await page.getByRole('heading', { level: 1, name: 'Bornholms Regionskommune' }).waitFor();
    await page.getByRole('note', { name: 'Eksempel på drejebog' }).waitFor();
    await page.context().close();
  });

  it('lets KOMBIT upload opsigelser: every row previewed, bad rows refuse the file, a good file is stored', async () => {
    const page = await pageAs(admin);
    await page.getByRole('link', { name: 'Indlæs regneark' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indlæs regneark' }).waitFor();
    const section = page.getByRole('region', { name: 'Opsigelser' });
    const bad = await xlsx([
      ['Kommune', 'Opsigelse', 'Dato'],
      [101, 'Aftale om KMD Sag', new Date(Date.UTC(2022, 1, 1))],
      ['Atlantis', 'Aftale om KMD Sag', '2022-02-01'],
    ]);
    await section.getByLabel('Regneark med opsigelser (.xlsx eller .csv)').setInputFiles({ name: 'opsigelser.xlsx', mimeType: XLSX, buffer: bad });
    await section.getByRole('button', { name: 'Vis hvad filen vil ændre' }).click();
    const preview = section.getByRole('region', { name: 'Forhåndsvisning af opsigelser' });
    await preview.getByText('kommunen "Atlantis" findes ikke').waitFor();
    await preview.getByText('Ret rækkerne med fejl i regnearket og indlæs det igen. Intet er gemt.').waitFor();
    expect(await preview.getByRole('button', { name: /Gem alle/ }).count()).toBe(0);
    await screenshot(page, '31-indlaes-fejl');
    expect(await seriousViolations(page)).toEqual([]);

    const good = await xlsx([
      ['Kommune', 'Opsigelse', 'Dato'],
      [101, 'Aftale om KMD Sag', new Date(Date.UTC(2022, 1, 1))],
      ['Bornholm', 'Manuelle sager', '15-03-2022'],
    ]);
    await section.getByLabel('Regneark med opsigelser (.xlsx eller .csv)').setInputFiles({ name: 'opsigelser.xlsx', mimeType: XLSX, buffer: good });
    await section.getByRole('button', { name: 'Vis hvad filen vil ændre' }).click();
    await preview.getByRole('cell', { name: 'Københavns Kommune: Aftale om KMD Sag 2022-02-01' }).waitFor();
    await preview.getByRole('button', { name: 'Gem alle 2 ændringer' }).click();
    await section.getByText('Gemt: 2 nye, 0 ændrede, 0 uændrede.').waitFor();
    const stored = await app.db.query(`SELECT kommune_code, to_char(date, 'YYYY-MM-DD') AS date FROM opsigelse ORDER BY kommune_code`);
    expect(stored).toEqual([
      { kommune_code: 101, date: '2022-02-01' },
      { kommune_code: 400, date: '2022-03-15' },
    ]);
    await page.context().close();
  });

  it("publishes KOMBIT's own drejebog from a spreadsheet, and the example notice goes", async () => {
    const page = await pageAs(admin);
    await page.goto(`${app.url}/indlaes`);
    const section = page.getByRole('region', { name: 'Drejebog' });
    await section.getByLabel('Versionsnummer').fill('1.2');
    const file = await xlsx([
      ['Kode', 'Fase', 'Titel', 'Beskrivelse', 'Type', 'Frist'],
      ['KS 01', 'Forberedelse', 'Udpeg KMD Sag udfasnings-kontaktperson', null, 'Obligatorisk på kritisk vej', new Date(Date.UTC(2022, 5, 30))],
      ['KS 02', 'Oprydning', 'Tag stilling til data i KP-tabellerne', null, 'Obligatorisk på kritisk vej', null],
    ]);
    await section.getByLabel('Regneark med drejebogens trin (.xlsx eller .csv)').setInputFiles({ name: 'drejebog.xlsx', mimeType: XLSX, buffer: file });
    await section.getByRole('button', { name: 'Vis hvad filen vil ændre' }).click();
    await section.getByText(/Disse trin er ikke med i filen og udgår/).waitFor();
    await section.getByRole('button', { name: 'Udgiv version 1.2' }).click();
    await section.getByText('Version 1.2 er udgivet og gælder nu for alle kommuner.').waitFor();

    await page.goto(`${app.url}/drejebog`);
    await page.getByText('Gældende version 1.2', { exact: false }).waitFor();
    expect(await page.getByRole('note', { name: 'Eksempel på drejebog' }).count()).toBe(0);
    await page.getByText('KS 01').waitFor();
    await page.goto(`${app.url}/kommuner/101`);
    await page.getByRole('heading', { level: 1, name: 'Københavns Kommune' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Tjekliste for exit fra KMD Sag' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('note', { name: 'Eksempel på drejebog' }).count()).toBe(0);
    await page.context().close();
  });
});
