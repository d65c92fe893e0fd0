import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../../apps/api/src/logger.js';
import { createDataSource, migrate } from '../../apps/api/src/server/data-source.js';
import { seedReferenceData } from '../../apps/api/src/server/seed.js';
import { createScratchDatabase } from '../../apps/api/src/db/scratch-database.js';

// One PostgreSQL for the whole run: the embedded one, or the server in TEST_DATABASE_URL.
// It holds a template database, migrated and loaded with the reference data once; every
// test file clones it (CREATE DATABASE … TEMPLATE), which takes milliseconds.
// vitest.config.ts runs this once for all projects; a run of only the projects that need no
// database (`--project unit`, `--project web`) skips it.

const PROJECTS_WITH_DATABASE = ['api', 'e2e'];

declare module 'vitest' {
  export interface ProvidedContext {
    templateUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!project.vitest.projects.some((p) => PROJECTS_WITH_DATABASE.includes(p.name))) return;
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  const scratch = await createScratchDatabase(logger, process.env.TEST_DATABASE_URL || undefined);
  const db = createDataSource({ url: scratch.url, poolMax: 2, connectTimeoutMs: 5000, statementTimeoutMs: 60000 });
  await db.initialize();
  await migrate(db);
  await seedReferenceData(db);
  await db.destroy();
  project.provide('templateUrl', scratch.url);
  return async () => {
    await scratch.drop();
  };
}
