import { existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

// The browser tests drive the system's Chromium (never a downloaded one). CHROME_PATH wins;
// otherwise the usual Debian/Ubuntu locations and PATH are tried.

export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return null;
}

export const SKIP_MESSAGE =
  'SKIPPED browser tests: no Chromium found. Install one with `apt-get install -y chromium` (Debian) or set CHROME_PATH.';

export async function launchChromium(executablePath: string): Promise<Browser> {
  // Playwright gives every launch a fresh temporary profile and removes it on close.
  return chromium.launch({
    executablePath,
    headless: false, // the flag below chooses the headless mode
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** axe on the page as it stands (only `rules`, when given); returns the serious and critical violations, described. */
export async function seriousViolations(page: Page, rules?: string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const result = await (rules ? axe.withRules(rules) : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** The number of pages in a PDF that Chromium printed (its page objects are written out plainly). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g) ?? []).length;
}

/**
 * A page in a new context (Danish locale, `viewport`), logged in through the login form at `url` as `user`;
 * browser errors are printed. `prepare` runs on the page before it loads anything.
 */
export async function loggedInPage(
  browser: Browser,
  url: string,
  user: { email: string; password: string },
  { viewport = { width: 1280, height: 900 }, prepare }: { viewport?: { width: number; height: number }; prepare?: (page: Page) => Promise<void> } = {},
): Promise<Page> {
  const context = await browser.newContext({ locale: 'da-DK', viewport });
  const page = await context.newPage();
  await prepare?.(page);
  page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
  await page.goto(`${url}/login`);
  await page.getByLabel('E-mail', { exact: true }).fill(user.email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((at) => !at.pathname.startsWith('/login'));
  return page;
}
