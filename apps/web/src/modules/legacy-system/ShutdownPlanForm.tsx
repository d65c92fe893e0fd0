import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { MutationError } from '../../components/MutationError';

const UpdateShutdownPlan = graphql(`
  mutation UpdateShutdownPlan($input: UpdateLegacySystemInput!) {
    updateLegacySystem(input: $input) {
      id
      plannedShutdown
      lastMoversKnown
      earliestShutdown
      shutdownAtRisk
    }
  }
`);

/** KOMBIT sets the planned shutdown and whether the list of last movers is complete. */
export function ShutdownPlanForm({ system }: { system: { id: string; plannedShutdown?: string | null; lastMoversKnown: boolean } }) {
  const id = useId();
  const [planned, setPlanned] = useState(system.plannedShutdown ?? '');
  const [known, setKnown] = useState(system.lastMoversKnown);
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(UpdateShutdownPlan);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const ok = await update({ variables: { input: { id: system.id, plannedShutdown: planned || null, lastMoversKnown: known } } }).catch(() => null);
    if (ok) setSaved(true);
  }
  return (
    <form onSubmit={submit} className="inline-form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Planlagt lukning og last movers</h3>
      <MutationError error={error} />
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-planned`}>
          Planlagt lukning
        </label>
        <span className="form-hint" id={`${id}-planned-hint`}>
          Den dato KOMBIT planlægger at lukke systemet. Tom: ingen plan.
        </span>
        <input
          className="form-input"
          id={`${id}-planned`}
          type="date"
          aria-describedby={`${id}-planned-hint`}
          value={planned}
          onChange={(e) => setPlanned(e.target.value)}
        />
      </div>
      <div className="form-group form-group-checkbox">
        <input id={`${id}-known`} type="checkbox" className="form-checkbox" checked={known} onChange={(e) => setKnown(e.target.checked)} />
        <label htmlFor={`${id}-known`}>Listen over last movers er kendt (ingen på listen betyder ingen last movers)</label>
      </div>
      <button className="button button-primary" disabled={loading}>
        Gem
      </button>
      {saved && (
        <p role="status" className="form-hint">
          Gemt.
        </p>
      )}
    </form>
  );
}
