import { useEffect, type ReactNode } from 'react';
import { errorMessage } from '../apollo/errors';

/** Sets the document title so tabs, history and screen readers name the page. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – Udfasning`;
  }, [title]);
}

export function Loading({ what = 'data' }: { what?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner spinner-small" aria-hidden="true" /> Henter {what}…
    </div>
  );
}

export function ErrorAlert({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-heading">Noget gik galt</p>
        <p className="alert-text">{errorMessage(error)}</p>
        {retry && (
          <button type="button" className="button button-secondary" onClick={() => retry()}>
            Prøv igen
          </button>
        )}
      </div>
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}
