import { useSyncExternalStore } from 'react';
import { ApolloLink } from '@apollo/client';
import { Observable, type Subscription } from 'rxjs';

// Live updates: subscriptions go over one WebSocket (graphql-ws) on /graphql, authenticated by the session
// cookie. The socket code is loaded only when a page first subscribes, so / and /login stay small.

export type LiveStatus =
  /** No page subscribes (or not yet connected for the first time). */
  | { kind: 'idle' }
  | { kind: 'live' }
  /** The connection dropped at `since`: what is shown may be older than that. */
  | { kind: 'down'; since: Date };

let status: LiveStatus = { kind: 'idle' };
const listeners = new Set<() => void>();

function setStatus(next: LiveStatus) {
  status = next;
  for (const listener of listeners) listener();
}

export const liveStatus = {
  get: () => status,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(liveStatus.subscribe, liveStatus.get, liveStatus.get);
}

const NORMAL_CLOSURE = 1000;
const RETRY_MAX_MS = 30_000;

/**
 * A terminating link for subscription operations that opens the WebSocket on first use. After a drop it
 * reconnects by itself; on reconnecting, `onReconnected` refetches the active queries once (events sent
 * while disconnected are not replayed).
 */
export class LazyLiveLink extends ApolloLink {
  private link: Promise<ApolloLink> | null = null;

  constructor(private readonly onReconnected: () => void) {
    super();
  }

  private load() {
    return (this.link ??= Promise.all([import('graphql-ws/client'), import('@apollo/client/link/subscriptions')]).then(
      ([{ createClient }, { GraphQLWsLink }]) => {
        const url = new URL('/graphql', window.location.href);
        url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
        const client = createClient({
          url: url.toString(),
          // Also after the server closed the socket at a session's end (4403): once the user logs in again
          // (the session-expired dialog), the retry carries the new cookie and the pages' subscriptions resume.
          retryAttempts: Infinity,
          shouldRetry: () => true,
          retryWait: (retries) =>
            new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, RETRY_MAX_MS) * (0.5 + Math.random() / 2))),
          // Keep the socket across a page change (one page unsubscribes, the next subscribes).
          lazyCloseTimeout: 5000,
          on: {
            connected: () => {
              if (status.kind === 'down') this.onReconnected();
              setStatus({ kind: 'live' });
            },
            closed: (event) => {
              const code = (event as { code?: number }).code;
              if (code === NORMAL_CLOSURE) {
                // No page subscribes any more (closed after lazyCloseTimeout).
                setStatus({ kind: 'idle' });
              } else if (status.kind !== 'down') {
                setStatus({ kind: 'down', since: new Date() });
              }
            },
          },
        });
        return new GraphQLWsLink(client);
      },
    ));
  }

  override request(operation: ApolloLink.Operation, forward: ApolloLink.ForwardFunction) {
    return new Observable<ApolloLink.Result>((observer) => {
      let inner: Subscription | undefined;
      let closed = false;
      this.load().then(
        (link) => {
          if (!closed) inner = link.request(operation, forward).subscribe(observer);
        },
        (error: unknown) => observer.error(error),
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  }
}
