import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from './cost.js';
import { oncePerRequestRule } from './once-per-request.js';

// Per-operation limits, checked before execution. The numbers leave room for the web app's
// largest query (the dashboard: kommuner with checklist, progress and steps) and for Apollo's
// landing page, and stop queries built to exhaust the server.
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  /**
   * List-aware cost (graphql/cost.ts): about the number of fields resolved, lists multiplied by their
   * expected length. Measured on a 2-core machine a cost unit is about 8 µs of event loop, so the limit
   * keeps any single request near 80 ms on an idle machine. The web app's heaviest operation (Overblik)
   * costs about 8,800; one `kommuner { checklist { step { … } } }` about 35,000.
   */
  maxCost: 10_000,
  /** Aliases of one list root field (kommuner, legacySystems, users, auditEvents, dashboard, …) per operation. */
  maxListRootAliases: 1,
} as const;

/** Mutations one request may run only once (`login`: one request, one guess). */
export const ONCE_PER_REQUEST: readonly string[] = ['login'];

/** The largest page each paged field accepts (a variable `limit` is costed at it). */
export const MAX_PAGE_SIZES: Readonly<Record<string, number>> = { 'Query.auditEvents': 200 };

export function operationLimits<Context extends BaseContext>(
  production: boolean,
): {
  plugins: ApolloServerPlugin<Context>[];
  validationRules: ReturnType<ApolloArmor['protect']>['validationRules'];
  /** For ApolloServer's parseOptions: the parser stops at maxTokens (GRAPHQL_PARSE_FAILED, HTTP 400). */
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    // graphql-js' own parser limit instead (parseOptions below): armor's throws from a plugin hook,
    // which Apollo answers with HTTP 500.
    maxTokens: { enabled: false },
    // Replaced by the list-aware cost rule below.
    costLimit: { enabled: false },
    maxDirectives: { n: 20 },
    // "Did you mean …" reveals the schema, which production does not publish.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same objects.
  return {
    plugins: plugins as unknown as ApolloServerPlugin<Context>[],
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: [
      ...validationRules,
      costLimitRule({ maxCost: LIMITS.maxCost, maxListRootAliases: LIMITS.maxListRootAliases, maxPageSize: MAX_PAGE_SIZES }),
      oncePerRequestRule(ONCE_PER_REQUEST),
    ],
  };
}

