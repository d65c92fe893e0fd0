import type http from 'node:http';
import { kommuneDataVersion } from '../../db/data-version.entity.js';
import type { Duplex } from 'node:stream';
import type { Response } from 'express';
import { parse as parseCookies } from 'cookie';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { fixedDay } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { GraphQLContext } from '../../server/context.js';
import { formatError } from '../../graphql/errors.js';
import { operationLimits } from '../../graphql/limits.js';
import { createLoaders, type Services } from '../../server/services.js';
import { sessionCookieFor, type SessionCookie } from '../auth/session.service.js';
import { clientAddressKey } from '../../client-address.js';
import type { User } from '../auth/user.entity.js';
import { subscribeWithContextPerEvent } from './live.execution.js';
import { loadersOfEvent } from './live.events.js';

export const LIVE_PATH = '/graphql';

/** Why the server closed a live socket (WebSocket close codes; graphql-ws's own where one fits). */
export const LiveClose = {
  /**
   * No valid session at connection time, or the session ended (logout, deactivation, reset, timeout).
   * graphql-ws clients retry after 4403 (not after 4401), so a tab resumes once its user logs in again.
   */
  SESSION_ENDED: CloseCode.Forbidden,
  /** Too many sockets for one session. */
  TOO_MANY: CloseCode.TooManyInitialisationRequests,
  /** The server is shutting down; the client reconnects (to another instance). */
  GOING_AWAY: 1001,
} as const;

/** One authenticated socket. `user` is kept current when the user changes (role, kommune). */
interface Connection {
  socket: WebSocket;
  tokenHash: string;
  user: User;
  ip: string | null;
  userAgent: string | null;
  secure: boolean;
}

export interface LiveLimits {
  maxSockets: number;
  maxSocketsPerSession: number;
  maxSubscriptionsPerSocket: number;
  maxMessageBytes: number;
  sessionCheckMs: number;
}

export function liveLimits(config: Config): LiveLimits {
  return {
    maxSockets: config.LIVE_MAX_SOCKETS,
    maxSocketsPerSession: config.LIVE_MAX_SOCKETS_PER_SESSION,
    maxSubscriptionsPerSocket: config.LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET,
    maxMessageBytes: config.LIVE_MAX_MESSAGE_BYTES,
    sessionCheckMs: config.LIVE_SESSION_CHECK_MS,
  };
}

