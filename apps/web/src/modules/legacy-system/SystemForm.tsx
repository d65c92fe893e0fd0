import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { SystemKind, SystemOwner, systemKindLabel, systemOwnerLabel, NAME_MAX, STATUS_MAX } from '@udfasning/domain';
import type { Reference } from '@apollo/client';
import { graphql } from '../../__generated__';
import { formatDateTime } from '../../components/format';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { MutationError } from '../../components/MutationError';
import type { SystemForm_SystemFragment } from '../../__generated__/graphql';

// KOMBIT's forms for a system as a whole: add one to the U:KFS table, correct its name, type,
// forankring and status, and take it out of the table.

export const SystemFormFragment = graphql(`
  fragment SystemForm_system on LegacySystem {
    id
    name
    kind
    owner
    status
    retiredAt
  }
`);

const CreateLegacySystem = graphql(`
  mutation CreateLegacySystem($input: CreateLegacySystemInput!) {
    createLegacySystem(input: $input) {
      ...SystemForm_system
    }
  }
`);

const UpdateLegacySystemDetails = graphql(`
  mutation UpdateLegacySystemDetails($input: UpdateLegacySystemInput!) {
    updateLegacySystem(input: $input) {
      ...SystemForm_system
      earliestShutdown
    }
  }
`);

export const RetireLegacySystem = graphql(`
  mutation RetireLegacySystem($id: ID!) {
    retireLegacySystem(id: $id) {
      ...SystemForm_system
    }
  }
`);

type Values = { name: string; kind: SystemKind; owner: string; status: string };

const KINDS = Object.values(SystemKind);
const OWNERS = Object.values(SystemOwner);


function SystemFields({ values, onChange, idPrefix }: { values: Values; onChange: (values: Values) => void; idPrefix: string }) {
  return (
    <>
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}-name`}>
          Navn
        </label>
        <input
          className="form-input"
          id={`${idPrefix}-name`}
          required
          maxLength={NAME_MAX}
          value={values.name}
          onChange={(e) => onChange({ ...values, name: e.target.value })}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}-kind`}>
          Type
        </label>
        <select className="form-select" id={`${idPrefix}-kind`} value={values.kind} onChange={(e) => onChange({ ...values, kind: e.target.value as SystemKind })}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {systemKindLabel[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}-owner`}>
          Forankring
        </label>
        <select className="form-select" id={`${idPrefix}-owner`} value={values.owner} onChange={(e) => onChange({ ...values, owner: e.target.value })}>
          {OWNERS.map((owner) => (
            <option key={owner} value={owner}>
              {systemOwnerLabel[owner]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}-status`}>
          Status
        </label>
        <span className="form-hint" id={`${idPrefix}-status-hint`}>
          Fx "Under udfasning" eller "Lukket".
        </span>
        <input
          className="form-input"
          id={`${idPrefix}-status`}
          aria-describedby={`${idPrefix}-status-hint`}
          required
          maxLength={STATUS_MAX}
          value={values.status}
          onChange={(e) => onChange({ ...values, status: e.target.value })}
        />
      </div>
    </>
  );
}

const EMPTY: Values = { name: '', kind: SystemKind.LINE_OF_BUSINESS, owner: SystemOwner.KOMBIT, status: 'Under udfasning' };

/** "Nyt system" on /systemer: the new system joins the table, and the user is told where to find it. */
export function NewSystemForm() {
  const id = useId();
  const [values, setValues] = useState<Values>(EMPTY);
  useUnsavedChanges(values.name.trim() !== '' || values.status !== EMPTY.status || values.kind !== EMPTY.kind || values.owner !== EMPTY.owner);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [create, { loading, error }] = useMutation(CreateLegacySystem, { refetchQueries: ['SystemerQuery'], awaitRefetchQueries: true });
  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const result = await create({
      variables: { input: { name: values.name.trim(), kind: values.kind, owner: values.owner, status: values.status.trim() } },
    }).catch(() => null);
    const system = result?.data?.createLegacySystem;
    if (system) {
      setCreated({ id: system.id, name: system.name });
      setValues(EMPTY);
    }
  }
  return (
    <section aria-labelledby={`${id}-heading`} className="new-system">
      <h2 id={`${id}-heading`}>Nyt system</h2>
      <form onSubmit={submit} className="inline-form" aria-labelledby={`${id}-heading`}>
        <MutationError error={error} prefix="Ikke oprettet" />
        <SystemFields values={values} onChange={setValues} idPrefix={id} />
        <button type="submit" className="button button-primary" disabled={loading}>
          Opret system
        </button>
      </form>
      <p aria-live="polite">
        {created && (
          <>
            {created.name} er oprettet og står nu i tabellen. <Link to={`/systemer/${created.id}`}>Gå til {created.name}</Link> for at tilføje last movers og
            alternativer.
          </>
        )}
      </p>
    </section>
  );
}

