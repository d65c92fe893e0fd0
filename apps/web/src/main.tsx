import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';

const client = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  cache: new InMemoryCache(),
});

const STATUS_QUERY = gql`
  query StatusQuery {
    kommuner {
      code
    }
    legacySystems {
      id
    }
  }
`;

function Status() {
  const { data, loading, error } = useQuery<{ kommuner: unknown[]; legacySystems: unknown[] }>(STATUS_QUERY);
  if (loading) return <p>Henter…</p>;
  if (error) return <p role="alert">Kunne ikke hente data: {error.message}</p>;
  return (
    <p>
      {data?.kommuner.length} kommuner og {data?.legacySystems.length} systemer i U:KFS-tabellen.
    </p>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <main>
        <h1>Udfasning</h1>
        <Status />
      </main>
    </ApolloProvider>
  </StrictMode>,
);
