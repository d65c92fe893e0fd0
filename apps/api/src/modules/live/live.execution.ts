import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Maps each value of `source`; ending the mapped iterator ends the source (the pub/sub subscription). */
function mapAsync<T, U>(source: AsyncIterable<T>, map: (value: T) => Promise<U>): AsyncIterableIterator<U> {
  const iterator = source[Symbol.asyncIterator]();
  return {
    async next() {
      const result = await iterator.next();
      if (result.done) return { value: undefined, done: true };
      return { value: await map(result.value), done: false };
    },
    async return() {
      await iterator.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * graphql's `subscribe`, but each event executes with its own context from `contextFor`: fresh
 * DataLoaders per event (a loader kept for the subscription's life would answer stale values) keyed by
 * the event's data version, so the first subscriber computes and the rest read the process's cache.
 */
export function subscribeWithContextPerEvent<Context>(contextFor: (base: Context, payload: unknown) => Context) {
  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream as ExecutionResult;
    return mapAsync(stream, async (payload) =>
      execute({ ...args, rootValue: payload, contextValue: contextFor(args.contextValue as Context, payload) }),
    );
  };
}
