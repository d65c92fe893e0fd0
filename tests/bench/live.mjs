#!/usr/bin/env node
// Live-update figures (not a test): two built server processes on one database, over loopback.
//
//   npm run bench:live                          embedded PostgreSQL in a temporary directory
//   npm run bench:live -- --database-url postgres://postgres@127.0.0.1:5432/postgres
//                                               a scratch database on that server instead (dropped after)
//   npm run bench:live -- --saves 200 --sockets 1000,5000
//
// 1. Latency: a subscriber on instance B; saves acknowledged by instance A, one at a time. For each save,
//    the time from A's HTTP answer to the checklistItemChanged event at the client on B (median, p99).
// 2. Sockets: B's resident memory (RSS) with that many idle authenticated sockets open, each with one
//    subscription (kommuneChanged for one kommune), then the save → event latency at that count.

import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import WebSocket from 'ws';

import { dist, sessionCookie, startServer as startBuiltServer } from '../support/demo-data.mjs';

const { startEmbeddedPostgres } = await import(dist('db/embedded.js'));
const { createLogger } = await import(dist('logger.js'));

const { values: args } = parseArgs({
  options: {
    saves: { type: 'string', default: '200' },
    sockets: { type: 'string', default: '1000,5000' },
    'saves-at-count': { type: 'string', default: '50' },
    'database-url': { type: 'string' },
  },
});
const SAVES = Number(args.saves);
const SOCKET_COUNTS = args.sockets.split(',').map(Number).filter((n) => n > 0);
const SAVES_AT_COUNT = Number(args['saves-at-count']);
/** Sockets share sessions like browser tabs do (at most 10 per session by default). */
const SOCKETS_PER_SESSION = 5;

const SAVE = `mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { id version } }`;
const ITEM_CHANGED = `subscription { checklistItemChanged { item { id version } progress { done } } }`;

/** The built server, without the per-session request budget (the bench drives one session far faster than a person). */
function startServer(databaseUrl, logFile, extraEnv = {}) {
  return startBuiltServer(databaseUrl, logFile, { env: { REQUEST_BUDGET_PER_MINUTE: '0', ...extraEnv } });
}

async function rssMb(pid) {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

/** Users with sessions written straight to the database (a login per socket would measure scrypt). */
async function sessions(client, role, count) {
  const cookies = [];
  for (let i = 0; i < count; i++) {
    const email = `bench-${role.toLowerCase()}-${i}-${randomBytes(3).toString('hex')}@example.dk`;
    const {
      rows: [user],
    } = await client.query(
      `INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, $2, $3, 'not-a-login') RETURNING id`,
      [email, `Bench ${role} ${i}`, role],
    );
    cookies.push(await sessionCookie(client, user.id));
  }
  return cookies;
}

/** A bare graphql-transport-ws socket: connection_init, ack, one subscription. */
function openSocket(url, cookie, query, onNext = () => undefined) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers: { cookie } });
    ws.once('error', reject);
    ws.once('close', (code) => reject(new Error(`closed with ${code}`)));
    ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
    ws.on('message', (raw) => {
      const message = JSON.parse(raw.toString());
      if (message.type === 'connection_ack') {
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
        resolve(ws);
      } else if (message.type === 'next') onNext(message.payload);
      else if (message.type === 'ping') ws.send(JSON.stringify({ type: 'pong' }));
    });
  });
}

async function graphql(url, cookie, query, variables = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
function summary(samples) {
  const sorted = [...samples].sort((x, y) => x - y);
  return `median ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (n=${sorted.length})`;
}

/** `count` saves on A, one at a time; for each, ms from A's answer to the event at the subscriber on B. */
async function measureSaves(a, editorCookie, items, count, events) {
  const samples = [];
  let early = 0;
  for (let i = 0; i < count; i++) {
    const item = items[i % items.length];
    const arrived = events.waitFor(item.id, item.version + 1);
    const { updateChecklistItem: saved } = await graphql(a.url, editorCookie, SAVE, {
      input: { id: item.id, status: item.version % 2 === 0 ? 'DONE' : 'STARTED', expectedVersion: item.version },
    });
    const acknowledged = performance.now();
    item.version = saved.version;
    const at = await arrived;
    if (at < acknowledged) early += 1;
    samples.push(Math.max(0, at - acknowledged));
  }
  return { samples, early };
}

/** The events one subscriber receives, by item id and version, with their arrival time. */
function eventLog() {
  const seen = new Map();
  const waiting = new Map();
  return {
    onNext(payload) {
      const event = payload.data?.checklistItemChanged;
      if (!event) return;
      const key = `${event.item.id}:${event.item.version}`;
      const at = performance.now();
      const wake = waiting.get(key);
      if (wake) {
        waiting.delete(key);
        wake(at);
      } else seen.set(key, at);
    },
    waitFor(id, version) {
      const key = `${id}:${version}`;
      if (seen.has(key)) return Promise.resolve(seen.get(key));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event for ${key} within 10 s`)), 10_000);
        waiting.set(key, (at) => {
          clearTimeout(timer);
          resolve(at);
        });
      });
    },
  };
}

async function database() {
  if (args['database-url']) {
    const name = `bench_live_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: args['database-url'] });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(args['database-url']);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      where: 'scratch database on the given server',
      stop: async () => {
        const c = new pg.Client({ connectionString: args['database-url'] });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'udfasning-bench-live-'));
  await fs.chmod(dataDir, 0o755);
  const embedded = await startEmbeddedPostgres({ dataDir, port: 0, database: 'bench', logger: createLogger('warn'), persistent: false });
  return { url: embedded.url, where: 'embedded', stop: () => embedded.stop() };
}

