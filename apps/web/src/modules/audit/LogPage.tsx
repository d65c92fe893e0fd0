import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { Empty, ErrorAlert, Loading, usePageTitle } from '../../components/status';
import { byDanishName } from '../../components/format';
import { AuditTable } from './AuditTable';
import { ENTITY_TYPES, entityLabel, eventCount } from './audit-text';
import { useCurrentUser } from '../auth/current-user';
import { KommuneOptions } from '../../components/KommuneOptions';

const PAGE_SIZE = 50;
/** "Hvad" = logins and logouts: an account's events, never a kommune's (administrators only). */
const LOGINS = 'log-ind';

const AuditLogQuery = graphql(`
  query AuditLogQuery($filter: AuditFilter, $limit: Int!, $cursor: String) {
    auditEvents(filter: $filter, limit: $limit, cursor: $cursor) {
      total
      totalCapped
      nextCursor
      items {
        ...AuditRow_event
      }
    }
    kommuner {
      code
      name
    }
  }
`);

// Whose account to follow: the user list is for administrators, like the accounts' events themselves.
const AuditLogUsersQuery = graphql(`
  query AuditLogUsersQuery {
    users {
      id
      name
    }
  }
`);

/** The filter lives in the URL so a view of the log can be bookmarked and sent on (logins only for administrators). */
function readFilter(params: URLSearchParams, isAdmin: boolean) {
  const code = Number(params.get('kommune'));
  const from = params.get('fra');
  const to = params.get('til');
  const type = params.get('type');
  const logins = isAdmin && type === LOGINS;
  return {
    kommuneCode: !logins && Number.isInteger(code) && code > 0 ? code : null,
    entityType: type && type !== LOGINS ? type : null,
    userId: params.get('bruger') || null,
    logins,
    from: from ? new Date(`${from}T00:00:00`).toISOString() : null,
    // "til" is inclusive for people: up to the end of that day.
    to: to ? new Date(new Date(`${to}T00:00:00`).getTime() + 86_400_000).toISOString() : null,
  };
}

export function LogPage() {
  usePageTitle('Log');
  const id = useId();
  const isAdmin = useCurrentUser().role === 'ADMIN';
  const [params, setParams] = useSearchParams();
  // Pages are reached by cursor ("efter" the last event of the page before), which costs the server the
  // same at any depth; the browser's back button goes to the newer page.
  const cursor = params.get('efter');
  const filter = readFilter(params, isAdmin);
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogQuery, {
    variables: { filter, limit: PAGE_SIZE, cursor },
  });
  const shown = data ?? previousData;
  const users = useQuery(AuditLogUsersQuery, { skip: !isAdmin });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('efter');
    setParams(next, { replace: true });
  };
  const goTo = (after: string | null) => {
    const next = new URLSearchParams(params);
    if (after) next.set('efter', after);
    else next.delete('efter');
    setParams(next);
  };

  return (
    <>
      <h1>Log</h1>
      <p>
        Revisionssporet: hvem ændrede hvad og hvornår, med værdierne før og efter. Nyeste først.
        {isAdmin && ' Hvem der har logget ind og ud, står for sig: vælg "Log ind og ud" under Hvad.'}
      </p>
      <form className="filters" aria-label="Filtrér loggen" onSubmit={(e) => e.preventDefault()}>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-kommune`}>
            Kommune
          </label>
          {filter.logins && (
            <span className="form-hint" id={`${id}-kommune-hint`}>
              Gælder ikke for log ind og ud.
            </span>
          )}
          <select
            className="form-select"
            id={`${id}-kommune`}
            value={filter.logins ? '' : (params.get('kommune') ?? '')}
            disabled={filter.logins}
            aria-describedby={filter.logins ? `${id}-kommune-hint` : undefined}
            onChange={(e) => set('kommune', e.target.value)}
          >
            <option value="">Alle</option>
            <KommuneOptions kommuner={shown?.kommuner ?? []} />
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-type`}>
            Hvad
          </label>
          <select className="form-select" id={`${id}-type`} value={params.get('type') ?? ''} onChange={(e) => set('type', e.target.value)}>
            <option value="">Alt</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {entityLabel(type)}
              </option>
            ))}
            {isAdmin && <option value={LOGINS}>Log ind og ud</option>}
          </select>
        </div>
        {isAdmin && (
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-user`}>
              Bruger
            </label>
            <select className="form-select" id={`${id}-user`} value={params.get('bruger') ?? ''} onChange={(e) => set('bruger', e.target.value)}>
              <option value="">Alle</option>
              {byDanishName(users.data?.users ?? []).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-from`}>
            Fra dato
          </label>
          <input className="form-input" type="date" id={`${id}-from`} value={params.get('fra') ?? ''} onChange={(e) => set('fra', e.target.value)} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-to`}>
            Til og med dato
          </label>
          <input className="form-input" type="date" id={`${id}-to`} value={params.get('til') ?? ''} onChange={(e) => set('til', e.target.value)} />
        </div>
      </form>
      {loading && !shown && <Loading what="loggen" />}
      {error && <ErrorAlert error={error} retry={() => void refetch()} />}
      {shown && (
        <>
          <p role="status" className="result-count">
            {eventCount(shown.auditEvents.total, shown.auditEvents.totalCapped)} hændelser
            {cursor ? ', ældre side' : ''}
          </p>
          {shown.auditEvents.items.length === 0 ? (
            <Empty>Ingen hændelser passer til filtrene.</Empty>
          ) : (
            <AuditTable events={shown.auditEvents.items} caption="Hændelser i revisionssporet" />
          )}
          {(cursor || shown.auditEvents.nextCursor) && (
            <nav aria-label="Sider i loggen" className="button-row">
              <button type="button" className="button button-secondary" disabled={!cursor} onClick={() => goTo(null)}>
                Nyeste hændelser
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={!shown.auditEvents.nextCursor}
                onClick={() => goTo(shown.auditEvents.nextCursor ?? null)}
              >
                Næste side
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
