import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { usePageTitle } from '../components/status';

export function NotFoundPage() {
  usePageTitle('Siden findes ikke');
  return (
    <>
      <h1>Siden findes ikke</h1>
      <p>
        Adressen findes ikke. Gå til <Link to="/">Overblik</Link> eller <Link to="/kommuner">Kommuner</Link>.
      </p>
    </>
  );
}

/** Shown when a route fails to load, e.g. a chunk after a new release or a network failure. */
export function RouteError() {
  const error = useRouteError();
  usePageTitle('Fejl');
  return (
    <main id="main-content" className="container app-main">
      <h1>Siden kunne ikke vises</h1>
      <div className="alert alert-error" role="alert">
        <p className="alert-text">
          {isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : 'Der skete en fejl under indlæsningen.'}
        </p>
      </div>
      <p>
        <a href={window.location.pathname}>Genindlæs siden</a>
      </p>
    </main>
  );
}
