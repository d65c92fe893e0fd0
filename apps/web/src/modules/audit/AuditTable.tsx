import { graphql } from '../../__generated__';
import type { AuditRow_EventFragment } from '../../__generated__/graphql';
import { formatDateTime } from '../../components/format';
import { TableScroll } from '../../components/TableScroll';

export const AuditRowFragment = graphql(`
  fragment AuditRow_event on AuditEvent {
    id
    at
    summary
  }
`);

/** Events as the server words them: one Danish sentence each, newest first. */
export function AuditTable({ events, caption }: { events: AuditRow_EventFragment[]; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="table table--compact table--zebra audit-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Hvad skete der</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td className="audit-time">{formatDateTime(event.at)}</td>
              <td>{event.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
