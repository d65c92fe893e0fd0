import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { Role, StepStatus } from '@udfasning/domain';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { clientFor, createUser } from '../support/factories.js';
import { findChromium, launchChromium } from './browser.js';

// One change, one request: a page redraws from the answer to the change itself, without fetching what it
// shows again. The pages hear no live updates here (their socket is never answered), so what they show
// after a change came in that answer.

const chromePath = findChromium();
const LINKED = 'Opsig aftalen om KMD Sag';

describe.runIf(!!chromePath)("pages redraw from a change's answer", () => {
  let app: TestApp;
  let browser: Browser;
  let admin: Awaited<ReturnType<typeof createUser>>;
  let contact: Awaited<ReturnType<typeof createUser>>;
  const contexts: BrowserContext[] = [];
  /** Per page: the GraphQL operations it sent, by name, and how many are still under way. */
  const traffic = new Map<Page, { sent: string[]; open: number }>();

  beforeAll(async () => {
    app = await startTestApp();
    admin = await createUser(app.db, { role: Role.ADMIN, email: 'kombit@kombit.dk', name: 'Anders Admin' });
    contact = await createUser(app.db, { role: Role.KOMMUNE_CONTACT, kommuneCode: 147, email: 'frida@frederiksberg.dk', name: 'Frida' });
    // A version whose step "Opsig aftalen om KMD Sag" follows the opsigelse of the agreement.
    const kombit = await clientFor(app.db, app.url, admin);
    const { drejebog } = await kombit.data<any>('{ drejebog { steps { id phase title description type deadline } } }');
    const steps = drejebog.steps.map((s: any) => ({ ...s, opsigelseKind: s.title === LINKED ? 'KMD_SAG_AGREEMENT' : null }));
    expect(steps.some((s: any) => s.opsigelseKind)).toBe(true);
    await kombit.data('mutation($input: PublishDrejebogInput!) { publishDrejebog(input: $input) { id } }', { input: { version: '2.0', steps } });
    browser = await launchChromium(chromePath!);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.close();
  });

  async function pageAs(user: { email: string; password: string }, path: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
    page.on('dialog', (dialog) => void dialog.accept());
    await page.routeWebSocket(/\/graphql$/, () => undefined);
    const seen = { sent: [] as string[], open: 0 };
    traffic.set(page, seen);
    const isGraphql = (request: Request) => request.method() === 'POST' && new URL(request.url()).pathname === '/graphql';
    page.on('request', (request) => {
      if (!isGraphql(request)) return;
      seen.open += 1;
      seen.sent.push((request.postDataJSON() as { operationName?: string }).operationName ?? '?');
    });
    const done = (request: Request) => {
      if (isGraphql(request)) seen.open -= 1;
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    await page.goto(`${app.url}/login?next=${encodeURIComponent(path)}`);
    await page.getByLabel('E-mail', { exact: true }).fill(user.email);
    await page.getByLabel('Adgangskode', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL(`${app.url}${path}`);
    await page.locator('main h1').first().waitFor();
    return page;
  }

  /**
   * The operations `action` made `page` send: counted from a moment when none is under way (call it once
   * the page shows what it loads), until the page has shown the outcome and every request has ended.
   */
  async function requestsOf(page: Page, action: () => Promise<void>): Promise<string[]> {
    const seen = traffic.get(page)!;
    await expect.poll(() => seen.open).toBe(0);
    seen.sent = [];
    await action();
    await expect.poll(() => seen.open).toBe(0);
    return seen.sent;
  }

  describe("a kommune's page", () => {
    let page: Page;
    beforeAll(async () => {
      page = await pageAs(contact, '/kommuner/147');
      // Loaded: the tjekliste, the contact roles for the form and the history.
      await page.getByLabel(`Status for "${LINKED}"`).waitFor();
      await page.getByLabel('Rolle', { exact: true }).locator('option', { hasText: 'Projektleder' }).first().waitFor({ state: 'attached' });
      await page.getByRole('region', { name: 'Historik' }).getByText(/Der er ikke ændret|Seneste ændringer/).first().waitFor();
    });
    afterAll(() => page.context().close());
    const status = () => page.getByLabel(`Status for "${LINKED}"`);
    const progress = () => page.locator('.kommune-summary').getByText(/^Fremdrift:/);

    it('records an opsigelse and withdraws it: the step it completes, the progress and the card follow at once', async () => {
      expect(await status().inputValue()).toBe(StepStatus.NOT_STARTED);
      expect(await progress().innerText()).toMatch(/^Fremdrift: 0 fuldført/);
      const recorded = await requestsOf(page, async () => {
        await page.getByLabel('Dato for opsigelse af aftale om KMD Sag').fill('2022-03-01');
        await page.getByRole('button', { name: 'Registrér opsigelse af aftale om KMD Sag' }).click();
        await page.getByText('Opsagt 1. mar. 2022').waitFor();
      });
      expect(recorded).toEqual(['RecordOpsigelse']);
      expect(await status().inputValue()).toBe(StepStatus.DONE);
      expect(await progress().innerText()).toMatch(/^Fremdrift: 1 fuldført/);

      // Withdrawn: the step reopens and the card asks for the opsigelse again.
      const withdrawn = await requestsOf(page, async () => {
        await page.getByRole('button', { name: 'Træk opsigelsen tilbage' }).click();
        await page.getByRole('button', { name: 'Registrér opsigelse af aftale om KMD Sag' }).waitFor();
      });
      expect(withdrawn).toEqual(['WithdrawOpsigelse']);
      expect(await page.getByText('Opsagt 1. mar. 2022').count()).toBe(0);
      expect(await status().inputValue()).toBe(StepStatus.NOT_STARTED);
      expect(await progress().innerText()).toMatch(/^Fremdrift: 0 fuldført/);
    });

    it('adds a contact person and removes it again', async () => {
      const contacts = page.getByRole('region', { name: 'Kontaktpersoner i Frederiksberg Kommune' });
      const added = await requestsOf(page, async () => {
        await contacts.getByLabel('Navn', { exact: true }).fill('Jens Jensen');
        await contacts.getByLabel('E-mail', { exact: true }).fill('jens@frederiksberg.dk');
        await contacts.getByRole('button', { name: 'Tilføj kontaktperson' }).click();
        await contacts.getByRole('link', { name: 'jens@frederiksberg.dk' }).waitFor();
      });
      expect(added).toEqual(['AddContact']);

      const removed = await requestsOf(page, async () => {
        await contacts.getByRole('button', { name: 'Fjern Jens Jensen' }).click();
        await contacts.getByText('Kommunen har ikke oplyst en kontaktperson.').waitFor();
      });
      expect(removed).toEqual(['RemoveContact']);
      expect(await app.db.query(`SELECT name FROM contact_person WHERE kommune_code = 147`)).toEqual([]);
    });
  });

  describe("KOMBIT's pages", () => {
    it('lists a new user at once, and adds and removes a contact role', async () => {
      const page = await pageAs(admin, '/brugere');
      await page.getByRole('region', { name: 'Kontaktroller' }).getByRole('rowheader', { name: 'Projektleder' }).waitFor();
      const created = await requestsOf(page, async () => {
        await page.getByLabel('Navn', { exact: true }).fill('Lone Leder');
        await page.getByLabel('E-mail', { exact: true }).fill('leder@kl.dk');
        await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Læser' });
        await page.getByLabel('Adgangskode (mindst 12 tegn)').fill('a-long-enough-password');
        await page.getByRole('button', { name: 'Opret bruger' }).click();
        await page.getByText('Lone Leder er oprettet.').waitFor();
      });
      expect(created).toEqual(['CreateUser']);
      const emails = await page.getByRole('table', { name: /brugere$/ }).locator('tbody tr td:nth-child(2)').allInnerTexts();
      expect(emails).toContain('leder@kl.dk');
      expect(emails).toEqual([...emails].sort());

      const roles = page.getByRole('region', { name: 'Kontaktroller' });
      const added = await requestsOf(page, async () => {
        await roles.getByLabel('Ny rolle').fill('Testkoordinator');
        await roles.getByRole('button', { name: 'Tilføj rolle' }).click();
        await roles.getByRole('rowheader', { name: 'Testkoordinator' }).waitFor();
      });
      expect(added).toEqual(['AddContactRole']);
      expect(await roles.getByLabel('Testkoordinator modtager den ugentlige statusmail').isChecked()).toBe(true);
      const removed = await requestsOf(page, async () => {
        await roles.getByRole('button', { name: 'Fjern Testkoordinator' }).click();
        await roles.getByRole('rowheader', { name: 'Testkoordinator' }).waitFor({ state: 'detached' });
      });
      expect(removed).toEqual(['RemoveContactRole']);
    });

    it("moves a system's earliest shutdown with a new last mover, and lists an alternative at once", async () => {
      const [{ id }] = await app.db.query(`SELECT id FROM legacy_system WHERE name = 'V-Data'`);
      const page = await pageAs(admin, `/systemer/${id}`);
      await page.getByLabel('System der afhænger').locator('option', { hasText: 'VALG' }).first().waitFor({ state: 'attached' });
      const shutdown = page.locator('.facts div').filter({ hasText: 'Tidligste lukning' }).locator('dd');
      const added = await requestsOf(page, async () => {
        await page.getByLabel('System der afhænger').selectOption({ label: 'Et andet system …' });
        await page.getByLabel('Navn på det andet system').fill('Lokalt fagsystem');
        await page.getByLabel('Forventet udgang', { exact: true }).fill('2031-01-31');
        await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
        await shutdown.getByText('31. jan. 2031').waitFor();
      });
      expect(added).toEqual(['AddLastMover']);

      const moved = await requestsOf(page, async () => {
        await page.getByLabel('Forventet udgang for Lokalt fagsystem').fill('2032-02-29');
        await page.getByRole('button', { name: 'Gem dato for Lokalt fagsystem' }).click();
        await shutdown.getByText('29. feb. 2032').waitFor();
      });
      expect(moved).toEqual(['UpdateLastMoverExit']);

      const alternatives = page.getByRole('region', { name: 'Alternativer' });
      const alternative = await requestsOf(page, async () => {
        await alternatives.getByLabel('Nyt alternativ').fill('Fælleskommunal løsning');
        await alternatives.getByRole('button', { name: 'Tilføj alternativ' }).click();
        await alternatives.getByRole('button', { name: 'Fjern Fælleskommunal løsning' }).waitFor();
      });
      expect(alternative).toEqual(['AddAlternative']);
      const gone = await requestsOf(page, async () => {
        await alternatives.getByRole('button', { name: 'Fjern Fælleskommunal løsning' }).click();
        await alternatives.getByRole('button', { name: 'Fjern Fælleskommunal løsning' }).waitFor({ state: 'detached' });
      });
      expect(gone).toEqual(['RemoveAlternative']);
    });
  });
});
