import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router/dom';
import 'dkfds-dist/css/dkfds.min.css';
import './styles/app.css';
import './styles/print.css';
import { createApolloClient } from './apollo/client';
import { router } from './app/router';

const client = createApolloClient();

// Charts and collapsed tables belong in the printed meeting pack too.
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll('details')) details.open = true;
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
