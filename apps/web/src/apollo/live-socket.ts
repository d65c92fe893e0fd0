import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { print } from '@apollo/client/utilities';
import { Observable, type Observer } from 'rxjs';

// The client side of the graphql-transport-ws protocol (the server runs graphql-ws), as small as the
// app needs: one socket shared by every subscription, opened on the first and closed a while after the
// last; after a drop it reconnects with backoff and subscribes again to what is still open. Written out
// here rather than taken from graphql-ws's client because Overblik loads it on first view, within the
// 200 kB budget (this is about a third of the size).

export interface LiveSocketEvents {
  /** The server acknowledged the connection (the first time or after a reconnect). */
  connected(): void;
  /** The socket closed; code 1000 when it was closed because nothing subscribes any more. */
  closed(code: number): void;
}

type Message =
  | { type: 'connection_ack' | 'pong' }
  | { type: 'ping' }
  | { type: 'next'; id: string; payload: ApolloLink.Result }
  | { type: 'error'; id: string; payload: CombinedGraphQLErrors['errors'] }
  | { type: 'complete'; id: string };

interface Active {
  payload: { query: string; variables?: Record<string, unknown>; operationName?: string };
  observer: Observer<ApolloLink.Result>;
}

const LAZY_CLOSE_MS = 5000;
const RETRY_MAX_MS = 30_000;

export class LiveSocketLink extends ApolloLink {
  private socket: WebSocket | null = null;
  private acknowledged = false;
  private readonly active = new Map<string, Active>();
  private nextId = 1;
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private lazyClose: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly url: string,
    private readonly events: LiveSocketEvents,
  ) {
    super();
  }

  private send(message: object): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private open(): void {
    if (this.socket || this.retryTimer) return;
    const socket = new WebSocket(this.url, 'graphql-transport-ws');
    this.socket = socket;
    this.acknowledged = false;
    socket.onopen = () => this.send({ type: 'connection_init' });
    socket.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as Message;
      if (message.type === 'ping') return this.send({ type: 'pong' });
      if (message.type === 'connection_ack') {
        this.acknowledged = true;
        this.retries = 0;
        this.events.connected();
        for (const [id, { payload }] of this.active) this.send({ id, type: 'subscribe', payload });
        return;
      }
      if (!('id' in message)) return;
      const active = this.active.get(message.id);
      if (!active) return;
      if (message.type === 'next') active.observer.next(message.payload);
      else if (message.type === 'error') {
        this.active.delete(message.id);
        active.observer.error(new CombinedGraphQLErrors({ errors: message.payload }));
      } else if (message.type === 'complete') {
        this.active.delete(message.id);
        active.observer.complete();
      }
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.acknowledged = false;
      this.events.closed(event.code);
      if (this.active.size === 0) return;
      // Dropped (a restart, the network, an ended session): try again, ever more slowly, while anything
      // still subscribes. A session that comes back (the user logs in again) is picked up by the retry.
      const wait = Math.min(1000 * 2 ** this.retries, RETRY_MAX_MS) * (0.5 + Math.random() / 2);
      this.retries += 1;
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        if (this.active.size > 0) this.open();
      }, wait);
    };
  }

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    return new Observable<ApolloLink.Result>((observer) => {
      const id = String(this.nextId++);
      const payload = { query: print(operation.query), variables: operation.variables, operationName: operation.operationName };
      this.active.set(id, { payload, observer });
      clearTimeout(this.lazyClose);
      if (this.acknowledged) this.send({ id, type: 'subscribe', payload });
      else this.open();
      return () => {
        if (this.active.delete(id)) this.send({ id, type: 'complete' });
        if (this.active.size === 0) {
          clearTimeout(this.lazyClose);
          // Kept a while: the next page usually subscribes at once.
          this.lazyClose = setTimeout(() => {
            if (this.active.size === 0) this.socket?.close(1000, 'Normal Closure');
          }, LAZY_CLOSE_MS);
        }
      };
    });
  }
}
