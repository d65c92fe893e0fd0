#!/usr/bin/env node
// Load benchmark: seeds realistic data in its own embedded PostgreSQL, starts the built server as a
// child process and drives it over loopback with autocannon from this process.
//
//   npm run bench                      full run (about 3 minutes)
//   npm run bench -- --duration 3      shorter runs per operation
//   npm run bench -- --no-scale        skip the 100x history run
//   npm run bench -- --only trivial,dashboard
//   BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" npm run bench -- --only kommuneList --no-scale
//
// Every operation runs with the same logged-in session (an administrator), and its throughput is
// printed as a ratio of the same server's trivial `{ __typename }`.

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  dist,
  seedAuditTrail,
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
    'no-scale': { type: 'boolean', default: false },
    scale: { type: 'string', default: '100' },
    only: { type: 'string' },
    'keep-data': { type: 'boolean', default: false },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const SCALE = Number(args.scale);
const ONLY = args.only ? new Set(args.only.split(',')) : null;

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
// Operations

const QUERIES = {
  trivial: '{ __typename }',
  kommuneList: `query KommuneList { kommuner { code name region trafficLight
      progress { done started notStarted notApplicable total }
      opsigelser { id kind date } } }`,
  kommuneChecklist: `query KommuneChecklist($code: Int!) { kommune(code: $code) { code name region trafficLight
      progress { done started notStarted notApplicable total }
      contacts { id name email phone }
      opsigelser { id kind date note recordedAt }
      checklist { id status note responsible updatedAt updatedByName version
        step { id number phase title description type deadline } } } }`,
  dashboard: `query Dashboard { dashboard { kommuneCount
      agreement: terminated(kind: KMD_SAG_AGREEMENT) manual: terminated(kind: MANUAL_CASES)
      agreementEnd2021: terminated(kind: KMD_SAG_AGREEMENT, asOf: "2021-12-31")
      agreementOverTime: terminationsOverTime(kind: KMD_SAG_AGREEMENT) { date count }
      manualOverTime: terminationsOverTime(kind: MANUAL_CASES) { date count }
      agreementMissing: notTerminated(kind: KMD_SAG_AGREEMENT) { code name }
      manualMissing: notTerminated(kind: MANUAL_CASES) { code name }
      agreementForecast: forecast(kind: KMD_SAG_AGREEMENT) { date method pacePer30Days remaining }
      manualForecast: forecast(kind: MANUAL_CASES) { date method pacePer30Days remaining }
      trafficLights { red yellow green }
      stepProgress { done started notStarted notApplicable step { id number title type deadline } } } }`,
  updateChecklistItem: `mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {
      updateChecklistItem(input: $input) { id status note responsible version updatedAt } }`,
};

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

function readOp(name, variables) {
  return {
    name,
    check: (url, cookie) => graphql(url, cookie, QUERIES[name], variables ? variables(0) : {}),
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const body = { query: QUERIES[name], ...(variables ? { variables: variables(Math.random()) } : {}) };
          return { ...req, body: JSON.stringify(body) };
        },
      },
    ],
  };
}

/**
 * Saves: each connection takes an item nobody else is saving, sends it with the version it knows,
 * and puts it back with the version the answer returned; so no save should CONFLICT. Afterwards
 * every acknowledged version must be in the database.
 */
