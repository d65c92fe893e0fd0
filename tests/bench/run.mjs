#!/usr/bin/env node
// Load benchmark of the pages' own reads: seeds realistic data in its own embedded PostgreSQL, starts the
// built server as a child process and drives it over loopback with autocannon from this process.
//
//   npm run bench                      full run (about 4 minutes)
//   npm run bench -- --duration 3      shorter runs per operation
//   npm run bench -- --only overblik,kommuneList
//   npm run bench -- --scale 100       also Overblik and the list with 100x the opsigelse and audit history
//   BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" npm run bench -- --only kommunePage
//
// The operations are the web app's own queries, read from its generated documents
// (apps/web/src/__generated__/graphql.ts), so the bench measures what the pages send. Each runs with an
// administrator's session, twice: with no writes, and while kommune contacts (each with their own session)
// save 10 checklist items per second, so nearly every read after a save misses the whole-answer cache.
// Throughput is printed as a ratio of the same server's trivial `{ __typename }`, measured right before
// in the same conditions, as is CPU per request (server + PostgreSQL), which a shared machine distorts less.

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { print } from 'graphql';
import {
  dist,
  seedAuditTrail,
  seedContactSessions,
  seedChecklistChanges,
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
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    scale: { type: 'string', default: '0' },
    'saves-per-second': { type: 'string', default: '10' },
    only: { type: 'string' },
    'keep-data': { type: 'boolean', default: false },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const SCALE = Number(args.scale);
const ONLY = args.only ? new Set(args.only.split(',')) : null;
const SAVES_PER_SECOND = Number(args['saves-per-second']);

// ---------------------------------------------------------------------------------------------
// Data: 98 kommuner (reference data), opsigelser with withdrawn history, a few thousand checklist
// changes and a long audit trail. `history` multiplies the opsigelse history and the audit trail.

const AUDIT_EVENTS = 10_000;
const CHECKLIST_CHANGES = 3_000;
/** Withdrawn opsigelser per kommune and kind at 1x (recorded, then withdrawn and recorded again). */
const WITHDRAWN_PER_KOMMUNE_KIND = 2;

// ---------------------------------------------------------------------------------------------
// CPU accounting: the machine may be shared, so besides throughput the bench reports the CPU time the
// server process and PostgreSQL spent per request, read from /proc (Linux only; blank elsewhere).

const CLOCK_TICK_MS = 10; // USER_HZ is 100 on Linux

async function cpuMs(pid) {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (!stat) return 0;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS; // utime + stime
}

/** CPU of the postmaster and all its children (the backends serving the server). */
async function postgresCpuMs(postmasterPid) {
  if (!postmasterPid) return 0;
  const pids = [postmasterPid];
  const children = await fs.readFile(`/proc/${postmasterPid}/task/${postmasterPid}/children`, 'utf8').catch(() => '');
  pids.push(...children.split(' ').filter(Boolean).map(Number));
  let total = 0;
  for (const pid of pids) total += await cpuMs(pid);
  return total;
}

// ---------------------------------------------------------------------------------------------
// Server

async function startBenchServer(databaseUrl, logFile) {
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" profiles the server.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  // Every connection shares one session at thousands of requests a second: the request budget would refuse them.
  return startServer(databaseUrl, logFile, { nodeArgs, env: { REQUEST_BUDGET_PER_MINUTE: '0' } });
}

// ---------------------------------------------------------------------------------------------
// Operations: the pages' documents as the web app's codegen emitted them (a JSON document node per export).

async function webDocuments() {
  const file = new URL('../../apps/web/src/__generated__/graphql.ts', import.meta.url);
  const text = await fs.readFile(file, 'utf8');
  const documents = {};
  for (const [, name, json] of text.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as /gm)) {
    documents[name] = print(JSON.parse(json));
  }
  return documents;
}

const docs = await webDocuments();
for (const name of ['OverblikQuery', 'KommunerQuery', 'KommuneQuery', 'UpdateChecklistItem']) {
  if (!docs[name]) throw new Error(`the web app has no ${name} document any more: update the bench`);
}
const TRIVIAL = '{ __typename }';

async function graphql(url, cookie, query, variables = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const codes = [];

function readOp(name, query, variables) {
  return {
    name,
    check: (url, cookie) => graphql(url, cookie, query, variables ? variables(0) : {}),
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const body = { query, ...(variables ? { variables: variables(Math.random()) } : {}) };
          return { ...req, body: JSON.stringify(body) };
        },
      },
    ],
  };
}

/**
 * Kommune contacts saving checklist items at a steady pace, as the page sends them (the web app's
 * UpdateChecklistItem document), each with their own session and the version they last saw. An item is
 * never saved twice at once, so no save should CONFLICT; a CONFLICT, an error or an HTTP failure counts
 * as a failed save.
 */
