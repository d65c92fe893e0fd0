import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useLive } from '../../apollo/live';
import { trafficLightLabel, type TrafficLight } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import type { KommuneRow_KommuneFragment } from '../../__generated__/graphql';
import { Empty, ErrorAlert, Loading, usePageTitle } from '../../components/status';
import { TrafficLightBadge } from '../../components/TrafficLightBadge';
import { formatDate } from '../../components/format';
import { useProgressiveList } from '../../components/progressive';
import { DownloadLinks } from '../export/DownloadLinks';
import {
  applyView,
  readView,
  regionsOf,
  writeView,
  type KommuneRow,
  type KommuneView,
  type SortKey,
  NO_WAVE,
} from './kommune-table';
import { TableScroll } from '../../components/TableScroll';

export const KommuneRowFragment = graphql(`
  fragment KommuneRow_kommune on Kommune {
    code
    name
    region
    trafficLight
    waveProvisional
    wave {
      id
      name
    }
    progress {
      done
      notApplicable
      total
    }
    opsigelser {
      id
      kind
      date
    }
  }
`);

const KommunerQuery = graphql(`
  query KommunerQuery {
    kommuner {
      ...KommuneRow_kommune
    }
  }
`);

// A changed kommune's row, written into the cache by its code: the list re-renders that row only.
const KommunerLive = graphql(`
  subscription KommunerLive {
    kommuneChanged {
      ...KommuneRow_kommune
    }
  }
`);

export function toRow(k: KommuneRow_KommuneFragment): KommuneRow {
  return {
    code: k.code,
    name: k.name,
    region: k.region,
    trafficLight: k.trafficLight,
    finished: k.progress.done + k.progress.notApplicable,
    total: k.progress.total,
    agreementDate: k.opsigelser.find((o) => o.kind === 'KMD_SAG_AGREEMENT')?.date ?? null,
    manualDate: k.opsigelser.find((o) => o.kind === 'MANUAL_CASES')?.date ?? null,
    wave: k.wave?.name ?? null,
  };
}

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'code', label: 'Kode' },
  { key: 'name', label: 'Kommune' },
  { key: 'region', label: 'Region' },
  { key: 'wave', label: 'Bølge' },
  { key: 'trafficLight', label: 'Trafiklys' },
  { key: 'progress', label: 'Fremdrift' },
  { key: 'agreement', label: 'Aftale opsagt' },
  { key: 'manual', label: 'Manuelle sager opsagt' },
];

