import { useId, useState, type FormEvent } from 'react';
import { OpsigelseKind, opsigelseKindLabel, NOTE_MAX } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import type { OpsigelserPanel_KommuneFragment } from '../../__generated__/graphql';
import { MutationError } from '../../components/MutationError';
import { formatDate, formatDateTime, lowerFirst, todayIso } from '../../components/format';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { useRecordOpsigelse } from './hooks/useRecordOpsigelse';
import { useWithdrawOpsigelse } from './hooks/useWithdrawOpsigelse';

export const OpsigelserPanelFragment = graphql(`
  fragment OpsigelserPanel_kommune on Kommune {
    code
    name
    officialName
    opsigelser {
      id
      kind
      date
      note
      recordedAt
    }
  }
`);

const KINDS: OpsigelseKind[] = [OpsigelseKind.KMD_SAG_AGREEMENT, OpsigelseKind.MANUAL_CASES];

function RecordForm({ kommuneCode, kind, onDone }: { kommuneCode: number; kind: OpsigelseKind; onDone: (message: string) => void }) {
  const id = useId();
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const [record, { loading, error }] = useRecordOpsigelse();
  useUnsavedChanges(note.trim() !== '');
  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await record({ variables: { input: { kommuneCode, kind, date, note: note.trim() || null } } }).catch(() => null);
    if (ok?.data) {
      setNote('');
      onDone(`Opsigelsen af ${lowerFirst(opsigelseKindLabel[kind])} er registreret.`);
    }
  }
  return (
    <form onSubmit={submit} className="opsigelse-form">
      <MutationError error={error} prefix="Ikke registreret" />
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-date`}>
          Dato for opsigelse af {lowerFirst(opsigelseKindLabel[kind])}
        </label>
        <input className="form-input form-input--date" id={`${id}-date`} type="date" required min="2015-01-01" max={todayIso()} value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-note`}>
          Note (valgfri)
        </label>
        <input className="form-input" id={`${id}-note`} maxLength={NOTE_MAX} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="button button-primary" disabled={loading}>
        Registrér opsigelse af {lowerFirst(opsigelseKindLabel[kind])}
      </button>
    </form>
  );
}

export function OpsigelserPanel({ kommune, editable }: { kommune: OpsigelserPanel_KommuneFragment; editable: boolean }) {
  const [withdraw, { error }] = useWithdrawOpsigelse();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section aria-labelledby="opsigelser-heading" className="opsigelser">
      <h2 id="opsigelser-heading">Opsigelser</h2>
      <MutationError error={error} prefix="Ikke trukket tilbage" />
      <p aria-live="polite" className="save-status save-status--ok">
        {message}
      </p>
      <div className="opsigelser-grid">
        {KINDS.map((kind) => {
          const standing = kommune.opsigelser.find((o) => o.kind === kind);
          return (
            <div key={kind} className="opsigelse-card">
              <h3>{opsigelseKindLabel[kind]}</h3>
              {standing ? (
                <>
                  <p>
                    <strong>Opsagt {formatDate(standing.date)}</strong>
                    {standing.note ? ` – ${standing.note}` : ''}
                  </p>
                  <p className="form-hint">Registreret {formatDateTime(standing.recordedAt)}</p>
                  {editable && (
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => {
                        if (window.confirm(`Træk opsigelsen af ${lowerFirst(opsigelseKindLabel[kind])} for ${kommune.officialName} tilbage?`)) {
                          void withdraw({ variables: { id: standing.id } })
                            .then(() => setMessage(`Opsigelsen af ${lowerFirst(opsigelseKindLabel[kind])} er trukket tilbage.`))
                            .catch(() => undefined);
                        }
                      }}
                    >
                      Træk opsigelsen tilbage
                    </button>
                  )}
                </>
              ) : (
                <>
                  <p>Ikke opsagt endnu.</p>
                  {editable && <RecordForm kommuneCode={kommune.code} kind={kind} onDone={setMessage} />}
                </>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
