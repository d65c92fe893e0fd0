import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Role } from '@udfasning/domain';
import { SESSION_COOKIE } from '../../apps/api/src/modules/auth/session.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { clientFor, createUser } from '../support/factories.js';
import { findChromium, launchChromium } from './browser.js';

// Pages hold still while they load: the layout shifts Chromium reports from navigation until the page is
// idle add up to at most 0.05 on every route (Google's "good" is 0.1). Layout shift counts how far visible
// content moves, which does not depend on how fast the machine is.

const MAX_CLS = 0.05;
const chromePath = findChromium();

interface Shift {
  value: number;
  sources: string[];
}

/** Installed before any page script: records every layout shift not caused by the user's own input. */
function recordLayoutShifts() {
  const shifts: { value: number; sources: string[] }[] = [];
  (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      shifts.push({
        value: entry.value,
        sources: (entry.sources ?? []).map((s) => {
          const node = s.node as Element | null | undefined;
          if (!node || !('tagName' in node)) return String((node as Node | null | undefined)?.nodeName ?? '?');
          const r = (s as unknown as { previousRect: DOMRect; currentRect: DOMRect });
          return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''} ${JSON.stringify([r.previousRect.x, r.previousRect.y, r.previousRect.width, r.previousRect.height, r.currentRect.x, r.currentRect.y, r.currentRect.width, r.currentRect.height])}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  // Lazy chunks, queries and charts have landed; give the last paint a moment.
  await page.waitForFunction(() => !document.querySelector('[role="status"].loading'), null, { timeout: 15_000 });
  await page.waitForTimeout(500);
}

describe.runIf(!!chromePath)('layout stability', () => {
  let app: TestApp;
  let browser: Browser;
  let cookie: { name: string; value: string };
  let systemId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const admin = await createUser(app.db, { role: Role.ADMIN, name: 'Anne Administrator' });
    const client = await clientFor(app.db, app.url, admin);
    cookie = { name: SESSION_COOKIE, value: client.sessionToken! };
    [{ id: systemId }] = await app.db.query(`SELECT id FROM legacy_system WHERE name = 'KMD Sag'`);
    browser = await launchChromium(chromePath!);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const routes = ['/login', '/', '/kommuner', '/kommuner/101', '/systemer', '/systemer/:id', '/drejebog', '/boelger', '/log', '/brugere', '/indlaes', '/udsendelser', '/konto'];

  for (const route of routes) {
    it(`${route} moves no more than ${MAX_CLS} while it loads`, async () => {
      const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1350, height: 940 } });
      if (route !== '/login') await context.addCookies([{ ...cookie, url: app.url }]);
      const page = await context.newPage();
      await page.addInitScript(recordLayoutShifts);
      await page.goto(app.url + route.replace(':id', systemId));
      await settle(page);
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(total, `layout shifts on ${route}: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(MAX_CLS);
      await context.close();
    });
  }
});
