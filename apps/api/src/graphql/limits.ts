import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';

// Per-operation limits, checked before execution. The numbers leave room for the web app's
// largest query (the dashboard: kommuner with checklist, progress and steps) and for Apollo's
// landing page, and stop queries built to exhaust the server.
export const LIMITS = {
  maxDepth: 10,
  /** Also bounds how many aliased logins one request can carry (each one still counts). */
  maxAliases: 15,
  maxTokens: 2000,
  /** graphql-armor's static cost (lists not multiplied): the web app's heaviest screen query is about 220. */
  maxCost: 600,
} as const;

export function operationLimits<Context extends BaseContext>(
  production: boolean,
): { plugins: ApolloServerPlugin<Context>[]; validationRules: ReturnType<ApolloArmor['protect']>['validationRules'] } {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true },
    maxDirectives: { n: 20 },
    // "Did you mean …" reveals the schema, which production does not publish.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same objects.
  return { plugins: plugins as unknown as ApolloServerPlugin<Context>[], validationRules };
}
