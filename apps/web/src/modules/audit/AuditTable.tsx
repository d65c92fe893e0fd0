import { graphql } from '../../__generated__';
import type { AuditRow_EventFragment } from '../../__generated__/graphql';
import { formatDateTime } from '../../components/format';
import { actionLabel, changes } from './audit-text';

export const AuditRowFragment = graphql(`
  fragment AuditRow_event on AuditEvent {
    id
    at
    action
    entityType
    entityId
    kommuneCode
    userName
    userEmail
    before
    after
  }
`);

export function AuditTable({ events, caption }: { events: AuditRow_EventFragment[]; caption: string }) {
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact table--zebra audit-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Hændelse</th>
            <th scope="col">Kommune</th>
            <th scope="col">Bruger</th>
            <th scope="col">Ændringer</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const diff = changes(event.before, event.after);
            return (
              <tr key={event.id}>
                <td>{formatDateTime(event.at)}</td>
                <td>{actionLabel(event.action, event.entityType)}</td>
                <td>{event.kommuneCode ? String(event.kommuneCode).padStart(3, '0') : '–'}</td>
                <td>{event.userName ?? event.userEmail ?? 'Systemet'}</td>
                <td>
                  {diff.length === 0 ? (
                    '–'
                  ) : (
                    <ul className="plain-list">
                      {diff.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