function updateOp(items) {
  const free = [...items];
  const statuses = ['NOT_STARTED', 'STARTED', 'DONE'];
  const stats = { ok: 0, conflicts: 0, errors: 0 };
  return {
    name: 'updateChecklistItem',
    stats,
    items,
    requests: [
      {
        method: 'POST',
        setupRequest: (req, context) => {
          const item = free.shift();
          context.item = item;
          const input = {
            id: item.id,
            status: statuses[(item.version + 1) % 3],
            responsible: `Medarbejder ${item.version % 50}`,
            expectedVersion: item.version,
          };
          return { ...req, body: JSON.stringify({ query: QUERIES.updateChecklistItem, variables: { input } }) };
        },
        onResponse: (status, body, context) => {
          const item = context.item;
          try {
            const parsed = JSON.parse(body);
            const saved = parsed.data?.updateChecklistItem;
            if (saved) {
              item.version = saved.version;
              item.acknowledged = saved.version;
              stats.ok++;
            } else if (parsed.errors?.[0]?.extensions?.code === 'CONFLICT') {
              item.version = parsed.errors[0].extensions.current.version;
              stats.conflicts++;
            } else stats.errors++;
          } catch {
            stats.errors++;
          }
          free.push(item);
        },
      },
    ],
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
    'operation              req/s   p50 ms   p99 ms   trivial req/s   ratio to trivial   failed   CPU ms/req: server  postgres   CPU ratio',
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(20)} ${r.rps.toFixed(0).padStart(7)}  ${String(r.p50).padStart(7)}  ${String(r.p99).padStart(7)}` +
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
 * The machine may be shared, so each operation's ratio is taken against a trivial run made right
 * before it, in the same conditions.
 */
async function measure(url, cookie, ops, client) {
  const trivialOp = ops.find((o) => o.name === 'trivial');
  await warmUp(url, cookie, trivialOp);
  const rows = [];
  for (const op of ops) {
    if (op.check) await op.check(url, cookie);
    await warmUp(url, cookie, op);
    const trivial = op === trivialOp ? null : await drive(url, cookie, trivialOp);
    const row = await drive(url, cookie, op);
    row.trivialRps = trivial ? trivial.rps : row.rps;
    row.ratio = row.rps / row.trivialRps;
    // The same comparison by CPU spent per request (server + PostgreSQL), which other load on a
    // shared machine distorts much less than throughput.
    const trivialCpu = (trivial ?? row).serverCpu + (trivial ?? row).postgresCpu;
    row.cpuRatio = trivialCpu / Math.max(row.serverCpu + row.postgresCpu, 0.001);
    rows.push(row);
    if (op.stats) {
      const lost = await lostSaves(client, op.items);
      console.log(
        `  updateChecklistItem: ${op.stats.ok} saved, ${op.stats.conflicts} CONFLICT, ${op.stats.errors} other errors, ` +
          `${lost} acknowledged saves missing in the database`,
      );
      if (lost > 0 || op.stats.errors > 0) process.exitCode = 1;
    }
  }
  return rows;
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

    const items = (await client.query('SELECT id, version FROM checklist_item ORDER BY md5(id::text)')).rows;
    const ops = [
      readOp('trivial'),
      readOp('kommuneList'),
      readOp('kommuneChecklist', (r) => ({ code: codes[Math.floor(r * codes.length)] })),
      readOp('dashboard'),
      updateOp(items),
    ].filter((op) => op.name === 'trivial' || !ONLY || ONLY.has(op.name));

    const rows = await measure(server.url, cookie, ops, client);
    printTable('1x history', rows);

    if (!args['no-scale'] && (!ONLY || ONLY.has('dashboard'))) {
      await server.stop();
      server = undefined;
      const t = Date.now();
      await seedOpsigelseHistory(client, WITHDRAWN_PER_KOMMUNE_KIND * (SCALE - 1));
      await seedAuditTrail(client, AUDIT_EVENTS * (SCALE - 1), adminId);
      await client.query('VACUUM ANALYZE');
      console.log(`\nscaled history ${SCALE}x in ${((Date.now() - t) / 1000).toFixed(0)} s: ${await tableSizes(client)}`);
      server = await startBenchServer(database.url, logFile);
      serverPid = server.pid;
      const scaled = await measure(
        server.url,
        cookie,
        ops.filter((o) => ['trivial', 'dashboard', 'kommuneList'].includes(o.name)),
        client,
      );
      printTable(`${SCALE}x history`, scaled);
      const d1 = rows.find((r) => r.name === 'dashboard');
      const dN = scaled.find((r) => r.name === 'dashboard');
      if (d1 && dN) {
        console.log(
          `\ndashboard at ${SCALE}x vs 1x history: p50 ${dN.p50} vs ${d1.p50} ms (${(dN.p50 / Math.max(d1.p50, 1)).toFixed(2)}x), ` +
            `p99 ${dN.p99} vs ${d1.p99} ms, ratio to trivial ${dN.ratio.toFixed(2)} vs ${d1.ratio.toFixed(2)}`,
        );
      }
    }
    await client.end();
  } finally {
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
