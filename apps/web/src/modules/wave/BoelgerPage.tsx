import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { gateStateLabel } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import type { BoelgerKommune_KommuneFragment, BoelgerQueryQuery, BoelgerWave_WaveFragment } from '../../__generated__/graphql';
import { Empty, ErrorAlert, Loading, usePageTitle } from '../../components/status';
import { MutationError } from '../../components/MutationError';
import { TrafficLightBadge } from '../../components/TrafficLightBadge';
import { formatDate, todayIso } from '../../components/format';
import { errorMessage } from '../../apollo/errors';
import { useLive } from '../../apollo/live';
import { useCurrentUser } from '../auth/current-user';
import { GateStateBadge } from './GatesTable';
import { WaveTimeline } from './WaveTimeline';
import { Deferred, useProgressiveList } from '../../components/progressive';
import { TableScroll } from '../../components/TableScroll';
import { KommuneOptions } from '../../components/KommuneOptions';

// A wave's own values; the kommuner placed in it are the kommuner whose `wave` it is (see wavesOf), so a
// placement made by anyone moves a kommune by its own event alone.
const BoelgerWaveFragment = graphql(`
  fragment BoelgerWave_wave on Wave {
    id
    name
    goLive
    kickOff
    windows {
      phase
      start
      end
    }
  }
`);

const BoelgerKommuneFragment = graphql(`
  fragment BoelgerKommune_kommune on Kommune {
    code
    name
    trafficLight
    waveProvisional
    wave {
      id
    }
    progress {
      done
      notApplicable
      total
    }
    gates {
      date
      state
      gate {
        number
        name
      }
    }
  }
`);

// Named for codegen, which spreads them into the documents below.
void BoelgerWaveFragment;
void BoelgerKommuneFragment;

const BoelgerQuery = graphql(`
  query BoelgerQuery {
    waves {
      ...BoelgerWave_wave
    }
    drejebog {
      id
      steps {
        id
        phase
      }
    }
    kommuner {
      ...BoelgerKommune_kommune
    }
  }
`);

// Live: the waves as they are after any change to one (created, renamed, re-dated, deleted), and each changed
// kommune (placed, moved, or its tjekliste saved), both written into the cache by id and code.
const BoelgerWavesLive = graphql(`
  subscription BoelgerWavesLive {
    wavesChanged {
      ...BoelgerWave_wave
    }
  }
`);

const BoelgerKommunerLive = graphql(`
  subscription BoelgerKommunerLive {
    kommuneChanged {
      ...BoelgerKommune_kommune
    }
  }
`);

// A new wave joins the plan's list in go-live order, as the query sorts it: the one change refetched. An edit
// answers with the wave and its kommuner (their frister, gates and traffic lights move with it), a placement
// with the kommune; the cache merges both by id and code.
const REFETCH = ['BoelgerQuery'];

const CreateWave = graphql(`
  mutation CreateWave($input: WaveInput!) {
    createWave(input: $input) {
      id
    }
  }
`);

const UpdateWave = graphql(`
  mutation UpdateWave($id: ID!, $input: WaveInput!) {
    updateWave(id: $id, input: $input) {
      ...BoelgerWave_wave
      kommuner {
        ...BoelgerKommune_kommune
      }
    }
  }
`);

const DeleteWave = graphql(`
  mutation DeleteWave($id: ID!) {
    deleteWave(id: $id)
  }
`);

const AssignWave = graphql(`
  mutation AssignWave($kommuneCode: Int!, $waveId: ID, $provisional: Boolean) {
    assignWave(kommuneCode: $kommuneCode, waveId: $waveId, provisional: $provisional) {
      ...BoelgerKommune_kommune
    }
  }
`);

const ImportWavePlan = graphql(`
  mutation ImportWavePlan($csv: String!) {
    importWavePlan(csv: $csv)
  }
`);

type Wave = BoelgerWave_WaveFragment & { kommuner: BoelgerKommune_KommuneFragment[] };

