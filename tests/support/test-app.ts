import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../apps/api/src/config.js';
import { createLogger, type Logger } from '../../apps/api/src/logger.js';
import { startApp, type AppOptions, type RunningApp } from '../../apps/api/src/app.js';

export interface TestAppOptions extends AppOptions {
  /** Where the server logs (tests that read the log pass their own); silent by default. */
  logger?: Logger;
}

export interface TestApp extends RunningApp {
  databaseUrl: string;
  /** Stops the app and drops its database. */
  close(): Promise<void>;
}

/** Clones the template database (reference data loaded, no users). */
export async function cloneTemplate(): Promise<{ url: string; drop(): Promise<void> }> {
  const templateUrl = new URL(inject('templateUrl'));
  const template = templateUrl.pathname.slice(1);
  const name = `test_${randomBytes(5).toString('hex')}`;
  const adminUrl = new URL(templateUrl);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A running server on a free port over its own fresh copy of the reference database. */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await cloneTemplate();
  const app = await startAppOn(database.url, env, options);
  return {
    ...app,
    databaseUrl: database.url,
    close: async () => {
      await app.stop();
      await database.drop();
    },
  };
}

/** Another server process's worth of app (its own pool and caches) on an existing database. */
export async function startAppOn(
  databaseUrl: string,
  env: Record<string, string> = {},
  { logger, ...options }: TestAppOptions = {},
): Promise<RunningApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    ADMIN_EMAIL: 'admin@example.dk',
    ADMIN_PASSWORD: 'admin-password-123',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...env,
  });
  return startApp(config, logger ?? createLogger(config.LOG_LEVEL), options);
}
