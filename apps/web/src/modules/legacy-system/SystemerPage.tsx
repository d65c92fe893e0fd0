import { Link, useLocation } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { systemKindLabel } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import { Empty, ErrorAlert, Loading, usePageTitle } from '../../components/status';
import { formatDate } from '../../components/format';
import { useCurrentUser } from '../auth/current-user';
import { LastMoverList } from './LastMoverList';
import { NewSystemForm } from './SystemForm';
import { earliestShutdownCell, riskText } from './shutdown';
import { useProgressiveList } from '../../components/progressive';
import { TableScroll } from '../../components/TableScroll';

const SystemerQuery = graphql(`
  query SystemerQuery {
    legacySystems {
      id
      name
      kind
      owner
      status
      earliestShutdown
      plannedShutdown
      lastMoversKnown
      shutdownAtRisk
      kommunerLeft
      ...LastMoverList_system
      alternatives {
        id
        name
        note
      }
    }
  }
`);

export function SystemerPage() {
  usePageTitle('Systemer');
  // Not normalised into Apollo's cache: the table is read here and only here (a system's own page has its own
  // query, and the page asks the server again on every visit anyway), and writing and reading back every system
  // with its last movers and alternatives in the cache took ~80 ms of one task with a long U:KFS table. The
  // server answers a repeat from its own cache.
  const { data, loading, error, refetch } = useQuery(SystemerQuery, { fetchPolicy: 'no-cache' });
  const shownSystems = useProgressiveList(data?.legacySystems ?? []);
  const admin = useCurrentUser().role === 'ADMIN';
  // Set by the system page after KOMBIT took a system out of the table.
  const retired = (useLocation().state as { retired?: string } | null)?.retired;
  return (
    <>
      <h1>Systemer i U:KFS</h1>
      <p>
        KMD's fagløsninger og de forudsætningsløsninger, de afhænger af. En forudsætningsløsning kan først lukke, når dens sidste
        afhængige system (last mover) er flyttet.
      </p>
      {retired && (
        <div className="alert alert-success" role="status">
          <p className="alert-text">{retired} er taget ud af tabellen.</p>
        </div>
      )}
      {loading && !data && <Loading what="systemerne" />}
      {error && <ErrorAlert error={error} retry={() => void refetch()} />}
      {data && data.legacySystems.length === 0 && <Empty>Der er ingen systemer i tabellen.</Empty>}
      {data && data.legacySystems.length > 0 && (
        <TableScroll label="U:KFS-tabellen">
          <table className="table table--zebra table--compact systems-table">
            <caption className="sr-only">U:KFS-tabellen med {data.legacySystems.length} systemer</caption>
            <thead>
              <tr>
                <th scope="col">System</th>
                <th scope="col">Type</th>
                <th scope="col">Forankring</th>
                <th scope="col">Status</th>
                <th scope="col">Last mover (forventet udgang)</th>
                <th scope="col">Alternativ</th>
                <th scope="col">Tidligste lukning</th>
              </tr>
            </thead>
            <tbody>
              {shownSystems.map((system) => (
                <tr key={system.id}>
                  <th scope="row">
                    <Link to={`/systemer/${system.id}`}>{system.name}</Link>
                  </th>
                  <td>{systemKindLabel[system.kind]}</td>
                  <td>{system.owner}</td>
                  <td>{system.status}</td>
                  <td>
                    {system.lastMoversKnown || system.lastMovers.length > 0 ? <LastMoverList system={system} /> : 'Ukendt'}
                    {system.kommunerLeft !== null && <p className="form-hint">{system.kommunerLeft} af 98 kommuner har opsagt aftalen om KMD Sag</p>}
                  </td>
                  <td>{system.alternatives.map((a) => a.name).join('; ') || '–'}</td>
                  <td>
                    {system.kind === 'PREREQUISITE' ? earliestShutdownCell(system) : '–'}
                    {system.plannedShutdown && <p className="form-hint">Planlagt: {formatDate(system.plannedShutdown)}</p>}
                    {riskText(system) && <p className="risk-flag">{riskText(system)}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {/* Below the table, once it is there: it must not be pushed down while the user reads it. */}
      {admin && data && shownSystems.length === data.legacySystems.length && <NewSystemForm />}
    </>
  );
}
