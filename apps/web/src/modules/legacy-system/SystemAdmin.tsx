import { NOTE_MAX, NAME_MAX } from '@udfasning/domain';
import { useId, useState, type FormEvent } from 'react';
import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { MutationError } from '../../components/MutationError';

// KOMBIT's edits on a system page: each last mover's expected exit, alternatives (the system's
// own fields are in SystemForm).

// The answer carries the system's movers and earliest shutdown as the change left them (see SystemShutdown_system).
const UpdateLastMoverExit = graphql(`
  mutation UpdateLastMoverExit($input: UpdateLastMoverInput!) {
    updateLastMover(input: $input) {
      id
      system {
        ...SystemShutdown_system
      }
    }
  }
`);

const RemoveLastMover = graphql(`
  mutation RemoveLastMover($id: ID!) {
    removeLastMover(id: $id)
  }
`);

const AddAlternative = graphql(`
  mutation AddAlternative($input: AlternativeInput!) {
    addAlternative(input: $input) {
      id
      name
      note
    }
  }
`);

const RemoveAlternative = graphql(`
  mutation RemoveAlternative($id: ID!) {
    removeAlternative(id: $id)
  }
`);

export function LastMoverEdit({ mover }: { mover: { id: string; name: string; expectedExit: string | null } }) {
  const id = useId();
  const [date, setDate] = useState(mover.expectedExit ?? '');
  useUnsavedChanges(date !== (mover.expectedExit ?? ''));
  const [update, updateState] = useMutation(UpdateLastMoverExit);
  // The answer is only true, and the earliest shutdown moves with the mover: the server computes it, so ask again.
  const [remove, removeState] = useMutation(RemoveLastMover, { refetchQueries: ['SystemQuery'] });
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <div className="mover-edit">
      <MutationError error={updateState.error ?? removeState.error} prefix="Ikke gemt" />
      <p aria-live="polite" className="save-status save-status--ok">
        {saved}
      </p>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-exit`}>
          Forventet udgang for {mover.name}
        </label>
        <input className="form-input" type="date" id={`${id}-exit`} value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={updateState.loading}
          onClick={() =>
            void update({ variables: { input: { id: mover.id, expectedExit: date || null } } })
              .then(() => setSaved(`Datoen for ${mover.name} er gemt.`))
              .catch(() => undefined)
          }
        >
          Gem dato for {mover.name}
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => void update({ variables: { input: { id: mover.id, exited: true } } }).catch(() => undefined)}
        >
          Markér {mover.name} som flyttet
        </button>
        <button
          type="button"
          className="button button-tertiary button-small"
          onClick={() => {
            if (window.confirm(`Fjern ${mover.name} som last mover?`)) void remove({ variables: { id: mover.id } }).catch(() => undefined);
          }}
        >
          Fjern {mover.name}
        </button>
      </div>
    </div>
  );
}

/** A mover marked as moved by mistake is put back: the system's shutdown waits for it again. */
export function UndoExited({ mover }: { mover: { id: string; name: string } }) {
  const [update, { loading, error }] = useMutation(UpdateLastMoverExit);
  return (
    <div className="mover-edit">
      <MutationError error={error} prefix="Ikke gemt" />
      <button
        type="button"
        className="button button-tertiary button-small"
        disabled={loading}
        onClick={() => void update({ variables: { input: { id: mover.id, exited: false } } }).catch(() => undefined)}
      >
        Fortryd: {mover.name} er ikke flyttet
      </button>
    </div>
  );
}

export function AlternativesEditor({ systemId, alternatives }: { systemId: string; alternatives: { id: string; name: string; note: string | null }[] }) {
  const id = useId();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  useUnsavedChanges(name.trim() !== '' || note.trim() !== '');
  const [add, addState] = useMutation(AddAlternative, {
    // A new alternative goes last (the server gives it the next place); nothing else on the page moves.
    update(cache, { data }) {
      const added = data?.addAlternative;
      if (!added) return;
      cache.modify({
        id: cache.identify({ __typename: 'LegacySystem', id: systemId }),
        fields: {
          alternatives(existing: readonly Reference[], { toReference }) {
            const ref = toReference(added);
            return ref && !existing.some((r) => r.__ref === ref.__ref) ? [...existing, ref] : existing;
          },
        },
      });
    },
  });
  const [remove, removeState] = useMutation(RemoveAlternative, {
    update(cache, { data }, { variables }) {
      if (data?.removeAlternative && variables) cache.evict({ id: cache.identify({ __typename: 'Alternative', id: variables.id }) });
    },
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await add({ variables: { input: { systemId, name: name.trim(), note: note.trim() || null } } }).catch(() => null);
    if (ok) {
      setName('');
      setNote('');
    }
  }
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Alternativer</h2>
      <MutationError error={addState.error ?? removeState.error} prefix="Ikke gemt" />
      {alternatives.length === 0 ? (
        <p>Intet alternativ registreret.</p>
      ) : (
        <ul>
          {alternatives.map((a) => (
            <li key={a.id}>
              {a.name}
              {a.note ? ` – ${a.note}` : ''}{' '}
              <button type="button" className="button button-tertiary button-small" onClick={() => void remove({ variables: { id: a.id } }).catch(() => undefined)}>
                Fjern {a.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="inline-form">
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-name`}>
            Nyt alternativ
          </label>
          <input className="form-input" id={`${id}-name`} required maxLength={NAME_MAX} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-note`}>
            Note til alternativet (valgfri)
          </label>
          <input className="form-input" id={`${id}-note`} maxLength={NOTE_MAX} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button className="button button-secondary button-small" disabled={addState.loading}>
          Tilføj alternativ
        </button>
      </form>
    </section>
  );
}
