import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role, StepStatus } from '@udfasning/domain';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { clientFor, createUser } from '../support/factories.js';
import { danishDayFromToday as inDays } from '../support/dates.js';
import { Topic } from '../../apps/api/src/modules/live/live.events.js';
import { findChromium, launchChromium, loggedInPage as logIn, screenshot } from './browser.js';

// Two people, two browsers, one database: what one saves appears for the other without a reload.

const chromePath = findChromium();

describe.runIf(!!chromePath)('live updates in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let karen: Awaited<ReturnType<typeof createUser>>;
  let mette: Awaited<ReturnType<typeof createUser>>;
  let leder: Awaited<ReturnType<typeof createUser>>;
  let admin: Awaited<ReturnType<typeof createUser>>;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    karen = await createUser(app.db, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101, email: 'karen@kk.dk', name: 'Karen Kontakt' });
    mette = await createUser(app.db, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101, email: 'mette@kk.dk', name: 'Mette Hansen' });
    leder = await createUser(app.db, { role: Role.VIEWER, email: 'leder@kl.dk', name: 'Lone Leder' });
    admin = await createUser(app.db, { role: Role.ADMIN, email: 'kombit@kombit.dk', name: 'Anders Admin' });
    browser = await launchChromium(chromePath!);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  async function loggedInPage(user: { email: string; password: string }): Promise<Page> {
    const page = await logIn(browser, app.url, user);
    contexts.push(page.context());
    return page;
  }

  async function stepTitle(number: number): Promise<string> {
    const client = await clientFor(app.db, app.url, karen);
    const data = await client.data<{ drejebog: { steps: { number: number; title: string }[] } }>('{ drejebog { steps { number title } } }');
    return data.drejebog.steps.find((s) => s.number === number)!.title;
  }

  function row(page: Page, title: string) {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return page.locator('li.checklist-item').filter({ has: page.getByRole('heading', { name: new RegExp(escaped) }) });
  }

  it("shows a colleague's save on the kommune page and Overblik without a reload, and a change beside a draft", async () => {
    const [karensPage, mettesPage, ledersPage] = await Promise.all([loggedInPage(karen), loggedInPage(mette), loggedInPage(leder)]);
    // Both contacts land on København's tjekliste, the leader on Overblik; all three show the live marker.
    for (const page of [karensPage, mettesPage, ledersPage]) await page.getByRole('status').getByText('Live', { exact: true }).waitFor();
    const title = await stepTitle(2);
    const stepRow = () => ledersPage.locator('.step-progress-table tr').filter({ hasText: title });
    const doneBefore = await stepRow().locator('td').first().textContent();

    await karensPage.getByLabel(`Status for "${title}"`).selectOption({ label: 'Fuldført' });
    await karensPage.getByText(`Gemt: "${title}" står nu som Fuldført.`).waitFor();

    // Mette's page follows: the select, who changed it, the progress line; Overblik counts it.
    await expect.poll(() => mettesPage.getByLabel(`Status for "${title}"`).inputValue()).toBe(StepStatus.DONE);
    await row(mettesPage, title).getByText(/af Karen Kontakt/).waitFor();
    await mettesPage.getByText(/Fremdrift: 1 fuldført/).waitFor();
    await expect.poll(() => stepRow().locator('td').first().textContent()).toBe(String(Number(doneBefore) + 1));

    // Mette is typing a note on step 3 when Karen saves that step: her draft stays, with who changed it beside it.
    const third = await stepTitle(3);
    await row(mettesPage, third).locator('summary', { hasText: 'Note og ansvarlig' }).click();
    await row(mettesPage, third).getByLabel(`Note til "${third}"`).fill('Mettes udkast');
    await karensPage.getByLabel(`Status for "${third}"`).selectOption({ label: 'Påbegyndt' });
    await row(mettesPage, third).getByText(/Ændret af Karen Kontakt kl\. \d\d\.\d\d: gemt som Påbegyndt/).waitFor();
    expect(await row(mettesPage, third).getByLabel(`Note til "${third}"`).inputValue()).toBe('Mettes udkast');
    await screenshot(mettesPage, 'live-changed-beside-draft');

    // Saving the draft now lands on top of Karen's save: her status stays, Mette's note is added.
    await row(mettesPage, third).getByRole('button', { name: 'Gem note og ansvarlig' }).click();
    await row(mettesPage, third).getByText('Noten er gemt.', { exact: false }).waitFor();
    expect(await mettesPage.getByLabel(`Status for "${third}"`).inputValue()).toBe(StepStatus.STARTED);
  });

  it('says so when the live connection drops, and catches up with one fetch when it returns', async () => {
    const page = await loggedInPage(leder);
    await page.getByRole('status').getByText('Live', { exact: true }).waitFor();
    // The server closes the socket when the session ends; the marker says what is shown may be stale.
    const [{ token_hash: tokenHash }] = await app.db.query(
      `SELECT token_hash FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1 ORDER BY s.created_at DESC LIMIT 1`,
      [leder.email],
    );
    await app.db.query('DELETE FROM user_session WHERE token_hash = $1', [tokenHash]);
    await page.getByRole('status').getByText(/Forbindelsen er afbrudt – viser tal fra kl\. \d\d\.\d\d/).waitFor();
    const manual = page.locator('.counter').filter({ hasText: 'Manuelle sager opsagt' }).locator('.counter-value');
    const before = await manual.innerText();

    // A change made while the page was not listening, then the user's session is back (a new login):
    // the socket reconnects by itself and the page fetches once what it missed.
    const kombit = await clientFor(app.db, app.url, admin);
    await kombit.data(`mutation($input: RecordOpsigelseInput!) { recordOpsigelse(input: $input) { id } }`, {
      input: { kommuneCode: 147, kind: 'MANUAL_CASES', date: '2026-01-05' },
    });
    expect(await manual.innerText()).toBe(before);
    const lederSession = await clientFor(app.db, app.url, leder);
    await page.context().addCookies([{ name: 'udfasning_session', value: lederSession.sessionToken!, url: app.url }]);
    await page.getByRole('status').getByText('Live', { exact: true }).waitFor();
    await expect.poll(() => manual.innerText()).toBe(before.replace(/^\d+/, (n) => String(Number(n) + 1)));
  });

  it("shows another administrator's changes to the wave plan on /boelger without a reload, and keeps the draft being typed", async () => {
    const birgit = await createUser(app.db, { role: Role.ADMIN, email: 'birgit@kombit.dk', name: 'Birgit Bølge' });
    const odense = await createUser(app.db, { role: Role.KOMMUNE_CONTACT, kommuneCode: 461, email: 'ole@odense.dk', name: 'Ole Odense' });
    const kombit = await clientFor(app.db, app.url, admin);
    await kombit.data('mutation($input: WaveInput!) { createWave(input: $input) { id } }', {
      input: { name: 'Bølge Nord', goLive: inDays(120), windows: [{ phase: 'Forberedelse', start: inDays(5), end: inDays(60) }] },
    });
    const [andersPage, birgitsPage] = await Promise.all([loggedInPage(admin), loggedInPage(birgit)]);
    // Birgit's page loads the plan once; everything after comes from live events.
    let planFetches = 0;
    birgitsPage.on('request', (request) => {
      if (request.method() === 'POST' && request.postData()?.includes('BoelgerQuery')) planFetches++;
    });
    for (const page of [andersPage, birgitsPage]) {
      await page.goto(`${app.url}/boelger`);
      await page.getByRole('heading', { name: 'Bølge Nord', level: 2 }).waitFor();
      await page.getByRole('status').getByText('Live', { exact: true }).waitFor();
    }
    await expect.poll(() => app.live.pubSub.count(Topic.WAVES)).toBeGreaterThanOrEqual(2);

    // Birgit starts renaming the wave herself.
    await birgitsPage.getByRole('button', { name: 'Ret Bølge Nord' }).click();
    const birgitsName = birgitsPage.locator('form.wave-form').getByLabel('Navn', { exact: true });
    await birgitsName.fill('Bølge Nord (Birgits udkast)');

    // Meanwhile Anders renames it and places Odense in it.
    await andersPage.getByRole('button', { name: 'Ret Bølge Nord' }).click();
    await andersPage.locator('form.wave-form').getByLabel('Navn', { exact: true }).fill('Bølge Nordjylland');
    await andersPage.getByRole('button', { name: 'Gem bølge' }).click();
    await andersPage.getByRole('heading', { name: 'Bølge Nordjylland', level: 2 }).waitFor();
    await andersPage.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Odense' });
    await andersPage.getByLabel('Bølge', { exact: true }).selectOption({ label: 'Bølge Nordjylland' });
    await andersPage.getByRole('button', { name: 'Gem placering' }).click();
    await andersPage.getByText('Odense er placeret i Bølge Nordjylland.').waitFor();

    // Birgit sees both, with her draft untouched and a word that the wave changed under it.
    const wave = birgitsPage.locator('section.wave-section').filter({ has: birgitsPage.getByRole('heading', { name: 'Bølge Nordjylland', level: 2 }) });
    await wave.waitFor();
    const odenseRow = wave.getByRole('row').filter({ has: birgitsPage.getByRole('link', { name: 'Odense' }) });
    await odenseRow.waitFor();
    await birgitsPage.getByText(/Bølgen er ændret af en anden, mens du retter den: nu Bølge Nordjylland/).waitFor();
    expect(await birgitsName.inputValue()).toBe('Bølge Nord (Birgits udkast)');
    await screenshot(birgitsPage, 'live-boelger-changed-beside-draft');

    // Odense ticks off a step: the wave's progress for Odense moves on Birgit's page.
    const progress = odenseRow.getByRole('cell').nth(1);
    const [done, total] = (await progress.innerText()).split(' af ').map(Number);
    const contact = await clientFor(app.db, app.url, odense);
    const { kommune } = await contact.data<any>('{ kommune(code: 461) { checklist { id version status } } }');
    const open = kommune.checklist.find((i: any) => i.status === StepStatus.NOT_STARTED);
    await contact.data('mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { id } }', {
      input: { id: open.id, status: StepStatus.DONE, expectedVersion: open.version },
    });
    await expect.poll(() => progress.innerText()).toBe(`${done + 1} af ${total}`);

    // A wave created elsewhere appears too.
    await kombit.data('mutation($input: WaveInput!) { createWave(input: $input) { id } }', {
      input: { name: 'Bølge Syd', goLive: inDays(240), windows: [] },
    });
    await birgitsPage.getByRole('heading', { name: 'Bølge Syd', level: 2 }).waitFor();
    expect(await birgitsName.inputValue()).toBe('Bølge Nord (Birgits udkast)');
    expect(planFetches).toBe(1);
  });
});
