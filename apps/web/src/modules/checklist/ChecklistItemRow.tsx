import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { StepStatus, stepStatusLabel, stepTypeLabel, NOTE_MAX, NAME_MAX } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import type { ChecklistRow_ItemFragment } from '../../__generated__/graphql';
import { errorMessage } from '../../apollo/errors';
import { formatDate, formatDateTime, formatTime, todayIso } from '../../components/format';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import {
  afterSave,
  answerOf,
  changedFields,
  displayValue,
  fieldLabel,
  keptFromOthers,
  onStatusChosen,
  reasonProblem,
  resolveConflict,
  same,
  savedMessage,
  saveInput,
  seenOf,
  type Answer,
  type Choice,
  type Field,
  type SaveState,
  type Seen,
} from './checklist-save';
import { useUpdateChecklistItem } from './hooks/useUpdateChecklistItem';

export const ChecklistRowFragment = graphql(`
  fragment ChecklistRow_item on ChecklistItem {
    id
    status
    note
    responsible
    version
    updatedAt
    updatedByName
    deadline
    step {
      id
      code
      number
      phase
      title
      description
      type
      deadline
    }
  }
`);

const STATUSES: StepStatus[] = [StepStatus.NOT_STARTED, StepStatus.STARTED, StepStatus.DONE, StepStatus.NOT_APPLICABLE];
/** Keys that move a closed select's choice: they choose nothing until the user settles (Tab or Enter). */
const BROWSING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/** The kommune's effective frist: the step's own deadline, else its phase's window in the kommune's bølge. */
function Deadline({ item }: { item: ChecklistRow_ItemFragment }) {
  const deadline = item.deadline;
  if (!deadline) return <>Ingen frist</>;
  const finished = item.status === 'DONE' || item.status === 'NOT_APPLICABLE';
  const overdue = !finished && deadline < todayIso();
  return (
    <>
      {formatDate(deadline)}
      {overdue && <strong className="overdue"> (overskredet)</strong>}
    </>
  );
}

