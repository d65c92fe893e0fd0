#!/usr/bin/env node
// Lighthouse on every route of the built app, the way a leader or KOMBIT meets it on an ordinary Tuesday:
// seeds its own throwaway embedded PostgreSQL (most kommuner with opsigelser, half-done checklists),
// starts the built server in production mode and audits each route in the system Chromium, logged in as
// an administrator, or as a leader or København's exit contact with --role (`/login` logged out). Prints score, CLS, TBT and LCP per route and writes the JSON
// reports to tests/lighthouse/reports/. A measurement, not a test: nothing here fails on a number.
//
//   npm run build && npm run lighthouse
//   npm run lighthouse -- --only /,/kommuner        some routes
//   npm run lighthouse -- --mobile                  Lighthouse's default (mobile) preset instead of desktop
//   npm run lighthouse -- --role VIEWER             as a leader (ADMIN, VIEWER or KOMMUNE_CONTACT)
//   npm run lighthouse -- --large                   a programme that has run for years (seedLargeProgramme,
//                                                   200,000 audit events) instead of an ordinary Tuesday
//   npm run lighthouse -- --fresh                   a fresh install: the reference data and the logins only, no programme data
//   npm run lighthouse -- --runs 3                  audit each route 3 times and report the run with the median TBT

import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import pg from 'pg';
import {
  dist,
  seedAuditTrail,
  seedChecklistChanges,
  seedLargeProgramme,
  seedOpsigelseHistory,
  seedStandingOpsigelser,
  seedUsers,
  seedWavesAndGates,
  startServer,
} from '../support/demo-data.mjs';

const { startEmbeddedPostgres } = await import(dist('db/embedded.js'));
const { createDataSource, migrate } = await import(dist('server/data-source.js'));
const { seedReferenceData } = await import(dist('server/seed.js'));
const { createLogger } = await import(dist('logger.js'));

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    mobile: { type: 'boolean', default: false },
    role: { type: 'string', default: 'ADMIN' },
    large: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
  },
});

const ROLES = ['ADMIN', 'VIEWER', 'KOMMUNE_CONTACT'];
if (!ROLES.includes(args.role)) {
  console.error(`--role must be one of ${ROLES.join(', ')}`);
  process.exit(2);
}

if (args.large && args.fresh) {
  console.error('--large and --fresh exclude each other');
  process.exit(2);
}
const DATA = args.large ? 'large' : args.fresh ? 'fresh' : 'tuesday';

const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 9) {
  console.error('--runs must be a whole number from 1 to 9');
  process.exit(2);
}

const REPORTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reports');

/** Every route of the app; `:code` and `:id` are filled from the data. */
const ROUTES = [
  '/login',
  '/',
  '/kommuner',
  '/kommuner/:code',
  '/systemer',
  '/systemer/:id',
  '/drejebog',
  '/boelger',
  '/log',
  '/brugere',
  '/indlaes',
  '/udsendelser',
  '/konto',
];

/** The system Chromium (CHROME_PATH wins), as the browser tests find it; never a downloaded one. */
function systemChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

async function main() {
  const chromePath = systemChromium();
  if (!chromePath) {
    console.error('No Chromium found: `apt-get install -y chromium` or set CHROME_PATH.');
    process.exit(2);
  }
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'udfasning-lighthouse-'));
  await fs.chmod(dataDir, 0o755);
  const database = await startEmbeddedPostgres({
    dataDir,
    port: 0,
    database: 'lighthouse',
    logger: createLogger('warn'),
    persistent: false,
  });
  let server;
  let chrome;
  try {
    const ds = createDataSource({ url: database.url, poolMax: 2, connectTimeoutMs: 5000, statementTimeoutMs: 600000 });
    await ds.initialize();
    await migrate(ds);
    await seedReferenceData(ds);
    await ds.destroy();

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { cookies, adminId } = await seedUsers(client);
    const cookie = cookies[args.role];
    if (DATA !== 'fresh') {
      await seedStandingOpsigelser(client);
      await seedOpsigelseHistory(client, 1);
      await seedChecklistChanges(client, adminId, 1500);
      await seedWavesAndGates(client);
      await seedAuditTrail(client, DATA === 'large' ? 200000 : 2000, adminId);
    }
    if (DATA === 'large') await seedLargeProgramme(client, adminId);
    await client.query('VACUUM ANALYZE');
    const [{ id: systemId }] = (await client.query(`SELECT id FROM legacy_system WHERE name = 'KMD Sag'`)).rows;
    await client.end();

    server = await startServer(database.url, path.join(dataDir, 'server.log'));
    chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    await fs.mkdir(REPORTS, { recursive: true });

    const only = args.only ? new Set(args.only.split(',')) : null;
    const rows = [];
    for (const route of ROUTES.filter((r) => !only || only.has(r))) {
      const url = server.url + route.replace(':code', '101').replace(':id', systemId);
      const loggedIn = route !== '/login';
      // Lighthouse's own advice for a noisy machine: several runs, and the median one.
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        // A trace Chromium failed to record (NO_NAVSTART) asks to "run Lighthouse again": so it does, twice at most.
        let result;
        for (let attempt = 0; attempt < 3 && (!result || result.lhr.runtimeError); attempt++) {
          result = await lighthouse(
            url,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility', 'best-practices'],
              ...(loggedIn ? { extraHeaders: { Cookie: cookie } } : {}),
            },
            args.mobile ? undefined : desktopConfig,
          );
        }
        runs.push(result);
      }
      const tbtOf = (r) => r.lhr.audits['total-blocking-time']?.numericValue ?? Infinity;
      runs.sort((a, b) => tbtOf(a) - tbtOf(b));
      const result = runs[Math.floor((runs.length - 1) / 2)];
      const lhr = result.lhr;
      const name = `${args.role.toLowerCase()}${DATA === 'tuesday' ? '' : `-${DATA}`}-${route === '/' ? 'overblik' : route.slice(1).replaceAll('/', '-').replaceAll(':', '')}`;
      await fs.writeFile(path.join(REPORTS, `${name}.json`), result.report);
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      rows.push({
        route,
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        bestPractices: Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
        cls: audit('cumulative-layout-shift'),
        tbt: audit('total-blocking-time'),
        tbtRange: runs.length > 1 ? [tbtOf(runs[0]), tbtOf(runs.at(-1))] : null,
        lcp: audit('largest-contentful-paint'),
        error: lhr.runtimeError?.message,
      });
    }
    print(rows);
  } finally {
    await chrome?.kill();
    await server?.stop();
    await database.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

function print(rows) {
  const data = { fresh: 'a fresh install', tuesday: 'Tuesday data', large: 'large data' }[DATA];
  const runs = RUNS > 1 ? `, median of ${RUNS} runs by TBT` : '';
  console.log(`\nLighthouse ${args.mobile ? 'mobile' : 'desktop'} preset, as ${args.role}, ${data}${runs}, ${os.availableParallelism()} cores, reports in ${path.relative(process.cwd(), REPORTS)}/\n`);
  console.log('| route | performance | accessibility | best practices | CLS | TBT ms | LCP ms |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| \`${r.route}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.cls.toFixed(3)} | ${r.tbt.toFixed(0)}${r.tbtRange ? ` (${r.tbtRange.map((t) => t.toFixed(0)).join('–')})` : ''} | ${r.lcp.toFixed(0)} |` +
        (r.error ? ` ${r.error}` : ''),
    );
  }
}

await main();
