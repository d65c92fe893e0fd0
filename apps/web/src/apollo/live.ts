import { useEffect, useEffectEvent, useSyncExternalStore } from 'react';
import { ApolloLink, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { Observable, type Subscription } from 'rxjs';

// Live updates: subscriptions go over one WebSocket (graphql-transport-ws, served by graphql-ws) on /graphql,
// authenticated by the session cookie. The socket code is loaded only when a page first subscribes.

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
    return (this.link ??= import('./live-socket').then(({ LiveSocketLink }) => {
      const url = new URL('/graphql', window.location.href);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      return new LiveSocketLink(url.toString(), {
        connected: () => {
          if (status.kind === 'down') this.onReconnected();
          setStatus({ kind: 'live' });
        },
        closed: (code) => {
          // 1000: closed because no page subscribes any more.
          if (code === NORMAL_CLOSURE) setStatus({ kind: 'idle' });
          else if (status.kind !== 'down') setStatus({ kind: 'down', since: new Date() });
        },
      });
    }));
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

/**
 * Follows a subscription while the component is mounted: each event is written into the normalised cache
 * (so the queries showing those objects re-render) and handed to `onData`. A small stand-in for Apollo's
 * useSubscription, which weighs more than the first view of Overblik can carry.
 */
export function useLive<Data, Variables extends OperationVariables>(
  document: TypedDocumentNode<Data, Variables>,
  options: { variables?: Variables; skip?: boolean; onData?: (data: Data) => void } = {},
): void {
  const client = useApolloClient();
  const onData = useEffectEvent((data: Data) => options.onData?.(data));
  const variables = JSON.stringify(options.variables ?? {});
  const skip = options.skip ?? false;
  useEffect(() => {
    if (skip) return;
    const subscription = client
      .subscribe<Data, Variables>({ query: document, variables: JSON.parse(variables) as Variables })
      .subscribe({
        next: (result) => {
          if (result.data) onData(result.data as Data);
        },
        // A refused or failed subscription leaves the page as it is; the marker shows the connection.
        error: () => undefined,
      });
    return () => subscription.unsubscribe();
  }, [client, document, variables, skip]);
}
