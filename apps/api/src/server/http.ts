import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import express from 'express';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { EmbeddedDatabase } from '../db/embedded.js';
import { buildContext, type GraphQLContext, type RequestPolicy } from './context.js';
import { RequestBudget } from '../graphql/request-budget.js';
import { sessionCookieFor } from '../modules/auth/session.service.js';
import type { Services } from './services.js';
import { securityHeaders } from './security-headers.js';
import { exportRoutes } from '../modules/export/export.routes.js';

// The HTTP layer: request ids, security headers, logging, /healthz, /graphql, the built web app and
// its single-page fallback, listening and the graceful shutdown.

export interface HttpServer {
  app: express.Express;
  server: http.Server;
}

export function createHttpServer(config: Config): HttpServer {
  const app = express();
  app.disable('x-powered-by');
  // An ETag on every GraphQL answer hashes the whole body for nothing (answers are POSTs);
  // static files keep theirs (serve-static sets its own).
  app.set('etag', false);
  // false, a hop count or the proxies' addresses: never "any X-Forwarded-For" (see config.ts).
  app.set('trust proxy', config.TRUST_PROXY);
  return { app, server: http.createServer(app) };
}

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

export interface Routes {
  config: Config;
  logger: Logger;
  db: DataSource;
  services: Services;
  apollo: ApolloServer<GraphQLContext>;
}

export function mountRoutes(app: express.Express, { config, logger, db, services, apollo }: Routes): void {
  const production = config.NODE_ENV === 'production';
  const requestPolicy: RequestPolicy = {
    cookie: sessionCookieFor(config.PUBLIC_URL),
    budget: new RequestBudget(config.REQUEST_BUDGET_PER_MINUTE),
  };
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
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(req, res, services, requestPolicy) }),
    // A body that is not JSON or is too large is refused before GraphQL sees it: answered in GraphQL's own shape
    // (never Express's HTML error page, which in development carries a stack trace).
    (error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (res.headersSent || !error.status || error.status >= 500) return next(error);
      const tooLarge = error.type === 'entity.too.large';
      res.status(error.status).json({
        errors: [
          {
            message: tooLarge ? 'Forespørgslen er for stor (højst 2 MB).' : 'Forespørgslen er ikke gyldig JSON.',
            extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
          },
        ],
      });
    },
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
}

export async function listen(server: http.Server, config: Config): Promise<{ url: string; port: number }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  return { url: `http://${host}:${port}`, port };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export interface Stoppable {
  config: Config;
  server: http.Server;
  apollo: ApolloServer<GraphQLContext>;
  db: DataSource;
  embedded: EmbeddedDatabase | null;
  /** Runs once requests have finished, before the pool closes (background jobs stop here); bounded by the grace period. */
  beforePoolClose?: (remainingMs: number) => Promise<void>;
}

/** Stops accepting, lets in-flight requests finish, then closes the pool and the embedded database (once). */
export function gracefulStop({ config, server, apollo, db, embedded, beforePoolClose }: Stoppable): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () =>
    (stopping ??= (async () => {
      const deadline = Date.now() + config.SHUTDOWN_GRACE_MS;
      const grace = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_GRACE_MS);
      await apollo.stop();
      clearTimeout(grace);
      await beforePoolClose?.(Math.max(1000, deadline - Date.now()));
      // A request cut at the deadline may still hold a pooled connection in a running statement, and
      // closing the pool waits for it: that wait is bounded too (PostgreSQL rolls the statement back
      // when the connection goes).
      const poolClosed = db.destroy();
      poolClosed.catch(() => undefined);
      await Promise.race([poolClosed, sleep(Math.max(1000, deadline - Date.now()))]);
      await embedded?.stop();
    })());
}