/** Each wave with the kommuner placed in it, by kommunekode. */
function wavesOf(data: BoelgerQueryQuery): Wave[] {
  const placed = new Map<string, BoelgerKommune_KommuneFragment[]>();
  for (const kommune of [...data.kommuner].sort((a, b) => a.code - b.code)) {
    if (!kommune.wave) continue;
    const list = placed.get(kommune.wave.id) ?? [];
    list.push(kommune);
    placed.set(kommune.wave.id, list);
  }
  return data.waves.map((wave) => ({ ...wave, kommuner: placed.get(wave.id) ?? [] }));
}

/** The server's own sentence for refusals this page can meet (CONFLICT here is a name or a non-empty wave). */
function describe(error: unknown): string {
  if (CombinedGraphQLErrors.is(error) && ['BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND'].includes(String(error.errors[0]?.extensions?.code))) {
    return error.errors[0]!.message;
  }
  return errorMessage(error);
}

/** The phases of the current drejebog, in step order. */
function phasesOf(data: BoelgerQueryQuery): string[] {
  return [...new Set(data.drejebog.steps.map((s) => s.phase))];
}

function WavePlanTable({ waves, phases }: { waves: readonly Wave[]; phases: readonly string[] }) {
  return (
    <TableScroll label="Bølgeplanen som tabel">
      <table className="table table--compact table--zebra wave-plan-table">
        <caption>Bølgeplanen som tabel</caption>
        <thead>
          <tr>
            <th scope="col">Bølge</th>
            <th scope="col">Kick-off</th>
            {phases.map((phase) => (
              <th scope="col" key={phase}>
                {phase}
              </th>
            ))}
            <th scope="col">Idriftsættelse</th>
            <th scope="col">Kommuner</th>
          </tr>
        </thead>
        <tbody>
          {waves.map((wave) => (
            <tr key={wave.id}>
              <th scope="row">{wave.name}</th>
              <td>{formatDate(wave.kickOff) || '–'}</td>
              {phases.map((phase) => {
                const w = wave.windows.find((x) => x.phase === phase);
                return <td key={phase}>{w ? `${formatDate(w.start)} – ${formatDate(w.end)}` : '–'}</td>;
              })}
              <td>{formatDate(wave.goLive)}</td>
              <td>{wave.kommuner.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function WaveKommuner({ wave }: { wave: Wave }) {
  if (wave.kommuner.length === 0) return <Empty>Ingen kommuner er placeret i {wave.name}.</Empty>;
  return (
    <TableScroll label={`Kommuner i ${wave.name}`}>
      <table className="table table--compact table--zebra">
        <caption className="sr-only">Kommuner i {wave.name}</caption>
        <thead>
          <tr>
            <th scope="col">Kommune</th>
            <th scope="col">Trafiklys</th>
            <th scope="col">Fremdrift</th>
            <th scope="col">Gates</th>
          </tr>
        </thead>
        <tbody>
          {wave.kommuner.map((k) => {
            const finished = k.progress.done + k.progress.notApplicable;
            return (
              <tr key={k.code}>
                <th scope="row">
                  <Link to={`/kommuner/${k.code}`}>{k.name}</Link>
                  {k.waveProvisional && <span className="badge badge-small badge-info provisional"> Foreløbig placering</span>}
                </th>
                <td>
                  <TrafficLightBadge value={k.trafficLight} />
                </td>
                <td>
                  {finished} af {k.progress.total}
                </td>
                <td>
                  {k.gates.length === 0 ? (
                    '–'
                  ) : (
                    <ul className="gate-list">
                      {k.gates.map((g) => (
                        <li key={g.gate.number} title={`${g.gate.name}, ${formatDate(g.date)}`}>
                          Gate {g.gate.number} ({formatDate(g.date)}): <GateStateBadge state={g.state} />
                          <span className="sr-only"> {gateStateLabel[g.state]}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

interface DraftWave {
  name: string;
  goLive: string;
  kickOff: string;
  windows: Record<string, { start: string; end: string }>;
}

function draftOf(wave: Wave | null): DraftWave {
  return {
    name: wave?.name ?? '',
    goLive: wave?.goLive ?? '',
    kickOff: wave?.kickOff ?? '',
    windows: Object.fromEntries((wave?.windows ?? []).map((w) => [w.phase, { start: w.start, end: w.end }])),
  };
}

/** Same values in a form's terms (what a draft started from, what the wave is now). */
function sameDraft(a: DraftWave, b: DraftWave): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A new wave (`wave` null from the start) or an edit of `wave`. The draft is the user's: a change to the wave
 * by someone else (a live event) is said beside it, and if the wave is deleted meanwhile the draft can be
 * saved as a new wave.
 */
function WaveForm({ wave, phases, onDone }: { wave: Wave | null; phases: readonly string[]; onDone: () => void }) {
  const id = useId();
  const [original] = useState(wave);
  const [draft, setDraft] = useState<DraftWave>(() => draftOf(wave));
  const [create, createState] = useMutation(CreateWave, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [update, updateState] = useMutation(UpdateWave);
  const state = wave ? updateState : createState;
  const setWindow = (phase: string, patch: Partial<{ start: string; end: string }>) =>
    setDraft({ ...draft, windows: { ...draft.windows, [phase]: { ...(draft.windows[phase] ?? { start: '', end: '' }), ...patch } } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      name: draft.name,
      goLive: draft.goLive,
      kickOff: draft.kickOff || null,
      windows: Object.entries(draft.windows)
        .filter(([, w]) => w.start || w.end)
        .map(([phase, w]) => ({ phase, start: w.start, end: w.end })),
    };
    const ok = wave
      ? await update({ variables: { id: wave.id, input } }).catch(() => null)
      : await create({ variables: { input } }).catch(() => null);
    if (ok) onDone();
  }

  const deleted = original !== null && wave === null;
  const changedMeanwhile = original !== null && wave !== null && !state.loading && !sameDraft(draftOf(original), draftOf(wave));

  return (
    <form onSubmit={submit} className="wave-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{original ? `Ret ${(wave ?? original).name}` : 'Ny bølge'}</h3>
      <div aria-live="polite">
        {changedMeanwhile && (
          <p className="form-hint">
            Bølgen er ændret af en anden, mens du retter den: nu {wave.name}, idriftsættelse {formatDate(wave.goLive)}. Gemmer du, gælder
            dine værdier.
          </p>
        )}
        {deleted && (
          <p className="form-hint">{original.name} er slettet af en anden, mens du rettede den. Du kan oprette dit udkast som en ny bølge.</p>
        )}
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-name`}>
          Navn
        </label>
        <input className="form-input" id={`${id}-name`} required maxLength={100} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-golive`}>
          Idriftsættelsesdato
        </label>
        <input className="form-input" type="date" id={`${id}-golive`} required value={draft.goLive} onChange={(e) => setDraft({ ...draft, goLive: e.target.value })} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-kickoff`}>
          Kick-off (valgfri)
        </label>
        <input className="form-input" type="date" id={`${id}-kickoff`} value={draft.kickOff} onChange={(e) => setDraft({ ...draft, kickOff: e.target.value })} />
      </div>
      <fieldset>
        <legend>Vinduer pr. fase (tomme felter: intet vindue)</legend>
        {phases.map((phase) => (
          <div key={phase} className="wave-window-fields">
            <div className="form-group">
              <label className="form-label" htmlFor={`${id}-${phase}-start`}>
                {phase}: start
              </label>
              <input className="form-input" type="date" id={`${id}-${phase}-start`} value={draft.windows[phase]?.start ?? ''} onChange={(e) => setWindow(phase, { start: e.target.value })} />
            </div>
            <div className="form-group">
              <label className="form-label" htmlFor={`${id}-${phase}-end`}>
                {phase}: slut
              </label>
              <input className="form-input" type="date" id={`${id}-${phase}-end`} value={draft.windows[phase]?.end ?? ''} onChange={(e) => setWindow(phase, { end: e.target.value })} />
            </div>
          </div>
        ))}
      </fieldset>
      <MutationError error={state.error} prefix="Ikke gemt" describe={describe} />
      <button type="submit" className="button button-primary" disabled={state.loading}>
        {wave ? 'Gem bølge' : 'Opret bølge'}
      </button>{' '}
      <button type="button" className="button button-tertiary" onClick={onDone}>
        Annullér
      </button>
    </form>
  );
}

function PlacementForm({ data }: { data: BoelgerQueryQuery }) {
  const id = useId();
  const [code, setCode] = useState('');
  const [waveId, setWaveId] = useState('');
  const [provisional, setProvisional] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [assign, { loading, error }] = useMutation(AssignWave);
  const kommuner = data.kommuner;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const kommune = kommuner.find((k) => String(k.code) === code);
    const ok = await assign({ variables: { kommuneCode: Number(code), waveId: waveId || null, provisional } }).catch(() => null);
    if (ok && kommune) {
      const wave = data.waves.find((w) => w.id === waveId);
      setSaved(wave ? `${kommune.name} er placeret i ${wave.name}${provisional ? ' (foreløbig)' : ''}.` : `${kommune.name} er ikke længere placeret.`);
    }
  }

  return (
    <form onSubmit={submit} className="placement-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Placér eller flyt en kommune</h3>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-kommune`}>
          Kommune
        </label>
        <select
          className="form-select"
          id={`${id}-kommune`}
          required
          value={code}
          onChange={(e) => {
            setCode(e.target.value);
            const k = data.kommuner.find((x) => String(x.code) === e.target.value);
            setWaveId(k?.wave?.id ?? '');
            setProvisional(k?.waveProvisional ?? false);
          }}
        >
          <option value="">Vælg kommune</option>
          <KommuneOptions kommuner={kommuner} />
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-wave`}>
          Bølge
        </label>
        <select className="form-select" id={`${id}-wave`} value={waveId} onChange={(e) => setWaveId(e.target.value)}>
          <option value="">Ikke placeret</option>
          {data.waves.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group form-group-checkbox">
        <input type="checkbox" className="form-checkbox" id={`${id}-provisional`} checked={provisional} disabled={!waveId} onChange={(e) => setProvisional(e.target.checked)} />
        <label htmlFor={`${id}-provisional`}>Foreløbig placering (skal planlægges igen)</label>
      </div>
      <MutationError error={error} prefix="Ikke gemt" describe={describe} />
      <button type="submit" className="button button-primary" disabled={loading}>
        Gem placering
      </button>{' '}
      <span aria-live="polite">{saved && <span className="save-status save-status--ok">{saved}</span>}</span>
    </form>
  );
}

function PlanUpload() {
  const id = useId();
  const [csv, setCsv] = useState<string | null>(null);
  const [applied, setApplied] = useState<number | null>(null);
  const [upload, { loading, error }] = useMutation(ImportWavePlan, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const rows = CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions?.rows as { line: number; message: string }[] | undefined) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (csv === null) return;
    setApplied(null);
    const result = await upload({ variables: { csv } }).catch(() => null);
    if (result?.data) setApplied(result.data.importWavePlan);
  }

  return (
    <form onSubmit={submit} className="plan-upload" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Indlæs bølgeplan fra CSV</h3>
      <p className="form-hint" id={`${id}-hint`}>
        Første linje: <code>kommune,bølge</code> (evt. <code>,foreløbig</code> med ja/nej); komma eller semikolon. Kommunen kan angives med
        kommunekode eller navn, bølgen med navn. Er én linje forkert, gemmes intet.
      </p>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-file`}>
          CSV-fil med bølgeplanen
        </label>
        <input
          className="form-input"
          type="file"
          id={`${id}-file`}
          accept=".csv,text/csv"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            setApplied(null);
            if (file) void file.text().then(setCsv);
            else setCsv(null);
          }}
        />
      </div>
      {error && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">Intet er gemt. {rows ? 'Ret disse linjer og indlæs filen igen:' : describe(error)}</p>
          {rows && (
            <ul>
              {rows.map((r) => (
                <li key={r.line}>
                  Linje {r.line}: {r.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <button type="submit" className="button button-primary" disabled={loading || csv === null}>
        Indlæs bølgeplan
      </button>{' '}
      <span aria-live="polite">{applied !== null && <span className="save-status save-status--ok">{applied} placeringer er gemt.</span>}</span>
    </form>
  );
}

function DeleteWaveButton({ wave }: { wave: Wave }) {
  const [remove, { loading, error }] = useMutation(DeleteWave, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  return (
    <>
      <button
        type="button"
        className="button button-tertiary button-small"
        disabled={loading}
        onClick={() => {
          if (window.confirm(`Slet ${wave.name}?`)) void remove({ variables: { id: wave.id } }).catch(() => null);
        }}
      >
        Slet {wave.name}
      </button>
      <MutationError error={error} prefix="Ikke slettet" describe={describe} />
    </>
  );
}

export function BoelgerPage() {
  usePageTitle('Bølger');
  const user = useCurrentUser();
  const admin = user.role === 'ADMIN';
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(BoelgerQuery);
  useLive(BoelgerKommunerLive);
  useLive(BoelgerWavesLive, {
    // The waves themselves are written by id; the list is replaced, so a new wave appears and a deleted one goes.
    onData: ({ wavesChanged }) =>
      client.cache.modify({
        id: 'ROOT_QUERY',
        fields: { waves: (_, { toReference }) => wavesChanged.map((wave) => toReference({ __typename: 'Wave', id: wave.id })!) },
      }),
  });
  const waves = useMemo(() => (data ? wavesOf(data) : []), [data]);
  if (loading && !data) return <Loading what="bølgeplanen" />;
  if (!data) return <ErrorAlert error={error} retry={() => void refetch()} />;
  const phases = phasesOf(data);
  const unplaced = data.kommuner.filter((k) => !k.wave).length;
  const editedWave = editing && editing !== 'new' ? (waves.find((w) => w.id === editing) ?? null) : null;

  return (
    <>
      <h1>Bølger</h1>
      <p>
        Kommunerne gennemfører exit i bølger. Hver bølge har en idriftsættelsesdato og et vindue pr. fase i drejebogen; et trin uden egen frist
        skal være klaret inden udgangen af sin fases vindue. {waves.length} bølger · {unplaced === 0 ? 'alle kommuner er placeret' : (
          <Link to="/kommuner?bolge=ingen">{unplaced} kommuner er ikke placeret</Link>
        )}
        .
      </p>
      {error && <ErrorAlert error={error} retry={() => void refetch()} />}

      {waves.length === 0 ? (
        <Empty>Der er ikke oprettet nogen bølger endnu.</Empty>
      ) : (
        <section aria-labelledby="plan-heading">
          <h2 id="plan-heading">Bølgeplanen</h2>
          <WaveTimeline waves={waves} phases={phases} today={todayIso()} />
          <WavePlanTable waves={waves} phases={phases} />
        </section>
      )}

      {/* Below the plan, drawn after the first paint: KOMBIT's forms, then each wave's kommuner, one wave per task. */}
      <Deferred>
        {admin && (
          <section aria-labelledby="edit-heading" className="wave-admin">
            <h2 id="edit-heading">Redigér bølgeplanen</h2>
            {editing ? (
              <WaveForm key={editing} wave={editedWave} phases={phases} onDone={() => setEditing(null)} />
            ) : (
              <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
                Ny bølge
              </button>
            )}
            <PlacementForm data={data} />
            <PlanUpload />
          </section>
        )}
        <WaveSections waves={waves} admin={admin} onEdit={setEditing} />
      </Deferred>
    </>
  );
}

/** The kommuner of each wave with their traffic light, progress and gates: one wave per task. */
function WaveSections({ waves, admin, onEdit }: { waves: readonly Wave[]; admin: boolean; onEdit: (id: string) => void }) {
  const shown = useProgressiveList(waves, 1);
  return (
    <>
      {shown.map((wave) => (
        <section key={wave.id} aria-labelledby={`wave-${wave.id}`} className="wave-section">
          <h2 id={`wave-${wave.id}`}>{wave.name}</h2>
          <p>
            Idriftsættelse {formatDate(wave.goLive)}
            {wave.kickOff ? ` · kick-off ${formatDate(wave.kickOff)}` : ''} · {wave.kommuner.length} kommuner
            {wave.kommuner.some((k) => k.waveProvisional) ? `, heraf ${wave.kommuner.filter((k) => k.waveProvisional).length} foreløbigt placeret` : ''}
          </p>
          {admin && (
            <p className="button-row">
              <button type="button" className="button button-secondary button-small" onClick={() => onEdit(wave.id)}>
                Ret {wave.name}
              </button>{' '}
              <DeleteWaveButton wave={wave} />
            </p>
          )}
          <WaveKommuner wave={wave} />
        </section>
      ))}
    </>
  );
}
