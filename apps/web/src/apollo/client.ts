import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { sessionState } from './session';
import { LazyLiveLink } from './live';

// Operations that are about logging in may answer UNAUTHENTICATED without meaning "expired".
const SESSION_OPERATIONS = new Set(['LoginMutation', 'CurrentUserQuery', 'LogoutMutation']);

const errorLink = new ErrorLink(({ error, operation }) => {
  if (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') &&
    !SESSION_OPERATIONS.has(operation.operationName ?? '')
  ) {
    sessionState.markExpired();
  }
});

export function createApolloClient(): ApolloClient {
  // After the live socket was down, events may have been missed: one refetch of what is on screen.
  const live = new LazyLiveLink(() => void client.refetchObservableQueries());
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([
      errorLink,
      ApolloLink.split(
        (operation) => operation.operationType === 'subscription',
        live,
        // Apollo Server's CSRF prevention wants a preflight-forcing header on every request.
        new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { 'apollo-require-preflight': 'true' } }),
      ),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Kommune: { keyFields: ['code'] },
        // A role is known by its name (unique); so a mutation's answer updates every list that shows it.
        ContactRole: { keyFields: ['name'] },
        // A save's answer carries the kommune's new progress; it replaces the old one whole.
        Progress: { merge: true },
        Dashboard: { keyFields: [] },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return client;
}
