import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { systemKindLabel, NAME_MAX } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { MutationError } from '../../components/MutationError';
import { ErrorAlert, Loading, usePageTitle } from '../../components/status';
import { formatDate } from '../../components/format';
import { useCurrentUser } from '../auth/current-user';
import { AlternativesEditor, UndoExited, LastMoverEdit } from './SystemAdmin';
import { RetiredNotice, RetireSystem, SystemDetailsForm } from './SystemForm';
import { ShutdownPlanForm } from './ShutdownPlanForm';
import { earliestShutdownText, riskText } from './shutdown';

/**
 * What a change to a system's last movers moves on this page: the movers, whether they are known, the earliest
 * shutdown and whether it is at risk. The page reads it and every last-mover answer carries it, so the cache
 * (LegacySystem by id) redraws the page from the answer.
 */
export const SystemShutdownFragment = graphql(`
  fragment SystemShutdown_system on LegacySystem {
    id
    earliestShutdown
    lastMoversKnown
    shutdownAtRisk
    ...LastMoverList_system
  }
`);

const SystemQuery = graphql(`
  query SystemQuery($id: ID!) {
    legacySystem(id: $id) {
      id
      name
      kind
      owner
      status
      plannedShutdown
      retiredAt
      kommunerLeft
      ...SystemShutdown_system
      ...SystemForm_system
      alternatives {
        id
        name
        note
      }
    }
  }
`);

const AddLastMover = graphql(`
  mutation AddLastMover($input: LastMoverInput!) {
    addLastMover(input: $input) {
      id
      system {
        ...SystemShutdown_system
      }
    }
  }
`);


const LastMoverChoicesQuery = graphql(`
  query LastMoverChoicesQuery {
    legacySystems {
      id
      name
      lastMovers {
        id
        name
      }
    }
  }
`);

const OTHER = '\u0000other';

