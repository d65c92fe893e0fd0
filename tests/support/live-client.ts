// A graphql-ws client as a browser tab would hold one: the session cookie (and an Origin) sent with the upgrade.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveClient {
  client: Client;
  /** Resolves with the close code when the server closes (or refuses) the socket. */
  closed: Promise<number>;
  /** Resolves once the server acknowledged the connection (rejects when it closed first). */
  connected: Promise<void>;
}

export function liveClient(baseUrl: string, { cookie, origin }: { cookie?: string | null; origin?: string } = {}): LiveClient {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (origin) headers.origin = origin;
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  let onClosed!: (code: number) => void;
  let onConnected!: () => void;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const connected = new Promise<void>((resolve, reject) => {
    onConnected = resolve;
    void closed.then((code) => reject(new Error(`closed with ${code}`)));
  });
  connected.catch(() => undefined);
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: CookieWebSocket,
    retryAttempts: 0,
    lazy: false,
    // An unanswered handshake (a refused upgrade) surfaces as a close too.
    onNonLazyError: () => undefined,
    on: {
      connected: () => onConnected(),
      closed: (event) => onClosed((event as { code?: number }).code ?? 0),
    },
  });
  return { client, closed, connected };
}

export interface Subscription<T> {
  /** The next event (waits for it). */
  next(): Promise<T>;
  /** Resolves with the first error the operation ended with (GraphQL errors or a close). */
  failed: Promise<unknown>;
  stop(): void;
}

/** Subscribes and queues what arrives, so a test can await events one by one. */
export function subscribe<T = Record<string, any>>(
  live: LiveClient,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<T> {
  const queue: T[] = [];
  const waiting: ((value: T) => void)[] = [];
  let onFailed!: (error: unknown) => void;
  const failed = new Promise<unknown>((resolve) => (onFailed = resolve));
  const stop = live.client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) return onFailed(result.errors);
        const data = result.data as T;
        const wake = waiting.shift();
        if (wake) wake(data);
        else queue.push(data);
      },
      error: (error) => onFailed(error),
      complete: () => undefined,
    },
  );
  return {
    next: () => (queue.length > 0 ? Promise.resolve(queue.shift()!) : new Promise<T>((resolve) => waiting.push(resolve))),
    failed,
    stop,
  };
}