function startWriter(url, items, contactCookies, perSecond) {
  const stats = { ok: 0, failed: 0, latencies: [] };
  const busy = new Set();
  const statuses = ['NOT_STARTED', 'STARTED', 'DONE'];
  let next = 0;
  const send = async (item) => {
    busy.add(item.id);
    const started = performance.now();
    const input = {
      id: item.id,
      status: statuses[(item.version + 1) % 3],
      responsible: `Medarbejder ${item.version % 50}`,
      expectedVersion: item.version,
    };
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: contactCookies.get(item.kommuneCode) },
        body: JSON.stringify({ query: docs.UpdateChecklistItem, variables: { input } }),
      });
      const body = await response.json();
      const saved = body.data?.updateChecklistItem;
      if (response.ok && saved && !body.errors) {
        item.version = saved.version;
        item.acknowledged = saved.version;
        stats.ok++;
      } else {
        if (body.errors?.[0]?.extensions?.code === 'CONFLICT') item.version = body.errors[0].extensions.current.version;
        stats.failed++;
        if (stats.failed <= 3) console.error(`  failed save: ${response.status} ${JSON.stringify(body.errors ?? body)}`);
      }
    } catch (error) {
      stats.failed++;
      if (stats.failed <= 3) console.error(`  failed save: ${error}`);
    } finally {
      stats.latencies.push(performance.now() - started);
      busy.delete(item.id);
    }
  };
  const inFlight = new Set();
  const timer = setInterval(() => {
    for (let tries = 0; tries < items.length; tries++) {
      const item = items[next++ % items.length];
      if (busy.has(item.id)) continue;
      const p = send(item);
      inFlight.add(p);
      p.finally(() => inFlight.delete(p));
      return;
    }
  }, 1000 / perSecond);
  return {
    stats,
    stop: async () => {
      clearInterval(timer);
      await Promise.all(inFlight);
      return stats;
    },
  };
}

let serverPid = 0;
let postmasterPid = 0;

async function drive(url, cookie, op) {
  const before = [await cpuMs(serverPid), await postgresCpuMs(postmasterPid)];
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    connections: CONNECTIONS,
    duration: DURATION,
    requests: op.requests,
  });
  return {
    name: op.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors + result.timeouts,
    total: result.requests.total,
    serverCpu: ((await cpuMs(serverPid)) - before[0]) / Math.max(result.requests.total, 1),
    postgresCpu: ((await postgresCpuMs(postmasterPid)) - before[1]) / Math.max(result.requests.total, 1),
  };
}

