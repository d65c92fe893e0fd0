import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useLive } from '../../apollo/live';
import { graphql } from '../../__generated__';
import { ErrorAlert, Loading } from '../../components/status';
import { AuditTable } from './AuditTable';
import { eventCount } from './audit-text';

const KommuneHistoryQuery = graphql(`
  query KommuneHistoryQuery($code: Int!) {
    auditEvents(filter: { kommuneCode: $code }, limit: 20) {
      total
      totalCapped
      items {
        ...AuditRow_event
      }
    }
  }
`);

// Any change to the kommune, the user's own included, is also a new line in its history: fetch the (short)
// history again. So the page's mutations need not name this query (while the socket is down, the page
// fetches what it shows once it is back).
const KommuneHistoryLive = graphql(`
  subscription KommuneHistoryLive($code: Int!) {
    kommuneChanged(code: $code) {
      code
    }
  }
`);

export function HistoryPanel({ code, name }: { code: number; name: string }) {
  const { data, loading, error, refetch } = useQuery(KommuneHistoryQuery, { variables: { code } });
  useLive(KommuneHistoryLive, { variables: { code }, onData: () => void refetch() });
  return (
    <section aria-labelledby="historik-heading">
      <h2 id="historik-heading">Historik</h2>
      {loading && !data && <Loading what="historikken" />}
      {error && <ErrorAlert error={error} retry={() => void refetch()} />}
      {data &&
        (data.auditEvents.items.length === 0 ? (
          <p>Der er ikke ændret noget for {name} endnu.</p>
        ) : (
          <>
            <AuditTable events={data.auditEvents.items} caption={`Seneste ændringer for ${name}`} />
            {data.auditEvents.total > data.auditEvents.items.length && (
              <p>
                <Link to={`/log?kommune=${code}`}>Se alle {eventCount(data.auditEvents.total, data.auditEvents.totalCapped)} hændelser i loggen</Link>
              </p>
            )}
          </>
        ))}
    </section>
  );
}
