import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createDataSource, migrate } from './db/data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded.js';
import { seedReferenceData, type SeedResult } from './db/seed.js';
import { ensureAdmin, type BootstrapResult } from './modules/auth/bootstrap-admin.js';
import { buildContext, type GraphQLContext } from './graphql/context.js';
import { formatError, serviceUnavailableStatusPlugin } from './graphql/errors.js';
import { operationLimits } from './graphql/limits.js';
import { responseCachePlugins } from './graphql/response-cache.js';
import { buildAppSchema } from './graphql/schema.js';
import { securityHeaders } from './security-headers.js';
import { exportRoutes } from './modules/export/export.routes.js';
import { createServices, type Services } from './services.js';

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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

async function databaseAnswers(db: DataSource): Promise<boolean> {
  try {
    await Promise.race([
      db.query('SELECT 1'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('health check timed out')), 2000)),
    ]);
    return true;
  } catch {
    return false;
  }
}

export async function startApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<RunningApp> {
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
    const services = createServices(db);
    const schema = await buildAppSchema();

    const app = express();
    app.disable('x-powered-by');
    // An ETag on every GraphQL answer hashes the whole body for nothing (answers are POSTs);
    // static files keep theirs (serve-static sets its own).
    app.set('etag', false);
    app.set('trust proxy', config.TRUST_PROXY);
    const httpServer = http.createServer(app);

    const production = config.NODE_ENV === 'production';
    const limits = operationLimits<GraphQLContext>(production);
    // Lets errors masked in formatError be logged with the id of the request that raised them. (Not an
    // AsyncLocalStorage: on Node 20 it hooks every promise, a measurable cost on the field-heavy reads.)
    const requestIdOf = new WeakMap<object, string>();
    const apollo = new ApolloServer<GraphQLContext>({
      schema,
      csrfPrevention: true,
      // One operation per HTTP request: a batch would multiply work (and login attempts) per request.
      allowBatchedHttpRequests: false,
      validationRules: limits.validationRules,
      hideSchemaDetailsFromClientErrors: production,
      // main.ts owns the shutdown order (HTTP drain, pool, embedded database).
      stopOnTerminationSignals: false,
      introspection: !production,
      formatError: (formatted, error) =>
        formatError(formatted, error, (unexpected) =>
          logger.error(
            { err: unexpected, reqId: typeof unexpected === 'object' && unexpected ? requestIdOf.get(unexpected) : undefined },
            'unexpected GraphQL error',
          ),
        ),
      plugins: [
        ...limits.plugins,
        ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.SHUTDOWN_GRACE_MS }),
        serviceUnavailableStatusPlugin,
        {
          // Runs before formatError for every error raised while executing a request.
          requestDidStart: async ({ contextValue }) => ({
            didEncounterErrors: async ({ errors }) => {
              for (const error of errors) {
                const original = unwrapResolverError(error);
                if (typeof original === 'object' && original) requestIdOf.set(original, contextValue.requestId);
              }
            },
          }),
        },
        // The default cache-control plugin wraps every field resolver (1,400 fields in the kommune list)
        // to compute HTTP cache hints nobody uses: every answer here depends on the session.
        ApolloServerPluginCacheControlDisabled(),
        // Whole answers of the kommune list, a kommune's page and the dashboard, per data version, day and role.
        ...responseCachePlugins(),
        ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      ],
    });
    await apollo.start();

    app.use((_req, res, next) => {
      res.locals.requestId = randomUUID();
      res.setHeader('X-Request-Id', res.locals.requestId);
      next();
    });
    app.use(securityHeaders(production));
    app.use(
      pinoHttp({
        logger,
        genReqId: (_req, res) => (res as express.Response).locals.requestId,
        customProps: (req) => {
          const body = (req as express.Request).body as { operationName?: unknown } | undefined;
          return typeof body?.operationName === 'string' ? { operation: body.operationName } : {};
        },
        autoLogging: { ignore: (req) => req.url === '/healthz' },
      }),
    );

    app.get('/healthz', async (_req, res) => {
      const ok = await databaseAnswers(db);
      res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', database: ok ? 'up' : 'down' });
    });

    app.use(
      '/graphql',
      express.json({ limit: '2mb' }),
      expressMiddleware(apollo, { context: ({ req, res }) => buildContext(req, res, services) }),
    );

    app.use('/export', exportRoutes(services));

    const webDist = path.resolve(config.WEB_DIST);
    const indexHtml = path.join(webDist, 'index.html');
    // Static files are gzipped here (the entry chunk is ~440 kB raw, ~140 kB gzipped); GraphQL
    // answers are not, to keep the CPU for queries — put a compressing proxy in front for those.
    app.use(
      compression(),
      express.static(webDist, {
        index: false,
        maxAge: '1h',
        setHeaders: (res, file) => {
          // Vite names built assets by content hash: they never change under the same name.
          if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    );
    // Client-side routes (/kommuner/101, …) all load the single page.
    app.get('/{*path}', (_req, res) => {
      if (existsSync(indexHtml)) res.sendFile(indexHtml, { headers: { 'Cache-Control': 'no-cache' } });
      else res.status(404).type('text').send('The web app is not built. Run `npm run build`.');
    });

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.PORT, config.HOST, () => resolve());
    });
    const { port } = httpServer.address() as AddressInfo;
    const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        const deadline = Date.now() + config.SHUTDOWN_GRACE_MS;
        const grace = setTimeout(() => httpServer.closeAllConnections(), config.SHUTDOWN_GRACE_MS);
        await apollo.stop();
        clearTimeout(grace);
        // A request cut at the deadline may still hold a pooled connection in a running statement, and
        // closing the pool waits for it: that wait is bounded too (PostgreSQL rolls the statement back
        // when the connection goes).
        const poolClosed = db.destroy();
        poolClosed.catch(() => undefined);
        await Promise.race([poolClosed, sleep(Math.max(1000, deadline - Date.now()))]);
        await embedded?.stop();
      })());

    return { url: `http://${host}:${port}`, port, db, services, embedded, seeded, admin, stop };
  } catch (error) {
    if (db.isInitialized) await db.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}
