import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Role } from '@udfasning/domain';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { clientFor, createUser } from '../support/factories.js';
import { danishDayFromToday as inDays } from '../support/dates.js';
import { findChromium, launchChromium, loggedInPage as logIn, pdfPageCount, screenshot, seriousViolations, SKIP_MESSAGE } from './browser.js';

// The leader's and the contact's pages on a 390 px phone and Overblik on paper, on a programme in full
// swing: 40 kommuner red, two waves, most kommuner not yet terminated, contacts and a week's status mails.

const chromePath = findChromium();
if (!chromePath) console.log(SKIP_MESSAGE);

const SCROLL_BOX_RULES = ['scrollable-region-focusable', 'landmark-unique', 'aria-allowed-attr', 'aria-allowed-role', 'nested-interactive'];

/** What a person on a phone would notice: the page moving sideways, a table not in its box, a kept column gone. */
function phoneProblems(): Promise<string[]> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return (async () => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) {
      // Name what sticks out and is not clipped by a table's box, so a failure says where to look.
      const escapes = (e: Element) => {
        const box = e.closest('.table-scroll');
        const position = getComputedStyle(e).position;
        return !box || ((position === 'absolute' || position === 'fixed') && !box.contains((e as HTMLElement).offsetParent));
      };
      const wide = Array.from(document.querySelectorAll('body *')).filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 0.5 && escapes(e));
      problems.push(`the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth}): ${wide.map((e) => e.outerHTML.slice(0, 80)).join(' | ')}`);
    }
    for (const table of Array.from(document.querySelectorAll('main table'))) {
      const name = (table as HTMLTableElement).caption?.textContent?.trim() || table.className;
      const box = table.parentElement!;
      if (!box.classList.contains('table-scroll')) {
        problems.push(`${name}: not in a scroll box`);
        continue;
      }
      if (box.scrollWidth <= box.clientWidth) continue;
      if (box.tabIndex !== 0 || box.getAttribute('role') !== 'region' || !box.getAttribute('aria-label')) {
        problems.push(`${name}: scrolls but cannot be reached with Tab or has no name`);
      }
      box.scrollLeft = box.scrollWidth;
      await frame();
      if (box.scrollLeft === 0) problems.push(`${name}: did not scroll`);
      const rows = Array.from((table as HTMLTableElement).rows);
      for (const row of rows) {
        const cell = row.cells[0];
        const rect = cell.getBoundingClientRect();
        if (rect.left < 0 || rect.right > window.innerWidth) {
          problems.push(`${name}: "${cell.textContent?.trim()}" left the screen (${Math.round(rect.left)}–${Math.round(rect.right)})`);
          break;
        }
        const background = getComputedStyle(cell).backgroundColor;
        if (background === 'transparent' || background === 'rgba(0, 0, 0, 0)') {
          problems.push(`${name}: "${cell.textContent?.trim()}" has no background of its own`);
          break;
        }
      }
      // The kept cell of the first row is what the eye sees there, not the columns scrolled under it.
      const first = (table as HTMLTableElement).tBodies[0]?.rows[0]?.cells[0];
      if (first) {
        window.scrollTo(0, first.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2);
        await frame();
        const rect = first.getBoundingClientRect();
        const seen = document.elementFromPoint(rect.left + 4, rect.top + rect.height / 2);
        if (!seen || !first.contains(seen)) problems.push(`${name}: "${first.textContent?.trim()}" is covered by ${seen?.outerHTML.slice(0, 60)}`);
      }
      box.scrollLeft = 0;
    }
    return problems;
  })();
}

