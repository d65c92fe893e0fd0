import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { loadConfig } from '../../apps/api/src/config.js';
import { createLogger } from '../../apps/api/src/logger.js';
import { startApp, type RunningApp } from '../../apps/api/src/app.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../apps/api/src/db/embedded.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp } from '../support/test-app.js';
import type { GraphQLClient } from '../support/graphql-client.js';

// PostgreSQL restarts under a running server: a database of its own (not the shared template
// server), stopped and started again while the same app process keeps serving.

const logger = createLogger('silent');
const KOMMUNER = '{ kommuner { code name trafficLight progress { total } } }';

let dataDir: string;
let database: EmbeddedDatabase;
let app: RunningApp;
let client: GraphQLClient;

async function startDatabase(port: number) {
  return startEmbeddedPostgres({ dataDir, port, database: 'udfasning', logger });
}

async function health(): Promise<number> {
  return (await fetch(`${app.url}/healthz`)).status;
}

/** Waits until the app's own query waits for a lock held by the test; returns its backend's pid. */
async function waitForBlockedQuery(admin: pg.Client): Promise<number> {
  for (;;) {
    const { rows } = await admin.query(
      `SELECT pid FROM pg_stat_activity WHERE application_name = 'udfasning' AND wait_event_type = 'Lock'`,
    );
    if (rows.length > 0) return rows[0].pid;
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'udfasning-restart-'));
  await fs.chmod(dataDir, 0o755);
  database = await startDatabase(0);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: database.url,
    DB_CONNECT_TIMEOUT_MS: '2000',
    LOG_LEVEL: 'silent',
  });
  app = await startApp(config, logger);
  ({ client } = await loggedIn(app.db, app.url, { role: Role.VIEWER }));
});

afterAll(async () => {
  await app?.stop();
  await database?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

describe('PostgreSQL restarts under a running server', () => {
  it('answers before the restart', async () => {
    const { kommuner } = await client.data<any>(KOMMUNER);
    expect(kommuner).toHaveLength(98);
    expect(await health()).toBe(200);
  });

  it('fails the request in flight with SERVICE_UNAVAILABLE when the database stops', async () => {
    // Hold a lock so the app's query is still running inside PostgreSQL when it stops.
    const locker = new pg.Client({ connectionString: database.url });
    locker.on('error', () => undefined);
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE kommune IN ACCESS EXCLUSIVE MODE');
    const inFlight = client.request(KOMMUNER);
    const backend = await waitForBlockedQuery(locker);

    // A shutting-down PostgreSQL ends every backend, but may end the lock holder's first, letting the
    // query finish in that instant; so the app's backend is ended first, as the shutdown would, then the rest.
    await locker.query('SELECT pg_terminate_backend($1)', [backend]);
    await database.stop();

    const result = await inFlight;
    expect(result.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(result.errors?.[0]?.extensions?.retryable).toBe(true);
    expect(result.status).toBe(503);
    await locker.end().catch(() => undefined);
  });

  it('answers new requests with SERVICE_UNAVAILABLE while the database is down, also when resolving the session', async () => {
    // The session cookie is resolved while building the context, before any resolver runs.
    const trivial = await client.request('{ __typename }');
    expect(trivial.status).toBe(503);
    expect(trivial.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(trivial.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|INTERNAL_SERVER_ERROR/);

    const list = await client.request(KOMMUNER);
    expect(list.status).toBe(503);
    expect(list.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

    expect(await health()).toBe(503);
  });

  it('serves correct answers again once the database is back, without restarting the app', async () => {
    database = await startDatabase(database.port);

    expect(await health()).toBe(200);
    const { kommuner } = await client.data<any>(KOMMUNER);
    expect(kommuner).toHaveLength(98);
    expect(kommuner[0]).toMatchObject({ code: 101, name: 'København' });
    const { __typename } = await client.data<any>('{ __typename }');
    expect(__typename).toBe('Query');
  });
});

describe('timeouts', () => {
  it('ends a statement that runs longer than DB_STATEMENT_TIMEOUT_MS', async () => {
    const slow = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '300' });
    try {
      expect(await slow.db.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '300ms' }]);
      await expect(slow.db.query('SELECT pg_sleep(3)')).rejects.toMatchObject({ code: '57014' });
    } finally {
      await slow.close();
    }
  });

  it('gives up on a database that accepts connections but never answers, instead of waiting forever', async () => {
    const silent = net.createServer(() => undefined); // accepts, then says nothing
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const config = loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${port}/udfasning`,
        DB_CONNECT_TIMEOUT_MS: '300',
        LOG_LEVEL: 'silent',
      });
      await expect(startApp(config, logger)).rejects.toThrow(/timeout/i);
    } finally {
      silent.close();
    }
  });
});
