import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { createHash } from 'node:crypto';
import { Kind, print, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionNode } from 'graphql';
import type { RequestContext } from './request-context.js';

/**
 * The one read cache: whole answers of the queries the pages send (Overblik, the kommune list, a kommune's
 * page, /systemer and a system's page, /drejebog), with Apollo's response-cache plugin: a hit skips
 * execution altogether.
 *
 * Only queries whose root fields are all in CACHED_ROOT_FIELDS are read from or written to it, and
 * only for a logged-in user (an anonymous request executes and gets UNAUTHENTICATED); answers with
 * errors are never written (the plugin's own rule), mutations never read or written.
 *
 * The key is the normalised document (see normalizedOperation: comments, whitespace, the operation's name
 * and other operations in the document do not make a new entry), the variables the operation declares,
 * plus:
 * - the data version the request's session lookup read, before anything was computed. Every table these
 *   answers read bumps it at commit (the DataVersionTriggers migrations), so a write acknowledged by any
 *   server process on the database moves the next request to a new key. An answer computed after the
 *   lookup is at least as new as the version it is filed under. tests/api/response-cache.test.ts walks the
 *   schema from these root fields and fails when a field reaches anything those triggers do not cover.
 *   A kommune's page (a query of `kommune(code)` alone, not reaching other kommuner through its wave) is keyed instead by the data version's shared part
 *   (read with the session) and that kommune's own version (read just after it, before anything is computed;
 *   db/data-version.entity.ts): its checklist items, opsigelser and contact persons are its own rows, and a
 *   save in another kommune moves neither, so the other 97 pages stay cached while contacts save. On a
 *   deadline day with 10 saves a second, `npm run bench` measured this page at 0.16 of trivial with one
 *   version for everything, every read a miss (docs/benchmarks.md, round 5).
 * - today's Danish date: traffic lights, "as of today" and deadlines move at midnight without a write.
 * - the user's role: the authChecker's `@Authorized` roles are all these answers depend on.
 * Who the user is is NOT in the key, so nothing reachable from these root fields may depend on it: `me`,
 * `users` and `auditEvents` (personal data, role-scoped visibility, a table every mutation writes) and the
 * admin's `drejebogPublishPreview` (input-shaped, rare) stay out of the allow-list and always execute. A
 * field that starts to depend on the user (or the user's kommune) must go into the key or out of the list.
 *
 * maxAge is short because the version already invalidates; entries of old versions simply age out of a
 * size-capped LRU.
 *
 * Concurrent identical misses share one execution (coalesceMisses): after a save every connection misses
 * at once, and each would compute the same answer. The Overblik query while contacts save 10 items a
 * second: CPU ratio to trivial 0.19 before this cache covered it and coalesced misses, 0.66 with both
 * (npm run bench; docs/benchmarks.md, round 4).
 */
export const CACHED_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'dashboard',
  'kommuner',
  'kommune',
  'legacySystems',
  'legacySystem',
  'drejebog',
  'drejebogVersions',
]);

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

/**
 * The one field below `kommune(code)` that reaches other kommuner (`Wave.kommuner`); tests/api/response-cache.test.ts
 * fails when another field below Kommune returns a list of kommuner.
 */
export const OTHER_KOMMUNER_FIELD = 'kommuner';

/** Whether the selection (through its fragments) selects a field of that name anywhere. */
function selects(selections: readonly SelectionNode[], name: string, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): boolean {
  return selections.some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name || (s.selectionSet !== undefined && selects(s.selectionSet.selections, name, fragments, seen));
    if (s.kind === Kind.INLINE_FRAGMENT) return selects(s.selectionSet.selections, name, fragments, seen);
    const fragment = fragments.get(s.name.value);
    if (!fragment || seen.has(fragment.name.value)) return false;
    seen.add(fragment.name.value);
    return selects(fragment.selectionSet.selections, name, fragments, seen);
  });
}

/**
 * The kommunekode when the operation is a kommune's page: its only root field is `kommune`, with `code` given
 * as a literal or a variable, and nothing below it reaches other kommuner. Anything else (null) is keyed by the
 * whole data version.
 */
export function kommunePageCode(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): number | null {
  const [field, ...others] = operation.selectionSet.selections;
  if (others.length > 0 || field?.kind !== Kind.FIELD || field.name.value !== 'kommune') return null;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  if (field.selectionSet && selects(field.selectionSet.selections, OTHER_KOMMUNER_FIELD, fragments)) return null;
  const code = field.arguments?.find((a) => a.name.value === 'code')?.value;
  const value = code?.kind === Kind.INT ? Number(code.value) : code?.kind === Kind.VARIABLE ? variables?.[code.name.value] : undefined;
  return Number.isInteger(value) ? (value as number) : null;
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

/** The whole key of a cacheable request, as text (the response cache's key plus the same extra data). */
function keyOf({ queryHash, operationName, request, contextValue }: Ctx): string {
  return JSON.stringify([
    queryHash,
    operationName ?? null,
    request.variables ?? {},
    contextValue.dataVersion,
    contextValue.today(),
    contextValue.user!.role,
  ]);
}

/**
 * Lets a cacheable request that misses the cache wait for an identical one already executing and answer
 * with its result, instead of executing again. Runs after the response cache's own lookup.
 */
function coalesceMisses(): ApolloServerPlugin<RequestContext> {
  const inFlight = new Map<string, Promise<FormattedExecutionResult | null>>();
  return {
    requestDidStart: async () => {
      let finish: ((result: FormattedExecutionResult | null) => void) | undefined;
      return {
        responseForOperation: async (requestContext) => {
          if (requestContext.metrics.responseCacheHit || !isCacheable(requestContext)) return null;
          const key = keyOf(requestContext);
          const running = inFlight.get(key);
          if (running) {
            const result = await running;
            if (!result) return null; // the first one failed: execute on our own
            // Marked as a hit so the response cache neither writes it again nor expects an execution.
            requestContext.metrics.responseCacheHit = true;
            return { body: { kind: 'single', singleResult: { data: result.data } }, http: { status: undefined, headers: new HeaderMap() } };
          }
          const result = new Promise<FormattedExecutionResult | null>((resolve) => (finish = resolve));
          inFlight.set(key, result);
          void result.then(() => inFlight.get(key) === result && inFlight.delete(key));
          return null;
        },
        willSendResponse: async ({ response }) => {
          const single = response.body.kind === 'single' ? response.body.singleResult : null;
          finish?.(single && single.data && !single.errors ? single : null);
        },
        didEncounterErrors: async () => finish?.(null),
      };
    },
  };
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
      extraCacheKeyData: async (requestContext) => {
        if (!isCacheable(requestContext)) return null;
        const { contextValue } = requestContext;
        const common = { today: contextValue.today(), role: contextValue.user!.role };
        const code = kommunePageCode(requestContext.document!, requestContext.operation!, requestContext.request.variables);
        return code === null || contextValue.sharedVersion === null
          ? { version: contextValue.dataVersion, ...common }
          : { shared: contextValue.sharedVersion, kommune: code, kommuneVersion: await contextValue.kommuneVersion(code), ...common };
      },
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
    coalesceMisses(),
  ];
}
