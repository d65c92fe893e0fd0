import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useLive } from '../../apollo/live';
import { opsigelseKindLabel } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import type { OverblikBehindQueryQuery, OverblikQueryQuery, OverblikSystemsQueryQuery, OverblikWavesQueryQuery } from '../../__generated__/graphql';
import { ErrorAlert, Loading, usePageTitle } from '../../components/status';
import { formatDate } from '../../components/format';
import { mailtoHref } from '../../components/mailto';
import { monthlyTotals } from './series';
import { earliestShutdownCell, riskText } from '../legacy-system/shutdown';
import { TableScroll } from '../../components/TableScroll';
import { Deferred } from '../../components/progressive';
import { OpsigelseChart, StepProgressChart } from './charts';

// Everything Overblik shows of the dashboard: the query and the live event select the same fields, so an
// event replaces the numbers on screen (the Dashboard is one cache entry).
export const OverblikDashboardFragment = graphql(`
  fragment Overblik_dashboard on Dashboard {
    kommuneCount
    agreement: terminated(kind: KMD_SAG_AGREEMENT)
    manual: terminated(kind: MANUAL_CASES)
    agreementSeries: terminationsOverTime(kind: KMD_SAG_AGREEMENT) {
      date
      count
    }
    manualSeries: terminationsOverTime(kind: MANUAL_CASES) {
      date
      count
    }
    agreementForecast: forecast(kind: KMD_SAG_AGREEMENT) {
      date
      method
    }
    manualForecast: forecast(kind: MANUAL_CASES) {
      date
      method
    }
    agreementMissing: notTerminated(kind: KMD_SAG_AGREEMENT) {
      ...MissingKommune_kommune
    }
    manualMissing: notTerminated(kind: MANUAL_CASES) {
      ...MissingKommune_kommune
    }
    stepProgress {
      step {
        id
        code
        number
        title
        deadline
      }
      done
      started
      notStarted
      notApplicable
    }
  }
`);

// The wave summary is its own query and subscription: in Overblik's one query it would pass the cost limit.
const OverblikWavesQuery = graphql(`
  query OverblikWavesQuery {
    dashboard {
      ...OverblikWaves_dashboard
    }
  }
`);

export const OverblikWavesFragment = graphql(`
  fragment OverblikWaves_dashboard on Dashboard {
    waves {
      wave {
        id
        name
        goLive
      }
      kommuneCount
      green
      yellow
      red
      gatesMissed
    }
  }
`);

const OverblikWavesLive = graphql(`
  subscription OverblikWavesLive {
    dashboardChanged {
      ...OverblikWaves_dashboard
    }
  }
`);

const OverblikQuery = graphql(`
  query OverblikQuery {
    dashboard {
      ...Overblik_dashboard
    }
  }
`);

// The shutdown table at the foot of the page asks for its systems itself, once the numbers above are drawn:
// every system with its last movers is the largest part of Overblik's data, and in the first query it
// lengthened the task that draws what the leader came for.
const OverblikSystemsQuery = graphql(`
  query OverblikSystemsQuery {
    legacySystems {
      id
      name
      kind
      earliestShutdown
      plannedShutdown
      lastMoversKnown
      lastMovers {
        id
        name
        exited
        expectedExit
      }
    }
  }
`);

const OverblikLive = graphql(`
  subscription OverblikLive {
    dashboardChanged {
      ...Overblik_dashboard
    }
  }
`);

export const MissingKommuneFragment = graphql(`
  fragment MissingKommune_kommune on Kommune {
    code
    officialName
    region
    contacts {
      id
      name
      email
      role
    }
  }
`);

type Dashboard = OverblikQueryQuery['dashboard'];

function Counter({ label, count, total, forecast }: { label: string; count: number; total: number; forecast: Dashboard['agreementForecast'] }) {
  return (
    <div className="counter">
      <h3 className="counter-label">{label}</h3>
      <p className="counter-value">
        <strong>{count}</strong> af {total}
      </p>
      <p className="counter-forecast">
        {count >= total
          ? 'Alle kommuner har opsagt.'
          : forecast
            ? `Prognose for ${total} af ${total}: ${formatDate(forecast.date)}. ${forecast.method}`
            : 'Ingen prognose: der er ikke nok nye opsigelser til at beregne et tempo.'}
      </p>
    </div>
  );
}

