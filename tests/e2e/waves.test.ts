import 'reflect-metadata';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { Role } from '@udfasning/domain';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { clientFor, createUser } from '../support/factories.js';
import { danishDayFromToday as inDays } from '../support/dates.js';
import { findChromium, launchChromium, loggedInPage as logIn, screenshot, seriousViolations, SKIP_MESSAGE } from './browser.js';

// /boelger in the system Chromium: KOMBIT creates a wave, places kommuner (one by one and by CSV), sees
// the plan as a timeline and a table and each kommune's traffic light and gate states; axe finds nothing serious.

const chromePath = findChromium();
if (!chromePath) console.log(SKIP_MESSAGE);

describe.runIf(!!chromePath)('the wave plan in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let admin: Awaited<ReturnType<typeof createUser>>;
  let viewer: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await createUser(app.db, { role: Role.ADMIN, email: 'kombit@kombit.dk', name: 'Anders Admin' });
    viewer = await createUser(app.db, { role: Role.VIEWER, email: 'leder@kl.dk', name: 'Lone Leder' });
    browser = await launchChromium(chromePath!);
    // Codes and a gate: Gate 1 verified by step 3, ten weeks before go-live.
    const kombit = await clientFor(app.db, app.url, admin);
    const { drejebog } = await kombit.data<any>('{ drejebog { steps { id number phase title description type deadline } } }');
    const steps = drejebog.steps.map(({ number, ...s }: any) => ({ ...s, code: `KLIK ${String(number).padStart(2, '0')}` }));
    await kombit.data('mutation($input: PublishDrejebogInput!) { publishDrejebog(input: $input) { id } }', {
      input: {
        version: '1.3',
        steps,
        gates: [{ number: 1, name: 'Kontaktperson bekræftet', weeksBeforeGoLive: 10, verificationCode: 'KLIK 03', prerequisiteCodes: ['KLIK 01'] }],
      },
    });
    // An earlier wave whose first gate has passed (missed for its kommuner).
    await kombit.data('mutation($input: WaveInput!) { createWave(input: $input) { id } }', {
      input: {
        name: 'Bølge 1',
        goLive: inDays(30),
        kickOff: inDays(-60),
        windows: [
          { phase: 'Forberedelse', start: inDays(-50), end: inDays(-20) },
          { phase: 'Oprydning', start: inDays(-19), end: inDays(20) },
        ],
      },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const loggedInPage = (user: { email: string; password: string }) => logIn(browser, app.url, user);

  async function placement(code: number): Promise<{ wave: string | null; provisional: boolean }> {
    const [row] = await app.db.query(
      'SELECT w.name AS wave, k.wave_provisional AS provisional FROM kommune k LEFT JOIN wave w ON w.id = k.wave_id WHERE k.code = $1',
      [code],
    );
    return row;
  }

  it('lets KOMBIT create a wave, place kommuner by hand and by CSV, and shows the plan with traffic lights and gates', async () => {
    const page = await loggedInPage(admin);
    await page.getByRole('link', { name: 'Bølger' }).click();
    await page.getByRole('heading', { name: 'Bølger', level: 1 }).waitFor();
    expect(await page.getByRole('img', { name: /Bølgeplanen som tidslinje: Bølge 1 idriftsættes/ }).count()).toBe(1);

    // A new wave.
    await page.getByRole('button', { name: 'Ny bølge' }).click();
    await page.getByLabel('Navn', { exact: true }).fill('Bølge 2');
    await page.getByLabel('Idriftsættelsesdato').fill(inDays(150));
    await page.getByLabel('Forberedelse: start').fill(inDays(10));
    await page.getByLabel('Forberedelse: slut').fill(inDays(60));
    await page.getByRole('button', { name: 'Opret bølge' }).click();
    await page.getByRole('heading', { name: 'Bølge 2', level: 2 }).waitFor();
    const [stored] = await app.db.query(`SELECT to_char(go_live, 'YYYY-MM-DD') AS "goLive" FROM wave WHERE name = 'Bølge 2'`);
    expect(stored.goLive).toBe(inDays(150));

    // One kommune by hand, provisional.
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Frederiksberg' });
    await page.getByLabel('Bølge', { exact: true }).selectOption({ label: 'Bølge 1' });
    await page.getByLabel('Foreløbig placering (skal planlægges igen)').check();
    await page.getByRole('button', { name: 'Gem placering' }).click();
    await page.getByText('Frederiksberg er placeret i Bølge 1 (foreløbig).').waitFor();
    expect(await placement(147)).toEqual({ wave: 'Bølge 1', provisional: true });

    // A CSV plan with a bad line stores nothing and names the line; the corrected one is applied.
    const dir = mkdtempSync(path.join(tmpdir(), 'boelger-'));
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'kommune;bølge\n101;Bølge 1\nAtlantis;Bølge 2\n');
    await page.getByLabel('CSV-fil med bølgeplanen').setInputFiles(bad);
    await page.getByRole('button', { name: 'Indlæs bølgeplan' }).click();
    await page.getByText(/Linje 3: ukendt kommune "Atlantis"/).waitFor();
    expect((await placement(101)).wave).toBeNull();
    const good = path.join(dir, 'good.csv');
    writeFileSync(good, 'kommune;bølge\nKøbenhavns Kommune;Bølge 1\nAarhus;Bølge 2\n');
    await page.getByLabel('CSV-fil med bølgeplanen').setInputFiles(good);
    await page.getByRole('button', { name: 'Indlæs bølgeplan' }).click();
    await page.getByText('2 placeringer er gemt.').waitFor();
    expect(await placement(101)).toEqual({ wave: 'Bølge 1', provisional: false });
    expect((await placement(751)).wave).toBe('Bølge 2');

    // Bølge 1: its kommuner, marked provisional, red (Forberedelse is over and gate 1 missed), gate state in words.
    const wave1 = page.getByRole('region', { name: 'Bølge 1' });
    await wave1.getByRole('link', { name: 'Frederiksberg' }).waitFor();
    expect(await wave1.getByText('Foreløbig placering').count()).toBe(1);
    const row = wave1.getByRole('row', { name: /København/ });
    expect(await row.getByText('Rød').count()).toBe(1);
    expect(await row.getByText('Overskredet').count()).toBeGreaterThan(0);
    // The table alternative states the plan in words.
    const table = page.getByRole('table', { name: 'Bølgeplanen som tabel' });
    expect(await table.getByRole('row', { name: /Bølge 2/ }).textContent()).toContain('1');

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '30-boelger');

    // The kommune page shows its wave, its gate and each step's effective frist.
    await page.goto(`${app.url}/kommuner/101`);
    await page.getByRole('heading', { name: 'Gates' }).waitFor();
    expect(await page.getByText('Gate 1: Kontaktperson bekræftet').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Bølge 1' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // The kommune list filters by wave, kept in the URL.
    await page.goto(`${app.url}/kommuner`);
    await page.getByLabel('Bølge', { exact: true }).selectOption({ label: 'Bølge 1' });
    await page.waitForURL(/bolge=B%C3%B8lge\+1|bolge=B%C3%B8lge%201/);
    await page.getByText('Viser 2 af 98 kommuner').waitFor();
    await page.context().close();
  });

  it('shows a leader the plan read-only, and the per-wave summary on Overblik', async () => {
    const page = await loggedInPage(viewer);
    await page.getByRole('region', { name: 'Bølger' }).getByRole('row', { name: /Bølge 1/ }).waitFor();
    await page.goto(`${app.url}/boelger`);
    await page.getByRole('heading', { name: 'Bølge 1', level: 2 }).waitFor();
    expect(await page.getByRole('button', { name: 'Ny bølge' }).count()).toBe(0);
    expect(await page.getByLabel('CSV-fil med bølgeplanen').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
