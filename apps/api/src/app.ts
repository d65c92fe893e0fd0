import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { EmbeddedDatabase } from './db/embedded.js';
import type { SeedResult } from './server/seed.js';
import type { BootstrapResult } from './modules/auth/bootstrap-admin.js';
import { bootDatabase, closeDatabase } from './server/boot.js';
import { startGraphQLServer } from './server/graphql-server.js';
import { createHttpServer, gracefulStop, listen, mountRoutes } from './server/http.js';
import { buildAppSchema } from './server/schema.js';
import { createServices, type Services } from './server/services.js';
import { statusMailSettings } from './modules/status-mail/status-mail.settings.js';
import { createLive, type Live } from './modules/live/live.module.js';

export interface RunningApp {
  url: string;
  port: number;
  db: DataSource;
  services: Services;
  embedded: EmbeddedDatabase | null;
  seeded: SeedResult;
  admin: BootstrapResult | null;
  /** Live subscriptions over WebSocket (modules/live). */
  live: Live;
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
  let live: Live | undefined;
  let stopJobs: ((timeoutMs?: number) => Promise<void>) | undefined;
  try {
    const services = createServices(db);
    stopJobs = (timeoutMs) =>
      services.statusMail.stop(timeoutMs).catch((error: unknown) => logger.warn({ err: error }, 'the job queue did not stop cleanly'));
    await services.statusMail.start(statusMailSettings(config, config.DATABASE_URL ?? embedded!.url), logger);
    live = createLive(config, logger, services, config.DATABASE_URL ?? embedded!.url);
    const schema = await buildAppSchema(live.pubSub);
    const http = createHttpServer(config);
    const apollo = await startGraphQLServer(config, logger, http.server, schema);
    mountRoutes(http.app, { config, logger, db, services, apollo });
    await live.start(http.server, schema);
    const { url, port } = await listen(http.server, config);
    const stopHttp = gracefulStop({ config, server: http.server, apollo, db, embedded, beforePoolClose: stopJobs });
    // Live sockets first (clients reconnect elsewhere), then the HTTP drain, the job queue, the pool and the database.
    let stopping: Promise<void> | undefined;
    const stop = () => (stopping ??= live!.stop().then(stopHttp));
    return { url, port, db, services, embedded, seeded, admin, live, stop };
  } catch (error) {
    await live?.stop().catch(() => undefined);
    await stopJobs?.();
    await closeDatabase({ db, embedded });
    throw error;
  }
}
