import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createDataSource, migrate } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded.js';
import { seedReferenceData, type SeedResult } from './seed.js';
import { ensureAdmin, type BootstrapResult } from '../modules/auth/bootstrap-admin.js';

// Boot: the database (embedded unless DATABASE_URL is set), migrations, reference data and the first admin.

export interface BootedDatabase {
  db: DataSource;
  embedded: EmbeddedDatabase | null;
  seeded: SeedResult;
  admin: BootstrapResult | null;
}

export interface BootOptions {
  /** Receives every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
}

export async function bootDatabase(config: Config, logger: Logger, options: BootOptions = {}): Promise<BootedDatabase> {
  const embedded = config.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: config.dataDir,
        port: config.EMBEDDED_PG_PORT,
        database: 'udfasning',
        logger,
      });
  const db = createDataSource({
    url: config.DATABASE_URL ?? embedded!.url,
    poolMax: config.DB_POOL_MAX,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    onQuery: options.onQuery,
    // A restarting database closes pooled connections; log it and let the pool reconnect.
    onPoolError: (error) => logger.warn({ err: error }, 'database connection lost'),
  });
  try {
    await db.initialize();
    const applied = await migrate(db);
    if (applied.length > 0) logger.info({ migrations: applied }, 'applied database migrations');
    const seeded = await seedReferenceData(db);
    const admin = await ensureAdmin(db, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD });
    return { db, embedded, seeded, admin };
  } catch (error) {
    await closeDatabase({ db, embedded }).catch(() => undefined);
    throw error;
  }
}

/** Closes the pool (if open) and stops the embedded database; for a boot that failed half-way. */
export async function closeDatabase({ db, embedded }: Pick<BootedDatabase, 'db' | 'embedded'>): Promise<void> {
  if (db.isInitialized) await db.destroy().catch(() => undefined);
  await embedded?.stop().catch(() => undefined);
}