function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  socket.end(`HTTP/1.1 ${status} ${message}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) on the HTTP server's own port and path. A socket is
 * opened only from this site (Origin), authenticated at connection time by the session cookie, kept only
 * while that session stays valid, and bounded in count, subscriptions and message size.
 */
export class LiveServer {
  private readonly wss: WebSocketServer;
  private readonly connections = new Map<WebSocket, Connection>();
  private readonly bySession = new Map<string, Set<Connection>>();
  private readonly byUser = new Map<string, Set<Connection>>();
  private readonly connectionOf = new WeakMap<object, Connection>();
  private readonly sessionCheck: NodeJS.Timeout;
  private readonly disposable: { dispose(): void | Promise<void> };
  private readonly upgrade: (req: http.IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** The same depth, alias, token and cost limits as operations over HTTP. */
  private readonly validationRules: ValidationRule[];
  /** The session cookie the HTTP layer sets (its name depends on PUBLIC_URL's scheme). */
  private readonly cookie: SessionCookie;

  constructor(
    private readonly httpServer: http.Server,
    private readonly schema: GraphQLSchema,
    private readonly services: Services,
    private readonly logger: Logger,
    private readonly limits: LiveLimits,
    private readonly options: { publicUrl: string | undefined; trustProxy: boolean; production: boolean },
  ) {
    this.validationRules = [...specifiedRules, ...(operationLimits(options.production).validationRules as ValidationRule[])];
    this.cookie = sessionCookieFor(options.publicUrl ?? '');
    this.wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
    this.upgrade = (req, socket, head) => this.onUpgrade(req, socket, head);
    httpServer.on('upgrade', this.upgrade);
    this.disposable = this.serve();
    this.sessionCheck = setInterval(() => void this.recheck([...this.connections.values()]), limits.sessionCheckMs);
    this.sessionCheck.unref();
  }

  /** Open authenticated sockets (for the health of the process and the benchmark). */
  get socketCount(): number {
    return this.connections.size;
  }

  /** The origins a browser page of this site sends: PUBLIC_URL's, and the one the request was made to. */
  private originAllowed(req: http.IncomingMessage): boolean {
    const origin = req.headers.origin;
    // Browsers always send Origin on a WebSocket; other clients cannot carry a victim's cookie.
    if (origin === undefined) return true;
    if (this.options.publicUrl && origin === new URL(this.options.publicUrl).origin) return true;
    const forwarded = this.options.trustProxy ? String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim() : '';
    const scheme = forwarded || ((req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http');
    const host = req.headers.host;
    return host !== undefined && origin === `${scheme}://${host}`;
  }

  private onUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = (req.url ?? '').split('?')[0];
    if (path !== LIVE_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    if (!this.originAllowed(req)) {
      this.logger.warn({ origin: req.headers.origin }, 'live socket refused: foreign origin');
      return refuseUpgrade(socket, 403, 'Forbidden');
    }
    if (this.wss.clients.size >= this.limits.maxSockets) return refuseUpgrade(socket, 503, 'Service Unavailable');
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  private serve() {
    const subscribe = subscribeWithContextPerEvent<GraphQLContext>((base, payload) => {
      const connection = this.connectionOf.get(base);
      const today = fixedDay();
      return {
        ...base,
        user: connection?.user ?? base.user,
        today,
        loaders: loadersOfEvent(payload) ?? createLoaders(this.services, today),
      };
    });
    const format = (errors: readonly GraphQLError[], id: string) =>
      errors.map((error) =>
        formatError(error.toJSON(), error, (unexpected) =>
          this.logger.error({ err: unexpected, reqId: `live-${id}` }, 'unexpected GraphQL error'),
        ),
      );

    return useServer<Record<string, unknown>, { connection?: Connection }>(
      {
        schema: this.schema,
        subscribe,
        onConnect: async (ctx) => {
          const { request, socket } = ctx.extra;
          const cookies = parseCookies(request.headers.cookie ?? '');
          const session = await this.services.sessions.resolve(cookies[this.cookie.name]).catch(() => null);
          if (!session) {
            socket.close(LiveClose.SESSION_ENDED, 'Log ind for at følge ændringer.');
            return false;
          }
          if ((this.bySession.get(session.tokenHash)?.size ?? 0) >= this.limits.maxSocketsPerSession) {
            socket.close(LiveClose.TOO_MANY, 'For mange forbindelser for én session.');
            return false;
          }
          const connection: Connection = {
            socket,
            tokenHash: session.tokenHash,
            user: session.user,
            ip: clientAddressKey(request.socket.remoteAddress),
            userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
            secure: Boolean((request.socket as { encrypted?: boolean }).encrypted),
          };
          this.track(connection);
          socket.once('close', () => this.untrack(connection));
          ctx.extra.connection = connection;
          return true;
        },
        onSubscribe: (ctx, id, payload) => {
          const connection = ctx.extra.connection;
          if (!connection) return [new GraphQLError('Log ind for at følge ændringer.', { extensions: { code: 'UNAUTHENTICATED' } })];
          if (Object.keys(ctx.subscriptions).length > this.limits.maxSubscriptionsPerSocket) {
            return [
              new GraphQLError('For mange abonnementer på én forbindelse.', { extensions: { code: 'TOO_MANY_REQUESTS' } }),
            ];
          }
          let document: DocumentNode;
          try {
            document = parse(payload.query, { maxTokens: 2000 });
          } catch (error) {
            return [error instanceof GraphQLError ? error : new GraphQLError('Ugyldig forespørgsel.')];
          }
          const operation = getOperationAST(document, payload.operationName);
          if (!operation || operation.operation !== 'subscription') {
            return [
              new GraphQLError('Over WebSocket kan man kun abonnere; forespørgsler og ændringer går over HTTP.', {
                extensions: { code: 'BAD_REQUEST' },
              }),
            ];
          }
          const errors = validate(this.schema, document, this.validationRules);
          if (errors.length > 0) return errors;
          const contextValue: GraphQLContext = {
            requestId: `live-${id}`,
            user: connection.user,
            sessionTokenHash: connection.tokenHash,
            dataVersion: null,
            sharedVersion: null,
            kommuneVersion: (code) => kommuneDataVersion(this.services.db, code),
            today: fixedDay(),
            ip: connection.ip,
            userAgent: connection.userAgent,
            cookie: { name: this.cookie.name, secure: this.cookie.secure || connection.secure },
            loaders: createLoaders(this.services, fixedDay()),
            services: this.services,
            // Subscriptions set no cookies; nothing on this path reads the response.
            res: undefined as unknown as Response,
          };
          this.connectionOf.set(contextValue, connection);
          return {
            schema: this.schema,
            document,
            operationName: payload.operationName,
            variableValues: payload.variables,
            contextValue,
          };
        },
        onError: (_ctx, id, _payload, errors) => format(errors, id),
        onNext: (_ctx, id, _payload, _args, result) =>
          result.errors ? { ...result, errors: format(result.errors, id) } : undefined,
      },
      this.wss,
    );
  }

  private track(connection: Connection): void {
    this.connections.set(connection.socket, connection);
    const add = <K>(map: Map<K, Set<Connection>>, key: K) => {
      const set = map.get(key) ?? new Set<Connection>();
      set.add(connection);
      map.set(key, set);
    };
    add(this.bySession, connection.tokenHash);
    add(this.byUser, connection.user.id);
  }

  private untrack(connection: Connection): void {
    this.connections.delete(connection.socket);
    const remove = <K>(map: Map<K, Set<Connection>>, key: K) => {
      const set = map.get(key);
      set?.delete(connection);
      if (set?.size === 0) map.delete(key);
    };
    remove(this.bySession, connection.tokenHash);
    remove(this.byUser, connection.user.id);
  }

  /** A user's sessions or account changed (announced at commit by any process): re-check their sockets. */
  userChanged(userId: string): void {
    const connections = this.byUser.get(userId);
    if (connections) void this.recheck([...connections]);
  }

  /** Closes the sockets whose session is no longer valid; keeps the others' user current. */
  private async recheck(connections: Connection[]): Promise<void> {
    const CHUNK = 1000;
    for (let i = 0; i < connections.length; i += CHUNK) {
      const chunk = connections.slice(i, i + CHUNK);
      let valid: Map<string, User>;
      try {
        valid = await this.services.sessions.stillValid([...new Set(chunk.map((c) => c.tokenHash))]);
      } catch (error) {
        // The database is away: keep the sockets; the next check decides.
        this.logger.warn({ err: error }, 'live session check failed');
        return;
      }
      for (const connection of chunk) {
        const user = valid.get(connection.tokenHash);
        if (user) connection.user = user;
        else connection.socket.close(LiveClose.SESSION_ENDED, 'Sessionen er afsluttet.');
      }
    }
  }

  async close(): Promise<void> {
    clearInterval(this.sessionCheck);
    this.httpServer.off('upgrade', this.upgrade);
    for (const client of this.wss.clients) client.close(LiveClose.GOING_AWAY, 'Serveren genstarter.');
    await this.disposable.dispose();
    for (const client of this.wss.clients) client.terminate();
  }
}
