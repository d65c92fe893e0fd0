import type { PubSub } from 'type-graphql';

/** Events a slow subscriber may fall behind by before it is cut off (its client reconnects and refetches). */
const MAX_QUEUED = 100;

type Listener = (payload: unknown) => void;

/**
 * The in-process fan-out behind type-graphql's @Subscription topics: one per app, fed by the change
 * listener (live.events.ts), never across processes (PostgreSQL's NOTIFY does that). Each subscriber
 * gets its own bounded queue, so one slow socket neither blocks the others nor grows without bound.
 */
export class LivePubSub implements PubSub {
  private readonly listeners = new Map<string, Set<Listener>>();

  publish(topic: string, payload: unknown): void {
    for (const listener of this.listeners.get(topic) ?? []) listener(payload);
  }

  /** How many subscribers a topic has (events nobody listens to are not computed). */
  count(topic: string): number {
    return this.listeners.get(topic)?.size ?? 0;
  }

  subscribe(topic: string): AsyncIterableIterator<unknown> {
    const queue: unknown[] = [];
    let wake: ((result: IteratorResult<unknown>) => void) | null = null;
    let done = false;
    let overflowed = false;
    const listeners = this.listeners.get(topic) ?? new Set<Listener>();
    this.listeners.set(topic, listeners);

    const stop = () => {
      done = true;
      listeners.delete(listener);
      if (listeners.size === 0 && this.listeners.get(topic) === listeners) this.listeners.delete(topic);
      wake?.({ value: undefined, done: true });
      wake = null;
    };
    const listener: Listener = (payload) => {
      if (wake) {
        const resolve = wake;
        wake = null;
        resolve({ value: payload, done: false });
      } else if (queue.length < MAX_QUEUED) {
        queue.push(payload);
      } else {
        overflowed = true;
        stop();
      }
    };
    listeners.add(listener);

    return {
      next: () => {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
        if (done) {
          return overflowed
            ? Promise.reject(new Error('live subscriber fell too far behind'))
            : Promise.resolve({ value: undefined, done: true });
        }
        return new Promise((resolve) => (wake = resolve));
      },
      return: () => {
        stop();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (error: unknown) => {
        stop();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