/** "Ret systemet" on /systemer/:id: name, type, forankring and status in one save. */
export function SystemDetailsForm({ system }: { system: SystemForm_SystemFragment }) {
  const id = useId();
  const [values, setValues] = useState<Values>({ name: system.name, kind: system.kind, owner: system.owner, status: system.status });
  useUnsavedChanges(
    values.name !== system.name || values.kind !== system.kind || values.owner !== system.owner || values.status !== system.status,
  );
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(UpdateLegacySystemDetails);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = { id: system.id, name: values.name.trim(), kind: values.kind, owner: values.owner, status: values.status.trim() };
    if (await update({ variables: { input } }).catch(() => null)) setSaved(true);
  }
  return (
    <form onSubmit={submit} className="inline-form" aria-label={`Ret ${system.name}`}>
      <MutationError error={error} prefix="Ikke gemt" />
      <SystemFields values={values} onChange={(next) => (setValues(next), setSaved(false))} idPrefix={id} />
      <button type="submit" className="button button-secondary" disabled={loading}>
        Gem ændringer
      </button>{' '}
      <span aria-live="polite">{saved ? 'Ændringerne er gemt.' : ''}</span>
    </form>
  );
}

/**
 * Takes the system out of the U:KFS table after the user confirmed it on the page (no browser
 * dialog: it can be read, reached by keyboard and undone with Fortryd before anything is sent).
 */
export function RetireSystem({ system }: { system: { id: string; name: string } }) {
  const id = useId();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  const [retire, { loading, error }] = useMutation(RetireLegacySystem, {
    // The table no longer holds it: drop it from the cached list so /systemer never shows it again.
    update(cache) {
      cache.modify<{ legacySystems: Reference[] }>({
        fields: {
          legacySystems(refs, { readField }) {
            return Array.isArray(refs) ? refs.filter((ref) => readField('id', ref) !== system.id) : refs;
          },
        },
      });
    },
  });
  async function confirm() {
    const result = await retire({ variables: { id: system.id } }).catch(() => null);
    if (result?.data) navigate('/systemer', { state: { retired: system.name } });
  }
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Tag ud af tabellen</h2>
      <p>Når systemet er udfaset, tages det ud af U:KFS-tabellen og Overblik. Det bevares i loggen.</p>
      <MutationError error={error} prefix="Ikke taget ud" />
      {asking ? (
        <div
          className="alert alert-warning"
          role="alertdialog"
          aria-labelledby={`${id}-confirm`}
          onKeyDown={(e) => {
            // Like every dialog: Esc cancels, and focus returns to the button that asked.
            if (e.key !== 'Escape') return;
            setAsking(false);
            requestAnimationFrame(() => askButton.current?.focus());
          }}
        >
          <div className="alert-body">
            <p className="alert-heading" id={`${id}-confirm`}>
              Vil du tage {system.name} ud af U:KFS-tabellen?
            </p>
            <p className="alert-text">Systemet, dets last movers og alternativer vises ikke længere i tabellen.</p>
            <div className="button-row">
              <button type="button" className="button button-primary" disabled={loading} onClick={() => void confirm()} autoFocus>
                Ja, tag {system.name} ud
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setAsking(false);
                  requestAnimationFrame(() => askButton.current?.focus());
                }}
              >
                Fortryd
              </button>
            </div>
          </div>
        </div>
      ) : (
        <button type="button" ref={askButton} className="button button-secondary" onClick={() => setAsking(true)}>
          Tag {system.name} ud af tabellen
        </button>
      )}
    </section>
  );
}

export function RetiredNotice({ retiredAt }: { retiredAt: string }) {
  return (
    <div className="alert alert-info">
      <div className="alert-body">
        <p className="alert-heading">Udgået af tabellen</p>
        <p className="alert-text">KOMBIT tog systemet ud af U:KFS-tabellen {formatDateTime(retiredAt)}. Det vises her for historikkens skyld.</p>
      </div>
    </div>
  );
}
