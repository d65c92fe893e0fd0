import type http from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../server/services.js';
import { ChangeListener } from './change-listener.js';
import { LiveEvents } from './live.events.js';
import { LivePubSub } from './live.pubsub.js';
import { LiveServer, liveLimits } from './live.server.js';

export interface Live {
  /** For buildSchema: the @Subscription topics' fan-out in this process. */
  pubSub: LivePubSub;
  /** Listens for committed changes and serves subscriptions on `httpServer` (same port, path /graphql). */
  start(httpServer: http.Server, schema: GraphQLSchema): Promise<void>;
  /** Open live sockets (0 before start). */
  socketCount(): number;
  /** Closes every socket (1001, the client reconnects elsewhere) and the listener. */
  stop(): Promise<void>;
}

/** Live updates: PostgreSQL NOTIFY (every process) → events computed once here → graphql-ws subscribers. */
export function createLive(config: Config, logger: Logger, services: Services, databaseUrl: string): Live {
  const pubSub = new LivePubSub();
  let server: LiveServer | null = null;
  const events = new LiveEvents(services, pubSub, logger, (userId) => server?.userChanged(userId));
  const listener = new ChangeListener(
    databaseUrl,
    logger,
    (change) => events.handle(change),
    () => events.resync(),
  );
  return {
    pubSub,
    async start(httpServer, schema) {
      await listener.start();
      server = new LiveServer(httpServer, schema, services, logger, liveLimits(config), {
        publicUrl: config.PUBLIC_URL,
        // Only the scheme a trusted proxy forwards is read here (for the Origin check).
        trustProxy: config.TRUST_PROXY !== false,
        production: config.NODE_ENV === 'production',
      });
    },
    socketCount: () => server?.socketCount ?? 0,
    async stop() {
      events.stop();
      await server?.close();
      await listener.stop();
    },
  };
}