describe.runIf(!!chromePath)('a programme in full swing on a phone and on paper', () => {
  let app: TestApp;
  let browser: Browser;
  let admin: Awaited<ReturnType<typeof createUser>>;
  let systemId: string;
  const redCodes: number[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    admin = await createUser(app.db, { role: Role.ADMIN, name: 'Anders Admin', email: 'anders.admin@kombit.dk' });
    browser = await launchChromium(chromePath!);
    const kombit = await clientFor(app.db, app.url, admin);
    const codes: number[] = (await app.db.query(`SELECT code FROM kommune ORDER BY code`)).map((r: { code: number }) => r.code);
    // Bølge 1's Forberedelse and Oprydning windows are over: its 40 kommuner are red on steps 1 and 4 (critical path).
    const createWave = 'mutation($input: WaveInput!) { createWave(input: $input) { id } }';
    await kombit.data(createWave, {
      input: {
        name: 'Bølge 1',
        goLive: inDays(30),
        kickOff: inDays(-150),
        windows: [
          { phase: 'Forberedelse', start: inDays(-140), end: inDays(-90) },
          { phase: 'Oprydning', start: inDays(-89), end: inDays(-10) },
        ],
      },
    });
    await kombit.data(createWave, {
      input: { name: 'Bølge 2', goLive: inDays(220), kickOff: inDays(20), windows: [{ phase: 'Forberedelse', start: inDays(25), end: inDays(90) }] },
    });
    redCodes.push(...codes.slice(0, 40));
    const plan = ['kommune;bølge', ...redCodes.map((c) => `${c};Bølge 1`), ...codes.slice(40, 70).map((c) => `${c};Bølge 2`)];
    await kombit.data('mutation($csv: String!) { importWavePlan(csv: $csv) }', { csv: plan.join('\n') });
    // 30 have terminated the agreement, 20 the manual cases: 68 kommuner still miss one or both.
    const opsigelser = ['kommunekode,kind,date,note'];
    codes.slice(68).forEach((code, i) => opsigelser.push(`${code},KMD_SAG_AGREEMENT,${inDays(-300 + i * 7)},`));
    codes.slice(78).forEach((code, i) => opsigelser.push(`${code},MANUAL_CASES,${inDays(-200 + i * 7)},`));
    await kombit.data(`mutation($csv: String!) { importOpsigelser(csv: $csv) { imported } }`, { csv: opsigelser.join('\n') });
    // Test data only: named contact persons (with long e-mail addresses, as real ones are) and the week's status mails.
    await app.db.query(
      `INSERT INTO contact_person (kommune_code, name, email, receives_status)
       SELECT code, 'Udfasningskontakt ' || name, 'kmdsag-udfasning.kontakt@' || lower(translate(name, 'æøå ', 'eoa-')) || '-kommune.dk', true
         FROM kommune WHERE code % 3 = 0`,
    );
    await kombit.data('mutation { sendStatusEmails }');
    [{ id: systemId }] = await app.db.query(`SELECT id FROM legacy_system WHERE name = 'KMD Sag'`);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const loggedInPage = (viewport: { width: number; height: number }) => logIn(browser, app.url, admin, { viewport });

  /** Opens every folded section (the regions of kommuner missing an opsigelse, …) and lets their tables render. */
  async function unfold(page: Page) {
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }

  it('scrolls no page sideways on a 390 px phone; wide tables scroll in their own box and keep their first column', async () => {
    const page = await loggedInPage({ width: 390, height: 844 });
    const routes: { path: string; prepare?: () => Promise<void> }[] = [
      { path: '/' },
      { path: '/kommuner' },
      { path: `/kommuner/${redCodes[0]}` },
      { path: '/systemer' },
      { path: `/systemer/${systemId}` },
      { path: '/drejebog' },
      { path: '/boelger' },
      { path: '/log' },
      { path: '/brugere' },
      { path: '/udsendelser' },
      {
        path: '/indlaes',
        // The preview of an upload is the widest table KOMBIT meets.
        prepare: async () => {
          const section = page.getByRole('region', { name: 'Opsigelser' });
          const csv = ['Kommune,Opsigelse,Dato,Note', '101,Aftale om KMD Sag,2022-02-01,Sendt til KMD med anbefalet brev', 'Atlantis,Manuelle sager,2022-02-01,'];
          await section.getByLabel('Regneark med opsigelser (.xlsx eller .csv)').setInputFiles({ name: 'opsigelser.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n')) });
          await section.getByRole('button', { name: 'Vis hvad filen vil ændre' }).click();
          await section.getByRole('region', { name: 'Forhåndsvisning af opsigelser' }).getByRole('table').waitFor();
        },
      },
      { path: '/konto' },
    ];
    const problems: string[] = [];
    const scrolled: string[] = [];
    for (const route of routes) {
      await page.goto(`${app.url}${route.path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      await route.prepare?.();
      await unfold(page);
      problems.push(...(await page.evaluate(phoneProblems)).map((p) => `${route.path}: ${p}`));
      scrolled.push(...(await page.locator('main .table-scroll[role="region"]').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('aria-label')))).map((n) => `${route.path}: ${n}`));
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `phone-390${route.path.replace(systemId, 'kmd-sag').replaceAll('/', '-').replace(/-$/, '') || '-overblik'}`);
      // What the boxes add for assistive technology (the whole of axe runs on every route in app.test.ts).
      expect(await seriousViolations(page, SCROLL_BOX_RULES), route.path).toEqual([]);
    }
    expect(problems).toEqual([]);
    // The check above looked at real scrolling tables, not only ones that happened to fit.
    expect(scrolled.length, scrolled.join('\n')).toBeGreaterThanOrEqual(5);
    await page.context().close();
  }, 240_000);

  it('prints Overblik on at most 3 A4 pages with the headline numbers on page 1, also with 40 red kommuner', async () => {
    const page = await loggedInPage({ width: 1280, height: 900 });
    await page.getByRole('heading', { name: 'Hvem er bagud?' }).waitFor();
    await page.getByRole('table', { name: 'Røde kommuner og de trin, der gør dem røde' }).getByRole('row').nth(40).waitFor();
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ media: 'print' });
    // Page 1 as the printer lays it out: A4 less the margins in print.css, 186 × 267 mm at 96 px per inch.
    const mm = 96 / 25.4;
    await page.setViewportSize({ width: Math.floor(186 * mm), height: Math.floor(267 * mm) });
    await screenshot(page, 'print-overblik-40-roede');
    const bottoms = await page.evaluate(() => {
      const bottom = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().bottom + window.scrollY;
      return { counts: bottom('.traffic-counts'), counters: bottom('.counters') };
    });
    expect(bottoms.counts).toBeLessThanOrEqual(267 * mm);
    expect(bottoms.counters).toBeLessThanOrEqual(267 * mm);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(3);
    await page.context().close();
  });
});