function printTable(title, rows) {
  console.log(`\n${title}`);
  console.log(
    'operation       req/s   p50 ms   p99 ms   trivial req/s   ratio to trivial   failed   CPU ms/req: server  postgres   CPU ratio',
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(13)} ${r.rps.toFixed(0).padStart(7)}  ${String(r.p50).padStart(7)}  ${String(r.p99).padStart(7)}` +
        `   ${r.trivialRps.toFixed(0).padStart(13)}   ${r.ratio.toFixed(2).padStart(16)}   ${String(r.non2xx).padStart(6)}` +
        `   ${r.serverCpu.toFixed(2).padStart(17)}  ${r.postgresCpu.toFixed(2).padStart(8)}   ${r.cpuRatio.toFixed(2).padStart(9)}`,
    );
  }
}

async function warmUp(url, cookie, op) {
  await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    connections: CONNECTIONS,
    duration: 1,
    requests: op.requests,
  });
}

/**
 * Each operation's ratio is taken against a trivial run made right before it, in the same conditions
 * (with the same writer running, when there is one).
 */
async function measure(url, cookie, ops) {
  const trivialOp = ops.find((o) => o.name === 'trivial');
  await warmUp(url, cookie, trivialOp);
  const rows = [];
  for (const op of ops) {
    if (op === trivialOp) continue;
    await op.check(url, cookie);
    await warmUp(url, cookie, op);
    const trivial = await drive(url, cookie, trivialOp);
    const row = await drive(url, cookie, op);
    row.trivialRps = trivial.rps;
    row.ratio = row.rps / row.trivialRps;
    const trivialCpu = trivial.serverCpu + trivial.postgresCpu;
    row.cpuRatio = trivialCpu / Math.max(row.serverCpu + row.postgresCpu, 0.001);
    rows.push(row);
  }
  return rows;
}

function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'udfasning-bench-'));
  await fs.chmod(dataDir, 0o755);
  const logger = createLogger('warn');
  const started = Date.now();
  console.log(`Udfasning benchmark: ${CONNECTIONS} connections, ${DURATION} s per operation`);
  console.log(
    `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, Node ${process.version}`,
  );

  const database = await startEmbeddedPostgres({ dataDir, port: 0, database: 'bench', logger, persistent: false });
  postmasterPid = Number((await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
  let server;
  let writer;
  try {
    const ds = createDataSource({ url: database.url, poolMax: 2, connectTimeoutMs: 5000, statementTimeoutMs: 600000 });
    await ds.initialize();
    await migrate(ds);
    await seedReferenceData(ds);
    await ds.destroy();

    const client = new pg.Client({ connectionString: database.url });
    client.on('error', () => undefined);
    await client.connect();
    const [{ server_version: version }] = (await client.query('SHOW server_version')).rows;
    console.log(`PostgreSQL ${version} (embedded)`);
    const { cookie, adminId } = await seedUsers(client);
    const contactCookies = await seedContactSessions(client);
    await seedStandingOpsigelser(client);
    await seedOpsigelseHistory(client, WITHDRAWN_PER_KOMMUNE_KIND);
    await seedChecklistChanges(client, adminId, CHECKLIST_CHANGES);
    await seedWavesAndGates(client);
    await seedAuditTrail(client, AUDIT_EVENTS, adminId);
    await client.query('VACUUM ANALYZE');
    codes.push(...(await client.query('SELECT code FROM kommune ORDER BY code')).rows.map((r) => r.code));
    const sizes = await tableSizes(client);
    console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s: ${sizes}`);

    const logFile = path.join(dataDir, 'server.log');
    server = await startBenchServer(database.url, logFile);
    serverPid = server.pid;

    const items = (
      await client.query(
        `SELECT ci.id, ci.version, ci.kommune_code AS "kommuneCode" FROM checklist_item ci
          WHERE ci.status <> 'NOT_APPLICABLE' ORDER BY md5(ci.id::text)`,
      )
    ).rows;
    const ops = [
      readOp('trivial', TRIVIAL),
      readOp('overblik', docs.OverblikQuery),
      readOp('kommuneList', docs.KommunerQuery),
      readOp('kommunePage', docs.KommuneQuery, (r) => ({ code: codes[Math.floor(r * codes.length)] })),
    ].filter((op) => op.name === 'trivial' || !ONLY || ONLY.has(op.name));

    const quiet = await measure(server.url, cookie, ops);
    printTable('no writes', quiet);

    writer = startWriter(server.url, items, contactCookies, SAVES_PER_SECOND);
    const saving = await measure(server.url, cookie, ops);
    const stats = await writer.stop();
    writer = undefined;
    printTable(`while kommune contacts save ${SAVES_PER_SECOND} checklist items per second`, saving);
    const lost = await lostSaves(client, items);
    console.log(
      `  saves: ${stats.ok} saved, ${stats.failed} failed, p99 ${percentile(stats.latencies, 99).toFixed(0)} ms, ` +
        `${lost} acknowledged saves missing in the database`,
    );
    if (lost > 0 || stats.failed > 0) process.exitCode = 1;

    if (SCALE > 1) {
      await server.stop();
      server = undefined;
      const t = Date.now();
      await seedOpsigelseHistory(client, WITHDRAWN_PER_KOMMUNE_KIND * (SCALE - 1));
      await seedAuditTrail(client, AUDIT_EVENTS * (SCALE - 1), adminId);
      await client.query('VACUUM ANALYZE');
      console.log(`\nscaled history ${SCALE}x in ${((Date.now() - t) / 1000).toFixed(0)} s: ${await tableSizes(client)}`);
      server = await startBenchServer(database.url, logFile);
      serverPid = server.pid;
      writer = startWriter(server.url, items, contactCookies, SAVES_PER_SECOND);
      const scaled = await measure(
        server.url,
        cookie,
        ops.filter((o) => ['trivial', 'overblik', 'kommuneList'].includes(o.name)),
      );
      await writer.stop();
      writer = undefined;
      printTable(`${SCALE}x history, while saving`, scaled);
    }
    await client.end();
  } finally {
    await writer?.stop();
    const code = await server?.stop();
    if (code !== undefined && code !== 0) console.error(`server exited with ${code}`);
    await database.stop();
    if (!args['keep-data']) await fs.rm(dataDir, { recursive: true, force: true });
    console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}

async function tableSizes(client) {
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM audit_event) AS audit, (SELECT count(*) FROM opsigelse) AS opsigelser,
            (SELECT count(*) FROM opsigelse WHERE withdrawn_at IS NULL) AS standing,
            (SELECT sum(version - 1) FROM checklist_item) AS changes`,
  );
  const r = rows[0];
  return `${r.audit} audit events, ${r.opsigelser} opsigelser (${r.standing} standing), ${r.changes} checklist changes`;
}

/** Acknowledged saves whose version is not in the database. */
async function lostSaves(client, items) {
  const acknowledged = items.filter((i) => i.acknowledged);
  if (acknowledged.length === 0) return 0;
  const { rows } = await client.query('SELECT id, version FROM checklist_item WHERE id = ANY($1::uuid[])', [
    acknowledged.map((i) => i.id),
  ]);
  const stored = new Map(rows.map((r) => [r.id, r.version]));
  return acknowledged.filter((i) => (stored.get(i.id) ?? 0) < i.acknowledged).length;
}

await main();
