import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import 'dkfds-dist/css/dkfds.min.css';
import './styles/fonts.css';
import './styles/app.css';
import './styles/print.css';
import { createApolloClient } from './apollo/client';
import { AppRoutes } from './app/router';
import { installLeaveGuard } from './components/unsaved-changes';

const client = createApolloClient();
installLeaveGuard();

// Charts and collapsed tables belong in the printed meeting pack too.
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll('details')) details.open = true;
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
