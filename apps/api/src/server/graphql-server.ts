import type http from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { GraphQLContext } from './context.js';
import { formatError, serviceUnavailableStatusPlugin } from '../graphql/errors.js';
import { operationLimits } from '../graphql/limits.js';
import { responseCachePlugins } from '../graphql/response-cache.js';
import { buildAppSchema } from './schema.js';

// The GraphQL server: schema, operation limits, error formatting and the response cache.

export async function startGraphQLServer(
  config: Config,
  logger: Logger,
  httpServer: http.Server,
  schema?: GraphQLSchema,
): Promise<ApolloServer<GraphQLContext>> {
  schema ??= await buildAppSchema();
  const production = config.NODE_ENV === 'production';
  const limits = operationLimits<GraphQLContext>(production);
  // Lets errors masked in formatError be logged with the id of the request that raised them. (Not an
  // AsyncLocalStorage: on Node 20 it hooks every promise, a measurable cost on the field-heavy reads.)
  const requestIdOf = new WeakMap<object, string>();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    // One operation per HTTP request: a batch would multiply work (and login attempts) per request.
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    hideSchemaDetailsFromClientErrors: production,
    // main.ts owns the shutdown order (HTTP drain, pool, embedded database).
    stopOnTerminationSignals: false,
    introspection: !production,
    formatError: (formatted, error) =>
      formatError(formatted, error, (unexpected) =>
        logger.error(
          { err: unexpected, reqId: typeof unexpected === 'object' && unexpected ? requestIdOf.get(unexpected) : undefined },
          'unexpected GraphQL error',
        ),
      ),
    plugins: [
      ...limits.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.SHUTDOWN_GRACE_MS }),
      serviceUnavailableStatusPlugin,
      {
        // Runs before formatError for every error raised while executing a request.
        requestDidStart: async ({ contextValue }) => ({
          didEncounterErrors: async ({ errors }) => {
            for (const error of errors) {
              const original = unwrapResolverError(error);
              if (typeof original === 'object' && original) requestIdOf.set(original, contextValue.requestId);
            }
          },
        }),
      },
      // The default cache-control plugin wraps every field resolver (1,400 fields in the kommune list)
      // to compute HTTP cache hints nobody uses: every answer here depends on the session.
      ApolloServerPluginCacheControlDisabled(),
      // Whole answers of the pages' reads (CACHED_ROOT_FIELDS), per data version, day and role.
      ...responseCachePlugins(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  return apollo;
}