async function main() {
  console.log(`Udfasning live benchmark: ${SAVES} saves, sockets ${SOCKET_COUNTS.join(', ')}`);
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, Node ${process.version}`);
  const db = await database();
  const logDir = await fs.mkdtemp(path.join(os.tmpdir(), 'udfasning-bench-live-log-'));
  const servers = [];
  const sockets = [];
  try {
    const a = await startServer(db.url, path.join(logDir, 'a.log')); // migrates and seeds
    servers.push(a);
    const b = await startServer(db.url, path.join(logDir, 'b.log'), {
      LIVE_MAX_SOCKETS: String(Math.max(...SOCKET_COUNTS, 1) + 100),
    });
    servers.push(b);
    console.log(`PostgreSQL: ${db.where}; A ${a.url}, B ${b.url}`);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const [editorCookie] = await sessions(client, 'ADMIN', 1);
    const [watcherCookie] = await sessions(client, 'VIEWER', 1);
    const items = (
      await client.query(`SELECT id, version FROM checklist_item WHERE kommune_code IN (101, 147, 751) ORDER BY kommune_code, id LIMIT 30`)
    ).rows;

    const events = eventLog();
    sockets.push(await openSocket(b.url, watcherCookie, ITEM_CHANGED, (p) => events.onNext(p)));
    await new Promise((r) => setTimeout(r, 200)); // the subscription is registered after the ack
    await measureSaves(a, editorCookie, items, 10, events); // warm-up
    const { samples, early } = await measureSaves(a, editorCookie, items, SAVES, events);
    console.log(`\nsave acknowledged on A → event at a client on B: ${summary(samples)}`);
    if (early > 0) console.log(`  (${early} events arrived before A's HTTP answer; counted as 0 ms)`);

    console.log(`\nidle authenticated sockets on B (one subscription each):`);
    console.log(`  ${sockets.length} socket(s): RSS ${(await rssMb(b.pid)).toFixed(0)} MB`);
    const viewerCookies = await sessions(client, 'VIEWER', Math.ceil(Math.max(...SOCKET_COUNTS) / SOCKETS_PER_SESSION));
    const codes = (await client.query('SELECT code FROM kommune ORDER BY code')).rows.map((r) => r.code);
    for (const target of SOCKET_COUNTS) {
      const started = performance.now();
      while (sockets.length - 1 < target) {
        const batch = [];
        for (let i = 0; i < 100 && sockets.length - 1 + batch.length < target; i++) {
          const n = sockets.length - 1 + batch.length;
          batch.push(
            openSocket(
              b.url,
              viewerCookies[Math.floor(n / SOCKETS_PER_SESSION)],
              `subscription { kommuneChanged(code: ${codes[n % codes.length]}) { code progress { done } } }`,
            ),
          );
        }
        sockets.push(...(await Promise.all(batch)));
      }
      const opened = ((performance.now() - started) / 1000).toFixed(1);
      await new Promise((r) => setTimeout(r, 2000));
      const rss = await rssMb(b.pid);
      const atCount = await measureSaves(a, editorCookie, items, SAVES_AT_COUNT, events);
      console.log(
        `  ${sockets.length - 1} sockets (+1 measuring): RSS ${rss.toFixed(0)} MB (opened in ${opened} s); ` +
          `save → event with them open: ${summary(atCount.samples)}`,
      );
    }
    await client.end();
  } finally {
    for (const ws of sockets) ws.terminate();
    for (const server of servers.reverse()) await server.stop();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
