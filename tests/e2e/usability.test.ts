import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { Role, StepStatus } from '@udfasning/domain';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { clientFor, createUser } from '../support/factories.js';
import { findChromium, launchChromium, loggedInPage as logIn, pdfPageCount, screenshot, seriousViolations, SKIP_MESSAGE } from './browser.js';

// The app as its users meet it: nothing typed or saved by a colleague is lost, keyboard-safe saves,
// a readable history, a phone and a printed Overblik.

const chromePath = findChromium();
if (!chromePath) console.log(SKIP_MESSAGE);

const UPDATE = `mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { id version } }`;

describe.runIf(!!chromePath)('usability in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let mette: Awaited<ReturnType<typeof createUser>>;
  let lars: Awaited<ReturnType<typeof createUser>>;
  let admin: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    app = await startTestApp();
    mette = await createUser(app.db, { role: Role.KOMMUNE_CONTACT, kommuneCode: 461, name: 'Mette Mikkelsen' });
    lars = await createUser(app.db, { role: Role.KOMMUNE_CONTACT, kommuneCode: 461, name: 'Lars Larsen' });
    admin = await createUser(app.db, { role: Role.ADMIN, name: 'Anders Admin' });
    browser = await launchChromium(chromePath!);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function loggedInPage(user: { email: string; password: string }, viewport = { width: 1280, height: 900 }) {
    // These pages hear no live updates (the socket is never answered), so a colleague's save races the
    // page as when both save at once (tests/e2e/live.test.ts covers the live page).
    const page = await logIn(browser, app.url, user, { viewport, prepare: (p) => p.routeWebSocket(/\/graphql$/, () => undefined) });
    return { context: page.context(), page };
  }

  async function item(stepNumber: number) {
    const [row] = await app.db.query(
      `SELECT ci.id, ci.status, ci.note, ci.version, s.title FROM checklist_item ci
         JOIN drejebog_step s ON s.step_id = ci.step_id
         JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
        WHERE ci.kommune_code = 461 AND s.number = $1`,
      [stepNumber],
    );
    return row as { id: string; status: string; note: string | null; version: number; title: string };
  }

  async function saves(id: string): Promise<number> {
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'checklist.update'`, [id]);
    return n;
  }

  it("keeps Lars's note when Mette, on an older page, changes only the status", async () => {
    const { context, page } = await loggedInPage(mette);
    await page.goto(`${app.url}/kommuner/461`);
    const step = await item(2);
    const select = page.getByLabel(`Status for "${step.title}"`);
    await select.waitFor();

    const larsClient = await clientFor(app.db, app.url, lars);
    await larsClient.data(UPDATE, { input: { id: step.id, note: 'Lars: aftalt med IT', base: { note: null }, expectedVersion: step.version } });

    await select.selectOption({ label: 'Fuldført' });
    await page.getByText(`Gemt: "${step.title}" står nu som Fuldført. En anden havde imens ændret noten; det er bevaret.`).waitFor();
    expect(await item(2)).toMatchObject({ status: StepStatus.DONE, note: 'Lars: aftalt med IT' });
    expect(await page.getByLabel(`Note til "${step.title}"`).inputValue()).toBe('Lars: aftalt med IT');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets Mette choose per field when both changed the note, showing both', async () => {
    const { context, page } = await loggedInPage(mette);
    await page.goto(`${app.url}/kommuner/461`);
    const step = await item(3);
    const note = page.getByLabel(`Note til "${step.title}"`);
    await note.waitFor({ state: 'attached' });
    const larsClient = await clientFor(app.db, app.url, lars);
    await larsClient.data(UPDATE, { input: { id: step.id, note: 'Lars: venter på KMD', base: { note: null }, expectedVersion: step.version } });

    await page.locator(`#trin-${step.id} summary`).click();
    await note.fill('Mette: mødet er holdt');
    await page.locator(`#trin-${step.id}`).getByRole('button', { name: 'Gem note og ansvarlig' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Lars Larsen gemte dette trin' });
    await conflict.getByLabel('Gemt af Lars Larsen: Lars: venter på KMD').waitFor();
    expect(await item(3)).toMatchObject({ note: 'Lars: venter på KMD' });
    await screenshot(page, 'usability-01-konflikt-pr-felt');
    expect(await seriousViolations(page)).toEqual([]);
    await conflict.getByLabel('Gemt af Lars Larsen: Lars: venter på KMD').check();
    await conflict.getByRole('button', { name: 'Gem mit svar' }).click();
    await page.getByText('Du beholdt det gemte. Intet er ændret.').waitFor();
    expect(await note.inputValue()).toBe('Lars: venter på KMD');
    // Focus is back on a control of the step, not on the page body.
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    await context.close();
  });

  it('saves a status chosen with the arrow keys exactly once, when the user tabs away', async () => {
    const { context, page } = await loggedInPage(mette);
    await page.goto(`${app.url}/kommuner/461`);
    const step = await item(4);
    const select = page.getByLabel(`Status for "${step.title}"`);
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await saves(step.id)).toBe(0);
    await page.keyboard.press('Tab');
    await page.getByText(`Gemt: "${step.title}" står nu som Fuldført.`).waitFor();
    expect(await item(4)).toMatchObject({ status: StepStatus.DONE });
    expect(await saves(step.id)).toBe(1);
    await context.close();
  });

  it('asks before an in-app link drops an unsaved note', async () => {
    const { context, page } = await loggedInPage(mette);
    await page.goto(`${app.url}/kommuner/461`);
    const step = await item(5);
    await page.locator(`#trin-${step.id} summary`).click();
    await page.getByLabel(`Note til "${step.title}"`).fill('Ikke gemt endnu');
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kommuner' }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toMatch(/ikke er gemt/);
    expect(new URL(page.url()).pathname).toBe('/kommuner/461');
    expect(await page.getByLabel(`Note til "${step.title}"`).inputValue()).toBe('Ikke gemt endnu');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kommuner' }).click();
    await page.waitForURL(`${app.url}/kommuner`);
    await context.close();
  });

  it("asks before the browser's Back drops an unsaved note; staying keeps it, confirming leaves", async () => {
    const { context, page } = await loggedInPage(mette);
    // Mette came to Odense's page from the kommune list, inside the app.
    await page.goto(`${app.url}/kommuner`);
    await page.getByRole('link', { name: 'Odense', exact: true }).click();
    await page.waitForURL(`${app.url}/kommuner/461`);
    const step = await item(6);
    await page.locator(`#trin-${step.id} summary`).click();
    const note = page.getByLabel(`Note til "${step.title}"`);
    await note.fill('Skrevet, men ikke gemt');

    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goBack();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toMatch(/ikke er gemt/);
    await page.waitForURL(`${app.url}/kommuner/461`);
    expect(await note.inputValue()).toBe('Skrevet, men ikke gemt');
    expect(await item(6)).toMatchObject({ note: step.note });

    page.once('dialog', (dialog) => void dialog.accept());
    await page.goBack();
    await page.waitForURL(`${app.url}/kommuner`);
    await page.getByRole('heading', { level: 1, name: 'Kommuner' }).waitFor();
    expect(await item(6)).toMatchObject({ note: step.note });
    await context.close();
  });

  it('asks before Back leaves the app with an unsaved note (the browser asks, as on reload)', async () => {
    const { context, page } = await loggedInPage(mette);
    // Opened from a bookmark: Back goes to the page loaded before it, so the browser's own question guards it.
    await page.goto(`${app.url}/kommuner/461`);
    const step = await item(6);
    await page.locator(`#trin-${step.id} summary`).click();
    const note = page.getByLabel(`Note til "${step.title}"`);
    await note.fill('Også ikke gemt');
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    // The cancelled navigation never ends, so nothing waits for it.
    void page.goBack().catch(() => null);
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect(new URL(page.url()).pathname).toBe('/kommuner/461');
    expect(await note.inputValue()).toBe('Også ikke gemt');
    await context.close();
  });

  it('asks before Forward or Back drops a drejebog draft; staying keeps it, confirming leaves', async () => {
    const { context, page } = await loggedInPage(admin);
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    await menu.getByRole('link', { name: 'Drejebog' }).click();
    await page.getByRole('heading', { level: 1, name: /Drejebog/ }).waitFor();
    await menu.getByRole('link', { name: 'Kommuner' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kommuner' }).waitFor();
    await page.goBack();
    await page.getByRole('button', { name: 'Lav en ny version' }).click();
    await page.getByLabel('Versionsnummer').fill('8.1');

    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goForward();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toMatch(/ikke er gemt/);
    await page.waitForURL(`${app.url}/drejebog`);
    expect(await page.getByLabel('Versionsnummer').inputValue()).toBe('8.1');

    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goBack();
    await expect.poll(() => questions.length).toBe(2);
    await page.waitForURL(`${app.url}/drejebog`);
    expect(await page.getByLabel('Versionsnummer').inputValue()).toBe('8.1');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Kommuner' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/kommuner');
    await context.close();
  });

  it("tells the kommune's history in sentences with names and the UI's words", async () => {
    const { context, page } = await loggedInPage(mette);
    await page.goto(`${app.url}/kommuner/461`);
    const step = await item(4);
    const history = page.getByRole('region', { name: 'Historik' });
    await history.getByText(`Mette Mikkelsen ændrede "${step.title}" for Odense Kommune: Ikke påbegyndt → Fuldført.`).waitFor();
    const text = await history.innerText();
    expect(text).not.toMatch(/NOT_STARTED|checklist\.update|ChecklistItem|loggede ind/);
    await context.close();
  });

  it("shows logins and logouts only under 'Log ind og ud', one account at a time, never in a kommune's history", async () => {
    // Mette logs in and out, in her browser.
    const mettes = await loggedInPage(mette);
    await mettes.page.getByRole('button', { name: 'Log ud' }).click();
    await mettes.page.waitForURL((url) => url.pathname.startsWith('/login'));
    await mettes.context.close();

    const { context, page } = await loggedInPage(admin);
    await page.goto(`${app.url}/log`);
    const events = page.getByRole('table', { name: 'Hændelser i revisionssporet' });
    await events.waitFor();
    expect(await events.innerText()).not.toMatch(/loggede (ind|ud)/);

    await page.getByLabel('Hvad', { exact: true }).selectOption({ label: 'Log ind og ud' });
    await events.getByText('Mette Mikkelsen loggede ud.').first().waitFor();
    await events.getByText('Anders Admin loggede ind.').first().waitFor();
    // They belong to an account, not a kommune: the kommune filter stands aside and says why.
    const kommune = page.getByLabel('Kommune', { exact: true });
    expect(await kommune.isDisabled()).toBe(true);
    expect(await kommune.getAttribute('aria-describedby')).toBeTruthy();
    await page.getByText('Gælder ikke for log ind og ud.').waitFor();

    await page.getByLabel('Bruger', { exact: true }).selectOption({ label: 'Mette Mikkelsen' });
    await expect
      .poll(async () => {
        const rows = await events.locator('tbody td:nth-child(2)').allInnerTexts();
        return rows.length > 0 && rows.every((t) => /^Mette Mikkelsen loggede (ind|ud)\.$/.test(t));
      })
      .toBe(true);
    expect(new URL(page.url()).searchParams.get('type')).toBe('log-ind');
    await screenshot(page, 'usability-log-ind-og-ud');
    expect(await seriousViolations(page)).toEqual([]);

    // Odense's history, read by an administrator, has no logins (Mette's carry her kommune, 461).
    await page.goto(`${app.url}/kommuner/461`);
    const history = page.getByRole('region', { name: 'Historik' });
    await history.getByText(/ændrede|Der er ikke ændret noget/).first().waitFor();
    expect(await history.innerText()).not.toMatch(/loggede (ind|ud)/);
    await context.close();
  });

  it('keeps a drejebog draft across a reload', async () => {
    const { context, page } = await loggedInPage(admin);
    await page.goto(`${app.url}/drejebog`);
    await page.getByRole('button', { name: 'Lav en ny version' }).click();
    await page.getByLabel('Versionsnummer').fill('9.9');
    await page.getByLabel('Titel på trin 2', { exact: true }).fill('Deltag i opstartsmødet (nyt navn)');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await page.getByText('Din kladde er hentet frem igen.', { exact: false }).waitFor();
    expect(await page.getByLabel('Versionsnummer').inputValue()).toBe('9.9');
    expect(await page.getByLabel('Titel på trin 2', { exact: true }).inputValue()).toBe('Deltag i opstartsmødet (nyt navn)');
    await page.getByRole('button', { name: 'Kassér kladden' }).click();
    await context.close();
  });

  it('prints Overblik on at most 3 A4 pages with the headline numbers on page 1', async () => {
    const { context, page } = await loggedInPage(admin);
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { name: 'Hvem er bagud?' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.setViewportSize({ width: 794, height: 1123 });
    await screenshot(page, 'usability-print-overblik');
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(3);
    // The numbers come first: the traffic-light counts and the opsigelse counters precede every chart.
    const order = await page.evaluate(() => {
      const top = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? Infinity;
      return { counts: top('.traffic-counts'), counters: top('.counters'), chart: top('.chart') };
    });
    expect(order.counts).toBeLessThan(order.chart);
    expect(order.counters).toBeLessThan(order.chart);
    await context.close();
  });

  it("takes the import page's link to the contact roles, below a list of 150 users drawn in steps", async () => {
    await app.db.query(
      `INSERT INTO app_user (email, name, role, kommune_code, password_hash)
       SELECT 'kontakt-' || g || '@example.dk', 'Kontakt ' || g, 'KOMMUNE_CONTACT', 461, 'not-a-login' FROM generate_series(1, 150) g`,
    );
    const { context, page } = await loggedInPage(admin);
    const heading = page.getByRole('heading', { name: 'Kontaktroller' });
    const inView = () =>
      heading.evaluate((h) => {
        const { top, bottom } = h.getBoundingClientRect();
        return top >= 0 && bottom <= window.innerHeight;
      });
    await page.goto(`${app.url}/indlaes`);
    await page.getByRole('link', { name: 'listen over kontaktroller' }).click();
    await heading.waitFor();
    await expect.poll(inView).toBe(true);
    expect(await page.getByRole('row').count()).toBeGreaterThan(150);
    // Typed or bookmarked: the same section, although it is drawn long after the browser looked for it.
    await page.goto(`${app.url}/`);
    await page.goto(`${app.url}/brugere#kontaktroller`);
    await heading.waitFor();
    await expect.poll(inView).toBe(true);
    await context.close();
  });
});