export function ChecklistItemRow({ item, editable }: { item: ChecklistRow_ItemFragment; editable: boolean }) {
  const id = useId();
  const save = useUpdateChecklistItem();
  const [answer, setAnswer] = useState<Answer>(() => answerOf(item));
  const [seen, setSeen] = useState<Seen>(() => seenOf(item));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [noteOpen, setNoteOpen] = useState(false);
  const title = item.step.title;
  const selectRef = useRef<HTMLSelectElement>(null);
  /** The control the user last saved from: focus goes back there when a message or panel closes. */
  const lastControl = useRef<HTMLElement | null>(null);
  const browsing = useRef(false);
  const inFlight = useRef(false);

  // When the stored item changes underneath (another save, a conflict's answer), fields the user has not
  // touched show what is stored; touched fields keep their text and the value they started from.
  const [syncedVersion, setSyncedVersion] = useState(item.version);
  // Someone else saved this item (a live event) while the user had unsaved edits: said beside the draft.
  const [changedBy, setChangedBy] = useState<{ byName: string | null; at: string | null } | null>(null);
  if (item.version > syncedVersion) {
    setSyncedVersion(item.version);
    if (state.kind !== 'saving') {
      const next = afterSave(answer, seen, item, []);
      if (changedFields(next.answer, next.seen).length > 0 || state.kind === 'needsReason') {
        setChangedBy({ byName: item.updatedByName, at: item.updatedAt });
      }
      setAnswer(next.answer);
      setSeen(next.seen);
    }
  }

  const changed = changedFields(answer, seen);
  const dirtyText = changed.includes('note') || changed.includes('responsible');
  useUnsavedChanges(editable && (dirtyText || state.kind === 'needsReason' || state.kind === 'conflict'));

  /** Back to the control the user saved from, or the status select when that one is gone or hidden. */
  function refocus() {
    requestAnimationFrame(() => {
      const last = lastControl.current;
      if (last?.isConnected && last.getClientRects().length > 0) last.focus();
      else selectRef.current?.focus();
    });
  }

  async function send(current: Answer, from: Seen, fields: Field[]) {
    if (inFlight.current || fields.length === 0) return;
    inFlight.current = true;
    setState({ kind: 'saving' });
    const outcome = await save(saveInput(item.id, current, from, fields));
    inFlight.current = false;
    setChangedBy(null);
    if (outcome.kind === 'saved') {
      const next = afterSave(current, from, outcome.item, fields);
      setAnswer(next.answer);
      setSeen(next.seen);
      setSyncedVersion(outcome.item.version);
      setState({ kind: 'saved', message: savedMessage(title, next.answer, fields, keptFromOthers(from, outcome.item, fields)) });
    } else if (outcome.kind === 'conflict') {
      // Nothing is lost: the user's values stay in the form until they choose.
      setSyncedVersion(outcome.current.version);
      setChoices(Object.fromEntries(outcome.fields.map((f) => [f, 'mine'])));
      setState({ kind: 'conflict', fields: outcome.fields, theirs: outcome.current, sent: fields });
    } else {
      setState({ kind: 'error', message: errorMessage(outcome.error), sent: fields });
    }
  }

  /** Saves the status shown in the select, once, if it differs from what the user started from. */
  function settleStatus(next: StepStatus) {
    browsing.current = false;
    if (inFlight.current || state.kind === 'conflict') return;
    lastControl.current = selectRef.current;
    if (next === seen.status) {
      if (state.kind === 'needsReason') setState({ kind: 'idle' });
      return;
    }
    const plan = onStatusChosen(answer, next);
    setAnswer(plan.answer);
    setReasonError(null);
    if (!plan.save) return setState(plan.state);
    void send(plan.answer, seen, ['status']);
  }

  function onSelectKey(event: KeyboardEvent<HTMLSelectElement>) {
    if (BROWSING_KEYS.has(event.key) || (event.key.length === 1 && event.key !== ' ')) browsing.current = true;
    if (event.key === 'Enter') {
      event.preventDefault();
      settleStatus(answer.status);
    }
  }

  function saveReason() {
    const problem = reasonProblem(answer.note);
    setReasonError(problem);
    if (!problem) void send(answer, seen, changedFields(answer, seen));
  }

  function saveText() {
    if (answer.status === 'NOT_APPLICABLE') {
      const problem = reasonProblem(answer.note);
      if (problem) return setState({ kind: 'error', message: problem, sent: [] });
    }
    void send(answer, seen, changed.filter((f) => f !== 'status'));
  }

  function saveChoices() {
    if (state.kind !== 'conflict') return;
    const next = resolveConflict(answer, seen, state.theirs, choices);
    setAnswer(next.answer);
    setSeen(next.seen);
    // Only what the user sent (and still wants) is saved now; other unsaved edits stay in the form.
    const toSave = next.toSave.filter((f) => state.sent.includes(f));
    if (toSave.length === 0) {
      setState({ kind: 'saved', message: 'Du beholdt det gemte. Intet er ændret.' });
      refocus();
      return;
    }
    void send(next.answer, next.seen, toSave).then(refocus);
  }

  const statusLabel = `Status for "${title}"`;
  const busy = state.kind === 'saving';

  return (
    <li id={`trin-${item.id}`} className={`checklist-item checklist-item--${item.status.toLowerCase()}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="checklist-title">
        {item.step.number}. {item.step.code && <span className="step-code">{item.step.code} · </span>}
        {title}
      </h3>
      {item.step.description && <p className="checklist-description">{item.step.description}</p>}
      <dl className="checklist-meta">
        <div>
          <dt>Type</dt>
          <dd>{stepTypeLabel[item.step.type]}</dd>
        </div>
        <div>
          <dt>Frist</dt>
          <dd>
            <Deadline item={item} />
            {item.deadline && item.deadline !== item.step.deadline && <span className="form-hint"> (fasens vindue i bølgen)</span>}
          </dd>
        </div>
        <div>
          <dt>Senest ændret</dt>
          <dd>{item.updatedAt ? `${formatDateTime(item.updatedAt)}${item.updatedByName ? ` af ${item.updatedByName}` : ''}` : 'Aldrig'}</dd>
        </div>
      </dl>

      {editable ? (
        <div className="checklist-edit">
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-status`}>
              {statusLabel}
            </label>
            {/* Never disabled while saving: a disabled control drops the keyboard focus to the page. */}
            <select
              ref={selectRef}
              className="form-select"
              id={`${id}-status`}
              value={answer.status}
              aria-busy={busy || undefined}
              aria-describedby={`${id}-feedback`}
              onKeyDown={onSelectKey}
              onPointerDown={() => (browsing.current = false)}
              onChange={(e) => {
                const next = e.target.value as StepStatus;
                if (busy || state.kind === 'conflict') return;
                if (browsing.current) return setAnswer({ ...answer, status: next });
                settleStatus(next);
              }}
              onBlur={() => {
                if (browsing.current || answer.status !== seen.status) {
                  if (state.kind !== 'needsReason') settleStatus(answer.status);
                }
              }}
            >
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {stepStatusLabel[status]}
                </option>
              ))}
            </select>
          </div>

          {state.kind === 'needsReason' && (
            <div className="reason-box" role="group" aria-labelledby={`${id}-reason-heading`}>
              <p id={`${id}-reason-heading`}>
                <strong>Hvorfor er trinnet ikke relevant?</strong> Begrundelsen gemmes i noten, så KOMBIT kan se den.
              </p>
              <div className={`form-group${reasonError ? ' form-error' : ''}`}>
                <label className="form-label" htmlFor={`${id}-reason`}>
                  Begrundelse for "{title}"
                </label>
                {reasonError && (
                  <span className="form-error-message" id={`${id}-reason-error`}>
                    {reasonError}
                  </span>
                )}
                <textarea
                  className="form-input"
                  id={`${id}-reason`}
                  rows={3}
                  required
                  maxLength={NOTE_MAX}
                  aria-describedby={reasonError ? `${id}-reason-error` : undefined}
                  value={answer.note}
                  autoFocus
                  onChange={(e) => setAnswer({ ...answer, note: e.target.value })}
                />
              </div>
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  lastControl.current = selectRef.current;
                  saveReason();
                }}
              >
                Gem som ikke relevant
              </button>{' '}
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => {
                  setAnswer({ ...answer, status: seen.status, note: seen.note });
                  setState({ kind: 'idle' });
                  selectRef.current?.focus();
                }}
              >
                Fortryd
              </button>
            </div>
          )}

          {state.kind !== 'needsReason' && (
            <details
              className="details checklist-note"
              open={noteOpen || dirtyText}
              onToggle={(e) => setNoteOpen(e.currentTarget.open)}
            >
              <summary className="details-summary">Note og ansvarlig</summary>
              <div className="details-text">
                <div className="form-group">
                  <label className="form-label" htmlFor={`${id}-note`}>
                    Note til "{title}"
                  </label>
                  <textarea
                    className="form-input"
                    id={`${id}-note`}
                    rows={2}
                    maxLength={NOTE_MAX}
                    value={answer.note}
                    onChange={(e) => setAnswer({ ...answer, note: e.target.value })}
                  />
                </div>
                <div className="form-group">
                  <label className="form-label" htmlFor={`${id}-responsible`}>
                    Ansvarlig for "{title}"
                  </label>
                  <input
                    className="form-input"
                    id={`${id}-responsible`}
                    maxLength={NAME_MAX}
                    value={answer.responsible}
                    onChange={(e) => setAnswer({ ...answer, responsible: e.target.value })}
                  />
                </div>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-disabled={busy || state.kind === 'conflict' || !dirtyText || undefined}
                  onClick={(e) => {
                    lastControl.current = e.currentTarget;
                    if (busy || state.kind === 'conflict' || !dirtyText) return;
                    saveText();
                  }}
                >
                  Gem note og ansvarlig
                </button>
              </div>
            </details>
          )}
        </div>
      ) : (
        <dl className="checklist-meta checklist-readonly">
          <div>
            <dt>Status</dt>
            <dd>{stepStatusLabel[item.status]}</dd>
          </div>
          <div>
            <dt>Note</dt>
            <dd>{item.note || '–'}</dd>
          </div>
          <div>
            <dt>Ansvarlig</dt>
            <dd>{item.responsible || '–'}</dd>
          </div>
        </dl>
      )}

      {editable && changedBy && (
        <p className="alert alert-info alert--compact changed-underneath" role="status">
          <span className="alert-text">
            Ændret af {changedBy.byName ?? 'en anden'}
            {changedBy.at ? ` kl. ${formatTime(changedBy.at)}` : ''}: gemt som {stepStatusLabel[item.status]}
            {item.note ? `, note "${item.note}"` : ''}
            {item.responsible ? `, ansvarlig ${item.responsible}` : ''}. Dit udkast er ikke gemt endnu; gemmer du, lægges det oven på.
          </span>
        </p>
      )}
      <div aria-live="polite" className="save-feedback" id={`${id}-feedback`}>
        {state.kind === 'saving' && <span className="save-status">Gemmer…</span>}
        {state.kind === 'saved' && <span className="save-status save-status--ok">{state.message}</span>}
      </div>
      {state.kind === 'error' && (
        <div className="alert alert-error alert--compact" role="alert">
          <p className="alert-text">
            Ikke gemt: {state.message} Dit svar står stadig i felterne.{' '}
            {state.sent.length > 0 && (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => void send(answer, seen, state.sent.filter((f) => !same(answer[f], seen[f]))).then(refocus)}
              >
                Prøv at gemme igen
              </button>
            )}
          </p>
        </div>
      )}
      {state.kind === 'conflict' && (
        <div className="alert alert-warning conflict" role="alert">
          <p className="alert-heading">
            {state.theirs.updatedByName ?? 'En anden'} gemte dette trin
            {state.theirs.updatedAt ? ` ${formatDateTime(state.theirs.updatedAt)}` : ''}, før dit svar blev gemt.
          </p>
          <p className="alert-text">
            I har begge ændret {state.fields.map((f) => fieldLabel[f].toLowerCase()).join(' og ')}. Vælg for hvert felt, hvad der skal
            gælde. Alt andet, du har ændret, gemmes oven på det gemte.
          </p>
          {state.fields.map((f) => {
            const theirsValue = answerOf(state.theirs)[f];
            return (
              <fieldset key={f} className="conflict-field">
                <legend>{fieldLabel[f]}</legend>
                <div className="form-group-radio">
                  <input
                    type="radio"
                    className="form-radio radio-large"
                    id={`${id}-${f}-theirs`}
                    name={`${id}-${f}`}
                    checked={choices[f] === 'theirs'}
                    onChange={() => setChoices({ ...choices, [f]: 'theirs' })}
                  />
                  <label htmlFor={`${id}-${f}-theirs`}>
                    Gemt af {state.theirs.updatedByName ?? 'en anden'}: <span className="conflict-value">{displayValue(f, theirsValue)}</span>
                  </label>
                </div>
                <div className="form-group-radio">
                  <input
                    type="radio"
                    className="form-radio radio-large"
                    id={`${id}-${f}-mine`}
                    name={`${id}-${f}`}
                    checked={choices[f] === 'mine'}
                    onChange={() => setChoices({ ...choices, [f]: 'mine' })}
                  />
                  <label htmlFor={`${id}-${f}-mine`}>
                    Dit svar: <span className="conflict-value">{displayValue(f, answer[f])}</span>
                  </label>
                </div>
              </fieldset>
            );
          })}
          <button type="button" className="button button-primary" onClick={saveChoices}>
            Gem mit svar
          </button>{' '}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              // Close without saving: the typed answer stays in the form.
              setState({ kind: 'idle' });
              refocus();
            }}
          >
            Luk uden at gemme
          </button>
        </div>
      )}
    </li>
  );
}
