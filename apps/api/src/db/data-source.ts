import 'reflect-metadata';
import { DataSource, type DataSourceOptions as TypeOrmOptions } from 'typeorm';
import { migrations } from './migrations/index.js';

export interface DataSourceOptions {
  url: string;
  poolMax: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  /** Log every SQL statement through this callback (used by tests that count statements). */
  onQuery?: (sql: string) => void;
  /** Errors of idle pooled connections (a database restart); without a handler they would crash the process. */
  onPoolError?: (error: Error) => void;
}

/** A PostgreSQL data source over the given entities (the app's list is in server/entities.ts). */
export function createPostgresDataSource(options: DataSourceOptions & { entities: TypeOrmOptions['entities'] }): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    logging: options.onQuery ? ['query'] : false,
    logger: options.onQuery
      ? {
          logQuery: (sql) => options.onQuery?.(sql),
          logQueryError: () => undefined,
          logQuerySlow: () => undefined,
          logSchemaBuild: () => undefined,
          logMigration: () => undefined,
          log: () => undefined,
        }
      : undefined,
    applicationName: 'udfasning',
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install on a managed server.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // node-postgres waits forever by default; a stuck database must fail requests, not hang them.
    connectTimeoutMS: options.connectTimeoutMs,
    poolSize: options.poolMax,
    poolErrorHandler: options.onPoolError,
    extra: {
      statement_timeout: options.statementTimeoutMs,
      idle_in_transaction_session_timeout: options.statementTimeoutMs * 2,
      idleTimeoutMillis: 30000,
      keepAlive: true,
    },
  });
}

/** Runs pending migrations under an advisory lock, so two starting processes never race. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(4711001)');
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(4711001)').catch(() => undefined);
    await runner.release();
  }
}
