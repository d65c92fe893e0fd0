import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { createDataSource } from '../../apps/api/src/server/data-source.js';
import { clientFor, createUser, type UserSpec } from '../support/factories.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { cloneTemplate } from '../support/test-app.js';

// The built server as a deploy runs it: a child process that gets SIGTERM with a request in flight.
// The request is held inside PostgreSQL by a table lock the test takes, so no test-only code runs in
// the server.

const MAIN = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));
const KOMMUNER = '{ kommuner { code name } }';

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => undefined);
});

async function startServer(databaseUrl: string, env: Record<string, string>): Promise<Server> {
  if (!existsSync(MAIN)) throw new Error('apps/api/dist/main.js is missing: run `npm run build` first');
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      PORT: '0',
      DATABASE_URL: databaseUrl,
      ADMIN_EMAIL: 'admin@example.dk',
      ADMIN_PASSWORD: 'admin-password-123',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
  return { child, url, exited };
}

async function database() {
  const db = await cloneTemplate();
  cleanups.push(db.drop);
  return db;
}

/** A client logged in through a session row in `databaseUrl`. */
async function sessionClient(databaseUrl: string, baseUrl: string, spec: UserSpec = { role: Role.VIEWER }) {
  const ds = createDataSource({ url: databaseUrl, poolMax: 1, connectTimeoutMs: 5000, statementTimeoutMs: 10000 });
  await ds.initialize();
  try {
    return await clientFor(ds, baseUrl, await createUser(ds, spec));
  } finally {
    await ds.destroy();
  }
}

/** Takes an exclusive lock on the kommune table so the server's next read of it waits inside PostgreSQL. */
async function lockKommuner(databaseUrl: string) {
  const locker = new pg.Client({ connectionString: databaseUrl });
  locker.on('error', () => undefined);
  await locker.connect();
  cleanups.push(() => locker.end());
  await locker.query('BEGIN');
  await locker.query('LOCK TABLE kommune IN ACCESS EXCLUSIVE MODE');
  return {
    waitForBlockedQuery: async () => {
      for (;;) {
        const { rows } = await locker.query(
          `SELECT 1 FROM pg_stat_activity WHERE application_name = 'udfasning' AND wait_event_type = 'Lock'`,
        );
        if (rows.length > 0) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    release: () => locker.query('COMMIT'),
  };
}

/** Opens a fresh TCP connection (no keep-alive reuse) and reports whether the server accepted it. */
function connectionAccepted(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(`${url}/healthz`, { agent: false }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
  });
}

async function waitUntilRefused(url: string): Promise<void> {
  while (await connectionAccepted(url)) await new Promise((r) => setTimeout(r, 20));
}

describe('SIGTERM with a request in flight', () => {
  it('finishes the request, refuses new connections, then exits 0', async () => {
    const db = await database();
    const server = await startServer(db.url, { SHUTDOWN_GRACE_MS: '20000' });
    const client = await sessionClient(db.url, server.url);
    expect(await connectionAccepted(server.url)).toBe(true);

    const lock = await lockKommuner(db.url);
    const inFlight = client.request(KOMMUNER);
    await lock.waitForBlockedQuery();

    server.child.kill('SIGTERM');
    await waitUntilRefused(server.url);
    expect(server.child.exitCode).toBeNull(); // still finishing the request

    await lock.release();
    const result = await inFlight;
    expect(result.errors).toBeUndefined();
    expect(result.status).toBe(200);
    expect(result.data?.kommuner).toHaveLength(98);

    expect(await server.exited).toBe(0);
  });

  it('cuts a request that outlives the grace period and still exits 0', async () => {
    const db = await database();
    // The statement timeout is far longer than the test may run: only the grace period can end this.
    const server = await startServer(db.url, { SHUTDOWN_GRACE_MS: '500', DB_STATEMENT_TIMEOUT_MS: '600000' });
    const client = await sessionClient(db.url, server.url);

    const lock = await lockKommuner(db.url);
    const inFlight = client.request(KOMMUNER).then(
      (r) => r.status,
      () => 'connection closed',
    );
    await lock.waitForBlockedQuery();

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(await inFlight).toBe('connection closed');
  });
});

describe('a rolling restart under load', () => {
  it('loses no acknowledged save', async () => {
    const db = await database();
    const old = await startServer(db.url, { SHUTDOWN_GRACE_MS: '20000' });
    const fresh = await startServer(db.url, { SHUTDOWN_GRACE_MS: '20000' });
    const client = await sessionClient(db.url, old.url, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101 });
    const { kommune } = await client.data<any>('{ kommune(code: 101) { checklist { id version } } }');
    const items: { id: string; version: number }[] = kommune.checklist.slice(0, 6);

    // A load balancer's view: send to the old server until it refuses, then to the new one.
    let target = old.url;
    let switched = 0;
    const acknowledged: { id: string; version: number }[] = [];
    const save = (c: GraphQLClient, item: { id: string; version: number }, round: number) =>
      c.request(
        `mutation($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { id version } }`,
        { input: { id: item.id, status: round % 2 ? 'STARTED' : 'DONE', note: `runde ${round}`, expectedVersion: item.version } },
      );
    async function worker(item: { id: string; version: number }) {
      for (let round = 0; round < 12; ) {
        const c = new GraphQLClient(target);
        c.cookie = client.cookie;
        const result = await save(c, item, round).catch(() => null); // connection refused or cut
        if (!result) {
          target = fresh.url;
          switched++;
          continue;
        }
        if (!result.errors) {
          item.version = result.data!.updateChecklistItem.version;
          acknowledged.push({ id: item.id, version: item.version });
          round++;
        } else if (result.errors[0].extensions?.code === 'CONFLICT') {
          // A save whose answer was lost did commit: carry on from what is stored.
          item.version = result.errors[0].extensions.current.version;
        } else {
          throw new Error(JSON.stringify(result.errors));
        }
        if (acknowledged.length === 20 && old.child.exitCode === null) old.child.kill('SIGTERM');
      }
    }
    await Promise.all(items.map(worker));

    expect(await old.exited).toBe(0);
    expect(switched).toBeGreaterThan(0); // the load really crossed the restart
    expect(acknowledged.length).toBe(items.length * 12);
    const check = new pg.Client({ connectionString: db.url });
    await check.connect();
    try {
      for (const { id, version } of acknowledged) {
        const { rows } = await check.query(
          `SELECT 1 FROM audit_event WHERE entity_id = $1 AND action = 'checklist.update' AND (after->>'version')::int = $2`,
          [id, version],
        );
        expect(rows, `save ${id} v${version}`).toHaveLength(1);
      }
      for (const item of items) {
        const { rows } = await check.query('SELECT version FROM checklist_item WHERE id = $1', [item.id]);
        expect(rows[0].version).toBe(item.version);
      }
    } finally {
      await check.end();
    }
  });
});
