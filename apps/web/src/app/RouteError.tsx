import { Component, type ReactNode } from 'react';
import { Link } from 'react-router';
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

/** Catches a page that fails to load or render (e.g. a chunk gone after a new release). */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <h1>Siden kunne ikke vises</h1>
        <div className="alert alert-error" role="alert">
          <p className="alert-text">Der skete en fejl under indlæsningen af siden.</p>
        </div>
        <p>
          <a href={window.location.pathname}>Genindlæs siden</a>
        </p>
      </>
    );
  }
}