function AddLastMoverForm({ systemId }: { systemId: string }) {
  const id = useId();
  const [name, setName] = useState('');
  const [other, setOther] = useState(false);
  const { data: choices } = useQuery(LastMoverChoicesQuery);
  // Systems already known (the U:KFS table and last movers named before), in Danish order.
  const known = [...new Set([...(choices?.legacySystems ?? []).flatMap((s) => [s.name, ...s.lastMovers.map((m) => m.name)])])].sort((a, b) =>
    a.localeCompare(b, 'da'),
  );
  const [expectedExit, setExpectedExit] = useState('');
  useUnsavedChanges(name.trim() !== '' || expectedExit !== '');
  const [add, { loading, error }] = useMutation(AddLastMover);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await add({ variables: { input: { systemId, name: name.trim(), expectedExit: expectedExit || null } } }).catch(() => null);
    if (ok) {
      setName('');
      setOther(false);
      setExpectedExit('');
    }
  }
  return (
    <form onSubmit={submit} className="inline-form">
      <h3>Tilføj last mover</h3>
      <MutationError error={error} />
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-pick`}>
          System der afhænger
        </label>
        <select
          className="form-select"
          id={`${id}-pick`}
          required
          value={other ? OTHER : name}
          onChange={(e) => {
            const picked = e.target.value;
            setOther(picked === OTHER);
            setName(picked === OTHER ? '' : picked);
          }}
        >
          <option value="">Vælg system</option>
          {known.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
          <option value={OTHER}>Et andet system …</option>
        </select>
      </div>
      {other && (
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-name`}>
            Navn på det andet system
          </label>
          <input className="form-input" id={`${id}-name`} required maxLength={NAME_MAX} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
      )}
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-exit`}>
          Forventet udgang
        </label>
        <input className="form-input" id={`${id}-exit`} type="date" value={expectedExit} onChange={(e) => setExpectedExit(e.target.value)} />
      </div>
      <button className="button button-primary" disabled={loading}>
        Tilføj
      </button>
    </form>
  );
}

export function SystemPage() {
  const user = useCurrentUser();
  const systemId = useParams().id ?? '';
  const { data, loading, error, refetch } = useQuery(SystemQuery, { variables: { id: systemId } });
  const system = data?.legacySystem;
  usePageTitle(system?.name ?? 'System');
  if (loading && !data) return <Loading what="systemet" />;
  if (error && !data) return <ErrorAlert error={error} retry={() => void refetch()} />;
  if (!system) {
    return (
      <>
        <h1>Systemet findes ikke</h1>
        <p>
          Se <Link to="/systemer">alle systemer</Link>.
        </p>
      </>
    );
  }
  // A retired system is history: shown as it was, edited no more.
  const admin = user.role === 'ADMIN' && !system.retiredAt;
  const movers = [...system.lastMovers].sort((a, b) => (a.expectedExit ?? '9999').localeCompare(b.expectedExit ?? '9999'));
  const blocking = movers.filter((m) => !m.exited);
  return (
    <>
      <nav aria-label="Brødkrumme" className="breadcrumbs">
        <Link to="/systemer">Systemer</Link> › {system.name}
      </nav>
      <h1>{system.name}</h1>
      {system.retiredAt && <RetiredNotice retiredAt={system.retiredAt} />}
      <dl className="facts">
        <div>
          <dt>Type</dt>
          <dd>{systemKindLabel[system.kind]}</dd>
        </div>
        <div>
          <dt>Forankring</dt>
          <dd>{system.owner}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{system.status}</dd>
        </div>
        <div>
          <dt>Tidligste lukning</dt>
          <dd>{earliestShutdownText(system)}</dd>
        </div>
        <div>
          <dt>Planlagt lukning</dt>
          <dd>{system.plannedShutdown ? formatDate(system.plannedShutdown) : '–'}</dd>
        </div>
        {riskText(system) && (
          <div>
            <dt>Risiko</dt>
            <dd>
              <strong className="risk-flag">{riskText(system)}</strong>
            </dd>
          </div>
        )}
        {system.kommunerLeft !== null && (
          <div>
            <dt>Kommuner der har opsagt</dt>
            <dd>
              {system.kommunerLeft} af 98 kommuner har opsagt aftalen om KMD Sag (<Link to="/kommuner?opsagt=mangler">se hvem der mangler</Link>)
            </dd>
          </div>
        )}
        <div>
          <dt>Alternativ</dt>
          <dd>{system.alternatives.map((a) => a.name + (a.note ? ` (${a.note})` : '')).join('; ') || '–'}</dd>
        </div>
      </dl>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Last movers på tidslinjen</h2>
        {!system.lastMoversKnown ? (
          <p>Det er ukendt, hvilke systemer der stadig afhænger af {system.name}. KOMBIT har ikke registreret last movers.</p>
        ) : blocking.length > 0 ? (
          <p>
            Lukningen blokeres af {blocking.length === 1 ? 'ét system' : `${blocking.length} systemer`}: {blocking.map((m) => m.name).join(', ')}.
          </p>
        ) : (
          <p>Ingen last movers blokerer lukningen.</p>
        )}
        {movers.length === 0 ? (
          <p>{system.lastMoversKnown ? 'Ingen last movers.' : 'Last movers: ukendt.'}</p>
        ) : (
          <ol className="timeline">
            {movers.map((mover) => (
              <li key={mover.id} className={`timeline-item${mover.exited ? ' timeline-item--done' : ''}`}>
                <p className="timeline-date">{mover.expectedExit ? formatDate(mover.expectedExit) : 'Ingen forventet dato'}</p>
                <p className="timeline-name">
                  <strong>{mover.name}</strong> – {mover.exited ? 'flyttet' : 'blokerer lukningen'}
                </p>
                {mover.note && <p className="form-hint">{mover.note}</p>}
                {admin && !mover.exited && <LastMoverEdit key={`${mover.id}-${mover.expectedExit}`} mover={mover} />}
                {admin && mover.exited && <UndoExited mover={mover} />}
              </li>
            ))}
          </ol>
        )}
        {admin && <AddLastMoverForm systemId={system.id} />}
      </section>
      {admin && <ShutdownPlanForm key={`${system.plannedShutdown}-${system.lastMoversKnown}`} system={system} />}
      {admin && (
        <section aria-labelledby="ret-heading">
          <h2 id="ret-heading">Ret systemet</h2>
          <SystemDetailsForm system={system} />
        </section>
      )}
      {admin && <AlternativesEditor systemId={system.id} alternatives={system.alternatives} />}
      {admin && <RetireSystem system={system} />}
    </>
  );
}
