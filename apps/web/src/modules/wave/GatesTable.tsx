import { gateStateLabel, type GateState } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import type { GatesTable_StatusFragment } from '../../__generated__/graphql';
import { formatDate } from '../../components/format';
import { TableScroll } from '../../components/TableScroll';

export const GatesTableFragment = graphql(`
  fragment GatesTable_status on GateStatus {
    date
    state
    gate {
      number
      name
      weeksBeforeGoLive
      verification {
        id
        code
        title
      }
      prerequisites {
        id
        code
      }
    }
  }
`);

const stateClass: Record<GateState, string> = {
  PASSED: 'badge-success',
  DUE: 'badge-warning',
  MISSED: 'badge-error',
  UPCOMING: 'badge-info',
};

/** A gate state as text and colour: never colour alone. */
export function GateStateBadge({ state }: { state: GateState }) {
  return <span className={`badge badge-small ${stateClass[state]} gate-state`}>{gateStateLabel[state]}</span>;
}

export function GatesTable({ gates: rows }: { gates: readonly GatesTable_StatusFragment[] }) {
  return (
    <TableScroll label="Kommunens gates">
      <table className="table table--compact gates-table">
        <caption className="sr-only">Kommunens gates med dato og status</caption>
        <thead>
          <tr>
            <th scope="col">Gate</th>
            <th scope="col">Dato</th>
            <th scope="col">Status</th>
            <th scope="col">Verificeres af</th>
            <th scope="col">Forudsætningsopgaver</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.gate.number}>
              <th scope="row">
                Gate {row.gate.number}: {row.gate.name}
              </th>
              <td>
                {formatDate(row.date)} <span className="form-hint">(uge −{row.gate.weeksBeforeGoLive})</span>
              </td>
              <td>
                <GateStateBadge state={row.state} />
              </td>
              <td>{[row.gate.verification.code, row.gate.verification.title].filter(Boolean).join(' ')}</td>
              <td>{row.gate.prerequisites.length === 0 ? '–' : row.gate.prerequisites.map((s) => s.code ?? '?').join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
