import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/api/src/config.js';
import { createLogger } from '../../apps/api/src/logger.js';
import { startApp, type RunningApp } from '../../apps/api/src/app.js';

// The embedded database as `npm start` runs it: its own data directory, kept across restarts.

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'udfasning-lifecycle-'));
await fs.chmod(dataDir, 0o755);
const config = loadConfig({ NODE_ENV: 'test', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
const logger = createLogger('silent');
let running: RunningApp | undefined;

afterAll(async () => {
  await running?.stop();
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function health(app: RunningApp): Promise<number> {
  return (await fetch(`${app.url}/healthz`)).status;
}

describe('embedded PostgreSQL', () => {
  it('starts on an empty data directory and creates an admin with a generated password', async () => {
    running = await startApp(config, logger);
    expect(running.embedded).not.toBeNull();
    expect(running.admin?.email).toBe('admin@localhost');
    expect(running.admin?.generatedPassword?.length).toBeGreaterThanOrEqual(16);
    expect(await health(running)).toBe(200);
  });

  it('keeps data across a restart and does not create a second admin', async () => {
    await running!.db.query(
      `INSERT INTO contact_person (kommune_code, name, email) VALUES (101, 'Test Person', 'test@kk.dk')`,
    );
    await running!.stop();
    running = await startApp(config, logger);
    expect(running.admin).toBeNull();
    expect(running.seeded).toEqual({ kommuner: 0, systems: 0, drejebogSteps: 0 });
    const rows = await running.db.query(`SELECT name FROM contact_person WHERE kommune_code = 101`);
    expect(rows).toEqual([{ name: 'Test Person' }]);
    const [{ count }] = await running.db.query('SELECT count(*)::int AS count FROM app_user');
    expect(count).toBe(1);
  });

  it('reports 503 on /healthz when the database is gone', async () => {
    await running!.embedded!.stop();
    expect(await health(running!)).toBe(503);
  });
});
