import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { errorCode } from '../../apollo/errors';
import { ErrorAlert, Loading } from '../../components/status';
import { CurrentUserContext, CurrentUserQuery } from './current-user';

/** Logged-out visitors go to /login and come back to the page they asked for. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, error, loading, refetch } = useQuery(CurrentUserQuery, { fetchPolicy: 'cache-first' });
  if (loading && !data) return <Loading what="din bruger" />;
  const me = data?.me ?? null;
  if (!me && (!error || errorCode(error) === 'UNAUTHENTICATED')) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!me) return <ErrorAlert error={error} retry={() => void refetch()} />;
  return <CurrentUserContext.Provider value={me}>{children}</CurrentUserContext.Provider>;
}
