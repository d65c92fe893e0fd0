import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { createDataSource } from '../../apps/api/src/db/data-source.js';
import { clientFor, createUser } from '../support/factories.js';
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
async function sessionClient(databaseUrl: string, baseUrl: string) {
  const ds = createDataSource({ url: databaseUrl, poolMax: 1, connectTimeoutMs: 5000, statementTimeoutMs: 10000 });
  await ds.initialize();
  try {
    return await clientFor(ds, baseUrl, await createUser(ds, { role: Role.VIEWER }));
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
