import { useId, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { StepStatus, stepStatusLabel, stepTypeLabel, NOTE_MAX, NAME_MAX } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import type { ChecklistRow_ItemFragment } from '../../__generated__/graphql';
import { errorCode, errorMessage } from '../../apollo/errors';
import { formatDate, formatDateTime, formatTime, todayIso } from '../../components/format';
import { liveStatus } from '../../apollo/live';
import {
  answerOf,
  conflictDifferences,
  onStatusChosen,
  reasonProblem,
  savedMessage,
  saveInput,
  type Answer,
  type SaveState,
} from './checklist-save';

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

export const UpdateChecklistItem = graphql(`
  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {
    updateChecklistItem(input: $input) {
      ...ChecklistRow_item
    }
  }
`);

export const ChecklistLatestQuery = graphql(`
  query ChecklistLatestQuery($code: Int!) {
    kommune(code: $code) {
      code
      trafficLight
      checklist {
        ...ChecklistRow_item
      }
    }
  }
`);

const STATUSES: StepStatus[] = [StepStatus.NOT_STARTED, StepStatus.STARTED, StepStatus.DONE, StepStatus.NOT_APPLICABLE];

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

export function ChecklistItemRow({ item, kommuneCode, editable }: { item: ChecklistRow_ItemFragment; kommuneCode: number; editable: boolean }) {
  const id = useId();
  const client = useApolloClient();
  const [answer, setAnswer] = useState<Answer>(() => answerOf(item));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [update] = useMutation(UpdateChecklistItem);
  const title = item.step.title;

  // True once the user types in the note or responsible fields, until that draft is saved or dropped.
  const [edited, setEdited] = useState(false);
  // Someone else saved this item while the user had a draft: shown beside the draft, which stays as
  // typed; saving it is checked against the version the draft started from (a CONFLICT shows both).
  const [changed, setChanged] = useState<{ byName: string | null; at: string | null; baseVersion: number } | null>(null);

  // When the stored item changes underneath (a live event, a refetch): with nothing unsaved, show what
  // is stored; with a draft, keep the draft and say who changed the item.
  const [seenVersion, setSeenVersion] = useState(item.version);
  if (item.version !== seenVersion) {
    setSeenVersion(item.version);
    const drafting = edited || state.kind === 'needsReason' || state.kind === 'error';
    if (state.kind === 'saving') {
      // The user's own save coming back.
    } else if (drafting) {
      setChanged({ byName: item.updatedByName, at: item.updatedAt, baseVersion: changed?.baseVersion ?? seenVersion });
    } else if (state.kind === 'idle' || state.kind === 'saved') {
      setAnswer(answerOf(item));
    }
  }
  const expectedVersion = changed?.baseVersion ?? item.version;

  async function save(next: Answer, expectedVersion: number) {
    setState({ kind: 'saving' });
    try {
      const result = await update({ variables: { input: saveInput(item.id, next, expectedVersion) } });
      const saved = result.data?.updateChecklistItem;
      if (saved) setAnswer(answerOf(saved));
      setEdited(false);
      setChanged(null);
      setState({ kind: 'saved', message: savedMessage(title, next) });
      // The traffic light and progress follow the answers: the live event brings them, or else a refetch.
      if (liveStatus.get().kind !== 'live') void client.refetchQueries({ include: 'active' });
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        const latest = await client
          .query({ query: ChecklistLatestQuery, variables: { code: kommuneCode }, fetchPolicy: 'network-only' })
          .catch(() => null);
        const theirs = latest?.data?.kommune?.checklist.find((c) => c.id === item.id);
        if (theirs) {
          setSeenVersion(theirs.version);
          setChanged(null);
          setState({ kind: 'conflict', mine: next, theirs });
          return;
        }
      }
      // Nothing typed is lost: the answer stays in the form, ready to save again.
      setState({ kind: 'error', message: errorMessage(error), mine: next });
    }
  }

  function chooseStatus(next: StepStatus) {
    const plan = onStatusChosen(answer, next);
    setAnswer(plan.answer);
    setReasonError(null);
    setState(plan.state);
    if (plan.save) void save(plan.answer, expectedVersion);
  }

  function saveReason() {
    const problem = reasonProblem(answer.note);
    setReasonError(problem);
    if (!problem) void save(answer, expectedVersion);
  }

  const statusLabel = `Status for "${title}"`;
  const busy = state.kind === 'saving';
  const dirtyText = answer.note !== (item.note ?? '') || answer.responsible !== (item.responsible ?? '');

  return (
    <li className={`checklist-item checklist-item--${item.status.toLowerCase()}`} aria-labelledby={`${id}-title`}>
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
            <select
              className="form-select"
              id={`${id}-status`}
              value={answer.status}
              disabled={busy || state.kind === 'conflict'}
              onChange={(e) => chooseStatus(e.target.value as StepStatus)}
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
                  onChange={(e) => {
                    setEdited(true);
                    setAnswer({ ...answer, note: e.target.value });
                  }}
                />
              </div>
              <button type="button" className="button button-primary" onClick={saveReason}>
                Gem som ikke relevant
              </button>{' '}
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => {
                  setAnswer(answerOf(item));
                  setEdited(false);
                  setChanged(null);
                  setState({ kind: 'idle' });
                }}
              >
                Fortryd
              </button>
            </div>
          )}

          {state.kind !== 'needsReason' && (
            <details className="details checklist-note" open={dirtyText || undefined}>
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
                    onChange={(e) => {
                      setEdited(true);
                      setAnswer({ ...answer, note: e.target.value });
                    }}
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
                    onChange={(e) => {
                      setEdited(true);
                      setAnswer({ ...answer, responsible: e.target.value });
                    }}
                  />
                </div>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={busy || state.kind === 'conflict'}
                  onClick={() => {
                    if (answer.status === 'NOT_APPLICABLE') {
                      const problem = reasonProblem(answer.note);
                      if (problem) return setState({ kind: 'error', message: problem, mine: answer });
                    }
                    void save(answer, expectedVersion);
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

      {editable && changed && (
        <p className="alert alert-info alert--compact changed-underneath" role="status">
          <span className="alert-text">
            Ændret af {changed.byName ?? 'en anden'}
            {changed.at ? ` kl. ${formatTime(changed.at)}` : ''}: gemt som {stepStatusLabel[item.status]}
            {item.note ? `, note "${item.note}"` : ''}
            {item.responsible ? `, ansvarlig ${item.responsible}` : ''}. Dit udkast er ikke gemt endnu.
          </span>
        </p>
      )}
      <div aria-live="polite" className="save-feedback">
        {state.kind === 'saving' && <span className="save-status">Gemmer…</span>}
        {state.kind === 'saved' && <span className="save-status save-status--ok">{state.message}</span>}
      </div>
      {state.kind === 'error' && (
        <div className="alert alert-error alert--compact" role="alert">
          <p className="alert-text">
            Ikke gemt: {state.message} Dit svar står stadig i felterne.{' '}
            <button type="button" className="button button-secondary button-small" onClick={() => void save(state.mine, expectedVersion)}>
              Prøv at gemme igen
            </button>
          </p>
        </div>
      )}
      {state.kind === 'conflict' && (
        <div className="alert alert-warning conflict" role="alert">
          <p className="alert-heading">
            {state.theirs.updatedByName ?? 'En anden'} gemte dette trin
            {state.theirs.updatedAt ? ` ${formatDateTime(state.theirs.updatedAt)}` : ''}, før dit svar blev gemt.
          </p>
          <p className="alert-text">Dit svar er ikke gemt. Sammenlign og vælg, hvad der skal gælde:</p>
          <table className="table table--compact conflict-table">
            <caption className="sr-only">Dit svar og det gemte svar</caption>
            <thead>
              <tr>
                <th scope="col">Felt</th>
                <th scope="col">Gemt af {state.theirs.updatedByName ?? 'en anden'}</th>
                <th scope="col">Dit svar</th>
              </tr>
            </thead>
            <tbody>
              {conflictDifferences(state.mine, state.theirs).map((row) => (
                <tr key={row.field}>
                  <th scope="row">{row.field}</th>
                  <td>{row.theirs}</td>
                  <td>{row.mine}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="button button-primary" onClick={() => void save(state.mine, state.theirs.version)}>
            Gem mit svar alligevel
          </button>{' '}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setAnswer(answerOf(state.theirs));
              setEdited(false);
              setState({ kind: 'idle' });
            }}
          >
            Behold det gemte
          </button>
        </div>
      )}
    </li>
  );
}
