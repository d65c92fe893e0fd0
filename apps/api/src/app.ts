import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { EmbeddedDatabase } from './db/embedded.js';
import type { SeedResult } from './server/seed.js';
import type { BootstrapResult } from './modules/auth/bootstrap-admin.js';
import { bootDatabase, closeDatabase } from './server/boot.js';
import { startGraphQLServer } from './server/graphql-server.js';
import { createHttpServer, gracefulStop, listen, mountRoutes } from './server/http.js';
import { createServices, type Services } from './server/services.js';

export interface RunningApp {
  url: string;
  port: number;
  db: DataSource;
  services: Services;
  embedded: EmbeddedDatabase | null;
  seeded: SeedResult;
  admin: BootstrapResult | null;
  /** Stops accepting, lets in-flight requests finish, then closes the pool and the embedded database. */
  stop(): Promise<void>;
}

export interface AppOptions {
  /** Receives every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
}

/** Boot (database, migrations, seed, first admin) → GraphQL server → HTTP layer, listening. */
export async function startApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<RunningApp> {
  const { db, embedded, seeded, admin } = await bootDatabase(config, logger, options);
  try {
    const services = createServices(db);
    const http = createHttpServer(config);
    const apollo = await startGraphQLServer(config, logger, http.server);
    mountRoutes(http.app, { config, logger, db, services, apollo });
    const { url, port } = await listen(http.server, config);
    const stop = gracefulStop({ config, server: http.server, apollo, db, embedded });
    return { url, port, db, services, embedded, seeded, admin, stop };
  } catch (error) {
    await closeDatabase({ db, embedded });
    throw error;
  }
}