function SeriesTable({ dashboard }: { dashboard: Dashboard }) {
  const rows = monthlyTotals(dashboard.agreementSeries, dashboard.manualSeries);
  if (rows.length === 0) return <p>Der er ikke registreret nogen opsigelser endnu.</p>;
  return (
    <TableScroll label="Opsigelser i alt ved udgangen af hver måned">
      <table className="table table--compact">
        <caption>Opsigelser i alt ved udgangen af hver måned</caption>
        <thead>
          <tr>
            <th scope="col">Måned</th>
            <th scope="col">{opsigelseKindLabel.KMD_SAG_AGREEMENT}</th>
            <th scope="col">{opsigelseKindLabel.MANUAL_CASES}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month}>
              <td>{row.label}</td>
              <td>{row.agreement}</td>
              <td>{row.manual}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function StepProgressTable({ rows }: { rows: Dashboard['stepProgress'] }) {
  return (
    <TableScroll label="Antal kommuner pr. trin og status">
      <table className="table table--compact step-progress-table">
        <caption>Antal kommuner pr. trin og status</caption>
        <thead>
          <tr>
            <th scope="col">Trin</th>
            <th scope="col">Fuldført</th>
            <th scope="col">Påbegyndt</th>
            <th scope="col">Ikke påbegyndt</th>
            <th scope="col">Ikke relevant</th>
            <th scope="col">Frist</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.step.id}>
              <th scope="row">
                {row.step.number}. {row.step.code ? `${row.step.code} · ` : ''}
                {row.step.title}
              </th>
              <td>{row.done}</td>
              <td>{row.started}</td>
              <td>{row.notStarted}</td>
              <td>{row.notApplicable}</td>
              <td>{formatDate(row.step.deadline) || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function WaveSummary() {
  const { data, error, refetch } = useQuery(OverblikWavesQuery);
  useLive(OverblikWavesLive);
  if (!data) return error ? <ErrorAlert error={error} retry={() => void refetch()} /> : <Loading what="bølgerne" />;
  return <WaveSummaryTable rows={data.dashboard.waves} />;
}

function WaveSummaryTable({ rows }: { rows: OverblikWavesQueryQuery['dashboard']['waves'] }) {
  if (rows.length === 0) return <p>Der er ikke oprettet nogen bølger endnu.</p>;
  return (
    <TableScroll label="Kommuner pr. bølge efter trafiklys i dag">
      <table className="table table--compact table--zebra wave-summary-table">
        <caption>Kommuner pr. bølge efter trafiklys i dag</caption>
        <thead>
          <tr>
            <th scope="col">Bølge</th>
            <th scope="col">Idriftsættelse</th>
            <th scope="col">Kommuner</th>
            <th scope="col">Grøn</th>
            <th scope="col">Gul</th>
            <th scope="col">Rød</th>
            <th scope="col">Overskredne gates</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.wave?.id ?? 'ingen'}>
              <th scope="row">
                {row.wave ? <Link to={`/kommuner?bolge=${encodeURIComponent(row.wave.name)}`}>{row.wave.name}</Link> : <Link to="/kommuner?bolge=ingen">Ikke placeret</Link>}
              </th>
              <td>{row.wave ? formatDate(row.wave.goLive) : '–'}</td>
              <td>{row.kommuneCount}</td>
              <td>{row.green}</td>
              <td>{row.yellow}</td>
              <td>{row.red}</td>
              <td>{row.gatesMissed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

type MissingRow = { kommune: Dashboard['agreementMissing'][number]; agreement: boolean; manual: boolean };

/** The kommuner missing one or both opsigelser, by kommunekode. */
export function missingRows(dashboard: Pick<Dashboard, 'agreementMissing' | 'manualMissing'>): MissingRow[] {
  const byCode = new Map<number, MissingRow>();
  for (const k of dashboard.agreementMissing) byCode.set(k.code, { kommune: k, agreement: true, manual: false });
  for (const k of dashboard.manualMissing) {
    const row = byCode.get(k.code) ?? { kommune: k, agreement: false, manual: false };
    row.manual = true;
    byCode.set(k.code, row);
  }
  return [...byCode.values()].sort((a, b) => a.kommune.code - b.kommune.code);
}

/** Rows by region, regions in Danish order. */
export function byRegion(rows: MissingRow[]): { region: string; rows: MissingRow[] }[] {
  const groups = new Map<string, MissingRow[]>();
  for (const row of rows) groups.set(row.kommune.region, [...(groups.get(row.kommune.region) ?? []), row]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b, 'da-DK')).map(([region, list]) => ({ region, rows: list }));
}

function MissingRegionTable({ region, rows }: { region: string; rows: MissingRow[] }) {
  return (
    <TableScroll label={`Kommuner i ${region}, der mangler at opsige`}>
      <table className="table table--compact table--zebra">
        <caption className="sr-only">Kommuner i {region}, der mangler en eller begge opsigelser</caption>
        <thead>
          <tr>
            <th scope="col">Kommune</th>
            <th scope="col">Mangler</th>
            <th scope="col">Kontaktpersoner</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ kommune, agreement, manual }) => (
            <tr key={kommune.code}>
              <td>
                <Link to={`/kommuner/${kommune.code}`}>{kommune.officialName}</Link>
              </td>
              <td>{[agreement && 'Aftale om KMD Sag', manual && 'Manuelle sager'].filter(Boolean).join(' og ')}</td>
              <td>
                {kommune.contacts.length === 0
                  ? 'Ingen kontaktperson oplyst'
                  : kommune.contacts.map((c, i) => (
                      <span key={c.id}>
                        {i > 0 && ', '}
                        <a href={mailtoHref([c.email])}>{c.name}</a>
                        {c.role && <span className="form-hint"> ({c.role})</span>}
                      </span>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The picture first (how many, where), the names on request: one collapsed section per region. */
function MissingTable({ dashboard }: { dashboard: Dashboard }) {
  const rows = missingRows(dashboard);
  if (rows.length === 0) return <p>Alle kommuner har opsagt begge dele.</p>;
  const allEmails = [...new Set(rows.flatMap((r) => r.kommune.contacts.map((c) => c.email)))];
  const withoutContact = rows.filter((r) => r.kommune.contacts.length === 0).length;
  return (
    <>
      <p>
        <strong>{rows.length}</strong> {rows.length === 1 ? 'kommune mangler' : 'kommuner mangler'} en eller begge opsigelser
        {withoutContact > 0 && <> · {withoutContact} af dem har ingen kontaktperson oplyst</>}.
      </p>
      {allEmails.length > 0 && (
        <p className="d-print-none">
          <a href={mailtoHref([], { bcc: allEmails, subject: 'Opsigelse af KMD Sag' })}>Skriv til alle kontaktpersoner ({allEmails.length})</a>
        </p>
      )}
      {/* On paper the names alone, so the meeting pack stays short. */}
      <p className="print-only">{rows.map((r) => r.kommune.officialName).join(', ')}.</p>
      <div className="d-print-none">
      {byRegion(rows).map(({ region, rows: list }) => (
        <details key={region} className="details missing-region">
          <summary className="details-summary">
            {region}: {list.length} {list.length === 1 ? 'kommune' : 'kommuner'}
          </summary>
          <div className="details-text">
            <Deferred>
              <MissingRegionTable region={region} rows={list} />
            </Deferred>
          </div>
        </details>
      ))}
      </div>
    </>
  );
}

// Its own small query: the main Overblik query and its live event stay within the server's cost limit.
const OverblikBehindQuery = graphql(`
  query OverblikBehindQuery {
    dashboard {
      trafficLights {
        red
        yellow
        green
      }
      redKommuner {
        code
        name
        behind {
          itemId
          number
          title
          deadline
          trafficLight
        }
      }
    }
  }
`);

type RedKommune = OverblikBehindQueryQuery['dashboard']['redKommuner'][number];

/** A red kommune's critical steps past their frist; none means a missed gate made it red. */
const redSteps = (k: RedKommune) => k.behind.filter((s) => s.trafficLight === 'RED');
const MISSED_GATE = 'En gate er overskredet';

/** Red kommuner grouped by what makes them red (the same steps, or a missed gate), biggest group first. */
export function redGroups(kommuner: readonly RedKommune[]): { reason: string; names: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const k of kommuner) {
    const steps = redSteps(k).map((s) => `${s.number}. ${s.title}`);
    const list = steps.length > 1 ? `${steps.slice(0, -1).join(', ')} og ${steps.at(-1)}` : steps[0];
    const reason = list ? `Over fristen på trin ${list}` : MISSED_GATE;
    groups.set(reason, [...(groups.get(reason) ?? []), k.name]);
  }
  return [...groups].map(([reason, names]) => ({ reason, names })).sort((a, b) => b.names.length - a.names.length);
}

/** Who is behind, first: kommuner per colour, and the red ones with the steps that make them red. */
function BehindSection({ dashboard }: { dashboard: OverblikBehindQueryQuery['dashboard'] | undefined }) {
  if (!dashboard) return null;
  const t = dashboard.trafficLights;
  return (
    <section aria-labelledby="bagud-heading" className="print-section behind">
      <h2 id="bagud-heading">Hvem er bagud?</h2>
      <ul className="traffic-counts nobullet-list">
        <li className="traffic-count traffic-count--red">
          <strong>{t.red}</strong> røde
        </li>
        <li className="traffic-count traffic-count--yellow">
          <strong>{t.yellow}</strong> gule
        </li>
        <li className="traffic-count traffic-count--green">
          <strong>{t.green}</strong> grønne
        </li>
      </ul>
      {dashboard.redKommuner.length > 0 && (
        <>
          <div className="d-print-none">
            <TableScroll label="Røde kommuner og de trin, der gør dem røde">
              <table className="table table--compact table--zebra">
                <caption>Røde kommuner og de trin, der gør dem røde</caption>
                <thead>
                  <tr>
                    <th scope="col">Kommune</th>
                    <th scope="col">Trin over fristen</th>
                  </tr>
                </thead>
                <tbody>
                  {dashboard.redKommuner.map((k) => (
                    <tr key={k.code}>
                      <th scope="row">
                        <Link to={`/kommuner/${k.code}`}>{k.name}</Link>
                      </th>
                      <td>
                        {redSteps(k)
                          .map((s) => `${s.number}. ${s.title} (frist ${formatDate(s.deadline)})`)
                          .join('; ') || MISSED_GATE}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
          {/* On paper one line per reason with the names after it: 40 red kommuner still fit page 1. */}
          <div className="print-only red-groups">
            {redGroups(dashboard.redKommuner).map((group) => (
              <p key={group.reason}>
                <strong>
                  {group.reason} ({group.names.length}):
                </strong>{' '}
                {group.names.join(', ')}.
              </p>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function ShutdownSection() {
  // Not normalised into Apollo's cache, like /systemer's table (see there): read here only, and asked again on
  // every visit.
  const { data, loading, error, refetch } = useQuery(OverblikSystemsQuery, { fetchPolicy: 'no-cache' });
  if (loading && !data) return <Loading what="systemerne" />;
  if (!data) return <ErrorAlert error={error} retry={() => void refetch()} />;
  return <ShutdownTimeline systems={data.legacySystems} />;
}

function ShutdownTimeline({ systems }: { systems: OverblikSystemsQueryQuery['legacySystems'] }) {
  const prerequisites = systems.filter((s) => s.kind === 'PREREQUISITE');
  const sorted = [...prerequisites].sort((a, b) => (a.earliestShutdown ?? '9999').localeCompare(b.earliestShutdown ?? '9999'));
  return (
    <TableScroll label="Forudsætningsløsninger efter tidligste lukning">
      <table className="table table--compact">
        <caption>Forudsætningsløsninger efter tidligste lukning</caption>
        <thead>
          <tr>
            <th scope="col">System</th>
            <th scope="col">Tidligste lukning</th>
            <th scope="col">Venter på (last movers)</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((system) => {
            const waiting = system.lastMovers.filter((m) => !m.exited);
            return (
              <tr key={system.id}>
                <td>
                  <Link to={`/systemer/${system.id}`}>{system.name}</Link>
                </td>
                <td>
                  {earliestShutdownCell(system)}
                  {system.plannedShutdown && <div className="form-hint">Planlagt: {formatDate(system.plannedShutdown)}</div>}
                  {riskText(system) && <div className="risk-flag">{riskText(system)}</div>}
                </td>
                <td>
                  {!system.lastMoversKnown
                    ? 'Ukendt'
                    : waiting.length
                      ? waiting.map((m) => `${m.name}${m.expectedExit ? ` (${formatDate(m.expectedExit)})` : ' (ingen dato)'}`).join(', ')
                      : 'Ingen'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function OverblikPage() {
  usePageTitle('Overblik');
  // Live for a screen on the wall: every change that moves a number arrives as an event.
  const { data, loading, error, refetch } = useQuery(OverblikQuery);
  useLive(OverblikLive);
  // Both first, so "Hvem er bagud?" never pushes the page down after it is drawn.
  const behind = useQuery(OverblikBehindQuery);
  if ((loading && !data) || (behind.loading && !behind.data)) return <Loading what="overblikket" />;
  if (!data) return <ErrorAlert error={error} retry={() => void refetch()} />;
  const d = data.dashboard;
  return (
    <div className="overblik">
      <h1>Overblik</h1>
      <p className="print-only">Udskrevet {formatDate(new Date().toISOString())}</p>
      {error && <ErrorAlert error={error} retry={() => void refetch()} />}
      <BehindSection dashboard={behind.data?.dashboard} />
      <section aria-labelledby="opsigelser-heading" className="print-section">
        <h2 id="opsigelser-heading">Opsigelser af KMD Sag</h2>
        <div className="counters">
          <Counter label="Aftale om KMD Sag opsagt" count={d.agreement} total={d.kommuneCount} forecast={d.agreementForecast} />
          <Counter label="Manuelle sager opsagt" count={d.manual} total={d.kommuneCount} forecast={d.manualForecast} />
        </div>
        {d.agreementSeries.length + d.manualSeries.length === 0 ? (
          <p className="empty-chart">
            Der er ikke registreret nogen opsigelser endnu. Når den første er registreret, viser en kurve her, hvor mange kommuner
            der har opsagt aftalen om KMD Sag og de manuelle sager over tid.
          </p>
        ) : (
          <>
              <OpsigelseChart agreement={d.agreementSeries} manual={d.manualSeries} total={d.kommuneCount} />
            <details className="details chart-table">
              <summary className="details-summary">Vis opsigelserne over tid som tabel</summary>
              <div className="details-text">
                <Deferred>
                  <SeriesTable dashboard={d} />
                </Deferred>
              </div>
            </details>
          </>
        )}
      </section>

      <section aria-labelledby="drejebog-heading" className="print-section">
        <h2 id="drejebog-heading">Fremdrift på drejebogen</h2>
        <p>Hvor mange kommuner der har fuldført, påbegyndt, ikke påbegyndt eller fundet hvert trin ikke relevant (live).</p>
        {d.stepProgress.length === 0 ? (
          <p className="empty-chart">
            Drejebogen har ingen trin endnu. Når KOMBIT har udgivet en drejebog, viser et diagram her, hvor mange kommuner der har
            fuldført, påbegyndt eller ikke påbegyndt hvert trin.
          </p>
        ) : (
          <>
              <StepProgressChart rows={d.stepProgress} />
            <details className="details chart-table">
              <summary className="details-summary">Vis fremdriften som tabel</summary>
              <div className="details-text">
                <Deferred>
                  <StepProgressTable rows={d.stepProgress} />
                </Deferred>
              </div>
            </details>
          </>
        )}
      </section>

      <section aria-labelledby="boelger-heading" className="print-section">
        <h2 id="boelger-heading">Bølger</h2>
        <p>
          Trafiklys og overskredne gates pr. bølge. Se hele <Link to="/boelger">bølgeplanen</Link>.
        </p>
        <WaveSummary />
      </section>

      <section aria-labelledby="mangler-heading" className="print-section">
        <h2 id="mangler-heading">Kommuner der mangler at opsige</h2>
        <MissingTable dashboard={d} />
      </section>

      <section aria-labelledby="lukning-heading" className="print-section">
        <h2 id="lukning-heading">Lukning af U:KFS-systemerne</h2>
        <Deferred>
          <ShutdownSection />
        </Deferred>
      </section>
    </div>
  );
}
