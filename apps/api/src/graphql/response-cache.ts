import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { createHash } from 'node:crypto';
import { Kind, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from './request-context.js';

/**
 * Whole-answer cache for the hot reads (the kommune list, a kommune's page, the dashboard), with
 * Apollo's response-cache plugin: a hit skips execution altogether.
 *
 * Only queries whose root fields are all in CACHED_ROOT_FIELDS are read from or written to it, and
 * only for a logged-in user (an anonymous request executes and gets UNAUTHENTICATED); answers with
 * errors are never written (the plugin's own rule), mutations never read or written.
 *
 * The key is the normalised document (see normalizedOperation: comments, whitespace, the operation's name
 * and other operations in the document do not make a new entry), the variables the operation declares,
 * plus:
 * - the data version the request's session lookup read, before anything was computed. Every table these
 *   answers read bumps it at commit (see db/read-cache.ts and the DataVersionTriggers migration), so a
 *   write acknowledged by any server process on the database moves the next request to a new key. An
 *   answer computed after the lookup is at least as new as the version it is filed under.
 *   tests/api/response-cache.test.ts walks the schema from these root fields and fails when a field
 *   reaches anything those triggers do not cover.
 * - today's Danish date: traffic lights and "as of today" move at midnight without a write.
 * - the user's role: what these reads show depends only on it today (the authChecker's `@Authorized`
 *   roles; no field reachable from them looks at who the user is, only kommune-scoped mutations do).
 *   A field that starts to depend on the user (or the user's kommune) must go into the key or out of
 *   the allow-list.
 *
 * maxAge is short because the version already invalidates; entries of old versions simply age out of a
 * size-capped LRU.
 */
export const CACHED_ROOT_FIELDS: ReadonlySet<string> = new Set(['kommuner', 'kommune', 'dashboard']);

/** Seconds an answer is kept (the data version, not this, is what makes a write visible). */
export const RESPONSE_CACHE_MAX_AGE = 60;
/** Bytes of serialized answers kept per server process (the list is about 20 kB). */
export const RESPONSE_CACHE_MAX_BYTES = 16 * 1024 * 1024;

type Ctx = GraphQLRequestContext<RequestContext>;

/** A query (not a mutation or subscription) selecting only allow-listed root fields, by a logged-in user. */
export function isCacheable({ operation, contextValue }: Ctx): boolean {
  if (operation?.operation !== 'query' || !contextValue.user || contextValue.dataVersion === null) return false;
  const selections = operation.selectionSet.selections;
  return (
    selections.length > 0 &&
    // Fragments at the root are not looked into: such a query simply executes.
    selections.every((s) => s.kind === Kind.FIELD && CACHED_ROOT_FIELDS.has(s.name.value))
  );
}

const normalized = new WeakMap<OperationDefinitionNode, string>();

/**
 * The operation as the server executes it, printed from its syntax tree: without comments, insignificant
 * whitespace, its name or the document's other operations, followed by the fragments it can use. Two
 * requests that differ only in those print the same, so they share one cache entry.
 */
export function normalizedOperation(document: DocumentNode, operation: OperationDefinitionNode): string {
  let text = normalized.get(operation);
  if (text === undefined) {
    text = print({
      kind: Kind.DOCUMENT,
      definitions: [
        { ...operation, name: undefined },
        ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION),
      ],
    });
    normalized.set(operation, text);
  }
  return text;
}

/** The cache key: the normalised operation, the variables it declares (others are ignored when it runs) and `extra`. */
export function responseCacheKey(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  extra: unknown,
): string {
  const declared = Object.fromEntries(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, variables?.[d.variable.name.value] ?? null]),
  );
  return createHash('sha256')
    .update(JSON.stringify({ operation: normalizedOperation(document, operation), variables: declared, extra }))
    .digest('hex');
}

export function responseCachePlugins(): ApolloServerPlugin<RequestContext>[] {
  const cache = new InMemoryLRUCache<string>({ maxSize: RESPONSE_CACHE_MAX_BYTES });
  return [
    {
      // The cache-control plugin is disabled (it wraps every field resolver), so every answer's policy
      // is "do not cache". Allow-listed queries get theirs here, once per request. With the cache-control
      // plugin off, no Cache-Control header is sent: the policy only reaches the response cache.
      requestDidStart: async () => ({
        didResolveOperation: async (requestContext) => {
          if (isCacheable(requestContext)) {
            requestContext.overallCachePolicy.replace({ maxAge: RESPONSE_CACHE_MAX_AGE, scope: 'PUBLIC' });
          }
        },
      }),
    },
    ApolloServerPluginResponseCache<RequestContext>({
      cache,
      // No sessionId: answers are shared by every user of the same role (the role is in extraCacheKeyData).
      extraCacheKeyData: async (requestContext) =>
        isCacheable(requestContext)
          ? {
              version: requestContext.contextValue.dataVersion,
              today: requestContext.contextValue.today(),
              role: requestContext.contextValue.user!.role,
            }
          : null,
      generateCacheKey: (requestContext, keyData) =>
        responseCacheKey(
          requestContext.document!,
          requestContext.operation!,
          requestContext.request.variables,
          (keyData as { extra: unknown }).extra,
        ),
      shouldReadFromCache: async (requestContext) => isCacheable(requestContext),
      shouldWriteToCache: async (requestContext) => isCacheable(requestContext),
    }),
  ];
}
