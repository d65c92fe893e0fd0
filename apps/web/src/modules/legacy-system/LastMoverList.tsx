import { graphql } from '../../__generated__';
import type { LastMoverList_SystemFragment } from '../../__generated__/graphql';
import { formatDate } from '../../components/format';

export const LastMoverListFragment = graphql(`
  fragment LastMoverList_system on LegacySystem {
    id
    lastMovers {
      id
      name
      expectedExit
      exited
      note
    }
  }
`);

export function LastMoverList({ system }: { system: LastMoverList_SystemFragment }) {
  if (system.lastMovers.length === 0) return <>–</>;
  return (
    <ul className="plain-list">
      {system.lastMovers.map((mover) => (
        <li key={mover.id}>
          {mover.name}
          {mover.exited ? ' (flyttet)' : mover.expectedExit ? ` (${formatDate(mover.expectedExit)})` : ''}
          {mover.note ? <span className="form-hint"> – {mover.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
