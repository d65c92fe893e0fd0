import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { Role } from '@udfasning/domain';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/factories.js';
import { SmtpReceiver, waitFor } from '../support/smtp-receiver.js';
import { findChromium, launchChromium, loggedInPage as logIn, screenshot, seriousViolations } from './browser.js';

// KOMBIT's Udsendelser page in Chromium: send the week's status mails, read the outbox, preview a
// kommune's mail; and a contact person opting out of the mail on the kommune's page.

const chromePath = findChromium();

describe.runIf(!!chromePath)('Udsendelser in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  const smtp = new SmtpReceiver();
  let admin: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ SMTP_URL: smtp.url, JOB_POLL_INTERVAL_SECONDS: '0.5' });
    admin = await createUser(app.db, { role: Role.ADMIN, email: 'kombit@kombit.dk', name: 'Anders Admin' });
    await app.db.query(
      `INSERT INTO contact_person (kommune_code, name, email, receives_status)
       VALUES (101, 'Jens Jensen', 'jens@kk.dk', true), (101, 'Pia Poulsen', 'pia@kk.dk', true)`,
    );
    browser = await launchChromium(chromePath!);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await smtp.stop();
  });

  const loggedInPage = () => logIn(browser, app.url, admin);

  it('lets a contact be marked as not receiving the mail, and then sends the week once', async () => {
    const page = await loggedInPage();
    await page.goto(`${app.url}/kommuner/101`);
    const contacts = page.getByRole('region', { name: 'Kontaktpersoner i Københavns Kommune' });
    await contacts.locator('summary', { hasText: 'Ret Pia Poulsen' }).click();
    const checkbox = contacts.getByLabel('Modtager ugentlig statusmail for Pia Poulsen');
    // The box is drawn beside its words, inside the form (the design system positions it from its group).
    const [box, words] = [await checkbox.boundingBox(), await contacts.getByText('Modtager ugentlig statusmail for Pia Poulsen').boundingBox()];
    expect(Math.abs(box!.y - words!.y)).toBeLessThan(20);
    expect(Math.abs(box!.x - words!.x)).toBeLessThan(40);
    await checkbox.uncheck();
    await contacts.getByRole('button', { name: 'Gem kontaktperson' }).click();
    await contacts.getByText('Pia Poulsen er gemt.').waitFor();
    await contacts.getByText('(modtager ikke statusmail)').waitFor();

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Udsendelser' }).click();
    await page.getByRole('heading', { level: 1, name: 'Udsendelser' }).waitFor();
    await page.getByRole('button', { name: 'Send ugens statusmails nu' }).click();
    // Jens and the two administrators (the bootstrap one and Anders).
    await page.getByText('3 nye beskeder er sat i kø og sendes nu.').waitFor();
    await waitFor(async () => smtp.received.length === 3, 'three delivered mails');
    expect(smtp.received.flatMap((m) => m.to).sort()).toEqual(['admin@example.dk', 'jens@kk.dk', 'kombit@kombit.dk']);

    await page.getByRole('button', { name: 'Send ugens statusmails nu' }).click();
    await page.getByText('Ugens statusmails er allerede sat i kø til alle modtagere.').waitFor();
    await page.reload();
    const outbox = page.getByRole('table', { name: 'Beskeder i udbakken, nyeste først' });
    await outbox.getByRole('rowheader', { name: 'jens@kk.dk' }).waitFor();
    expect(await outbox.getByRole('row').count()).toBe(4); // the header and three messages
    await page.getByLabel('Status').selectOption('SENT');
    await page.waitForURL(/status=SENT/);

    await page.waitForLoadState('networkidle');
    // axe cannot run inside the preview's sandboxed frame (no scripts there): the page is checked before it
    // opens, and the mail's HTML on a page of its own below.
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Kommune', { exact: true }).selectOption('101');
    await page.getByRole('button', { name: 'Vis kommunens mail' }).click();
    await page.getByText('Til: jens@kk.dk').waitFor();
    const frame = page.frameLocator('iframe.mail-preview-frame');
    await frame.getByRole('heading', { level: 1, name: /Status for Københavns Kommune/ }).waitFor();
    await screenshot(page, '30-udsendelser');

    const mail = await page.context().newPage();
    await mail.setContent(smtp.to('jens@kk.dk')[0].html);
    expect(await mail.getAttribute('html', 'lang')).toBe('da');
    expect(await seriousViolations(mail)).toEqual([]);
  });
});
