import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres } from './embedded.js';

// A throwaway database for tooling (migration generation, tests): a fresh database on the
// server in `serverUrl` when given, otherwise a fresh embedded cluster in a temporary folder.

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(logger: Logger, serverUrl?: string): Promise<ScratchDatabase> {
  const name = `udfasning_scratch_${randomBytes(4).toString('hex')}`;
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'udfasning-scratch-'));
  await fs.chmod(dir, 0o755); // reachable by the postgres user when running as root
  const embedded = await startEmbeddedPostgres({ dataDir: dir, port: 0, database: name, logger, persistent: false });
  return {
    url: embedded.url,
    drop: async () => {
      await embedded.stop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