export function KommunerPage() {
  usePageTitle('Kommuner');
  const id = useId();
  const [params, setParams] = useSearchParams();
  // useSearchParams keeps `params` stable until the query string changes, so the view (and the
  // filtered rows below) are only recomputed when the URL does.
  const view = useMemo(() => readView(params), [params]);
  const { data, loading, error, refetch } = useQuery(KommunerQuery);
  useLive(KommunerLive);
  const rows = useMemo(() => (data?.kommuner ?? []).map(toRow), [data]);
  const visible = useMemo(() => applyView(rows, view), [rows, view]);
  const shownRows = useProgressiveList(visible);
  const regions = useMemo(() => regionsOf(rows), [rows]);
  const waves = useMemo(
    () => [...new Map((data?.kommuner ?? []).flatMap((k) => (k.wave ? [[k.wave.id, k.wave.name] as const] : []))).values()].sort(),
    [data],
  );
  const provisional = useMemo(() => new Set((data?.kommuner ?? []).filter((k) => k.waveProvisional).map((k) => k.code)), [data]);

  const update = (patch: Partial<KommuneView>) => setParams(writeView({ ...view, ...patch }), { replace: true });
  const sortBy = (key: SortKey) =>
    update({ sort: key, direction: view.sort === key && view.direction === 'asc' ? 'desc' : 'asc' });

  return (
    <>
      <h1>Kommuner</h1>
      <p>Alle 98 kommuner med trafiklys, fremdrift på drejebogen og opsigelser. Visningen kan bogmærkes og sendes videre.</p>
      <form className="filters" role="search" aria-label="Filtrér kommuner" onSubmit={(e) => e.preventDefault()}>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-q`}>
            Søg efter navn eller kode
          </label>
          <input className="form-input" id={`${id}-q`} type="search" value={view.search} onChange={(e) => update({ search: e.target.value })} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-region`}>
            Region
          </label>
          <select className="form-select" id={`${id}-region`} value={view.region} onChange={(e) => update({ region: e.target.value })}>
            <option value="">Alle regioner</option>
            {regions.map((region) => (
              <option key={region}>{region}</option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-light`}>
            Trafiklys
          </label>
          <select
            className="form-select"
            id={`${id}-light`}
            value={view.trafficLight}
            onChange={(e) => update({ trafficLight: e.target.value as '' | TrafficLight })}
          >
            <option value="">Alle</option>
            {(['RED', 'YELLOW', 'GREEN'] as const).map((light) => (
              <option key={light} value={light}>
                {trafficLightLabel[light]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-opsagt`}>
            Opsagt
          </label>
          <select className="form-select" id={`${id}-opsagt`} value={view.opsagt} onChange={(e) => update({ opsagt: e.target.value as KommuneView['opsagt'] })}>
            <option value="">Alle</option>
            <option value="begge">Begge opsagt</option>
            <option value="aftale">Aftale om KMD Sag opsagt</option>
            <option value="manuelle">Manuelle sager opsagt</option>
            <option value="mangler">Mangler en eller begge</option>
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-wave`}>
            Bølge
          </label>
          <select className="form-select" id={`${id}-wave`} value={view.wave} onChange={(e) => update({ wave: e.target.value })}>
            <option value="">Alle</option>
            {waves.map((wave) => (
              <option key={wave}>{wave}</option>
            ))}
            <option value={NO_WAVE}>Ikke placeret</option>
          </select>
        </div>
        <div className="filters-actions">
          {params.size > 0 && (
            <button type="button" className="button button-tertiary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              Nulstil filtre
            </button>
          )}
        </div>
      </form>

      {loading && !data && <Loading what="kommuner" />}
      {error && <ErrorAlert error={error} retry={() => void refetch()} />}
      {data && (
        <>
          <p role="status" aria-live="polite" className="result-count">
            Viser {visible.length} af {rows.length} kommuner
          </p>
          {visible.length > 0 && (
            <DownloadLinks
              path="/export/kommuner"
              what="Visningen"
              query={params.size > 0 ? `koder=${visible.map((row) => row.code).join(',')}` : undefined}
            />
          )}
          {visible.length === 0 ? (
            <Empty>Ingen kommuner passer til filtrene.</Empty>
          ) : (
            <TableScroll label="Kommuner">
              <table className="table table--zebra table--compact kommune-table">
                <caption className="sr-only">Kommuner, sorteret efter {COLUMNS.find((c) => c.key === view.sort)?.label}</caption>
                <thead>
                  <tr>
                    {COLUMNS.map((column) => (
                      <th
                        key={column.key}
                        scope="col"
                        aria-sort={view.sort === column.key ? (view.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                      >
                        <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                          {column.label}
                          <span aria-hidden="true" className="sort-indicator">
                            {view.sort === column.key ? (view.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                          </span>
                        </button>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shownRows.map((row) => (
                    <tr key={row.code}>
                      <td>{String(row.code).padStart(3, '0')}</td>
                      <td>
                        <Link to={`/kommuner/${row.code}`}>{row.name}</Link>
                      </td>
                      <td>{row.region}</td>
                      <td>
                        {row.wave ?? 'Ikke placeret'}
                        {provisional.has(row.code) && <span className="form-hint"> (foreløbig)</span>}
                      </td>
                      <td>
                        <TrafficLightBadge value={row.trafficLight} />
                      </td>
                      <td>
                        <progress max={row.total || 1} value={row.finished} aria-label={`Fremdrift for ${row.name}`} />{' '}
                        {row.finished} af {row.total}
                      </td>
                      <td>{row.agreementDate ? formatDate(row.agreementDate) : 'Ikke opsagt'}</td>
                      <td>{row.manualDate ? formatDate(row.manualDate) : 'Ikke opsagt'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </>
  );
}
