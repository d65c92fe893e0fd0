import { useId, useState, type FormEvent } from 'react';
import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { MutationError } from '../../components/MutationError';
import { ErrorAlert, Loading } from '../../components/status';
import { TableScroll } from '../../components/TableScroll';

// KOMBIT's list of roles a kommune's contact person can have (the rollegalleri), and which of them
// receive the weekly status mail.

const ContactRolesAdminQuery = graphql(`
  query ContactRolesAdminQuery {
    contactRoles {
      name
      sortOrder
      receivesStatusMail
    }
  }
`);

const AddContactRole = graphql(`
  mutation AddContactRole($name: String!) {
    addContactRole(name: $name) {
      name
      sortOrder
      receivesStatusMail
    }
  }
`);

const SetContactRoleStatusMail = graphql(`
  mutation SetContactRoleStatusMail($name: String!, $receivesStatusMail: Boolean!) {
    setContactRoleStatusMail(name: $name, receivesStatusMail: $receivesStatusMail) {
      name
      receivesStatusMail
    }
  }
`);

const RemoveContactRole = graphql(`
  mutation RemoveContactRole($name: String!) {
    removeContactRole(name: $name)
  }
`);

export function ContactRolesAdmin() {
  const id = useId();
  const { data, loading, error, refetch } = useQuery(ContactRolesAdminQuery);
  const [name, setName] = useState('');
  const [add, added] = useMutation(AddContactRole, {
    // A new role goes last (the server gives it the next place in the list).
    update(cache, { data }) {
      const role = data?.addContactRole;
      if (!role) return;
      cache.modify({
        fields: {
          contactRoles(existing: readonly Reference[], { toReference }) {
            const ref = toReference(role);
            return ref && !existing.some((r) => r.__ref === ref.__ref) ? [...existing, ref] : existing;
          },
        },
      });
    },
  });
  const [setMail, mail] = useMutation(SetContactRoleStatusMail);
  const [remove, removed] = useMutation(RemoveContactRole, {
    // Nothing else moves: the role leaves the cache and the lists drop it (see ContactRole's key in apollo/client.ts).
    update(cache, { data }, { variables }) {
      if (data?.removeContactRole && variables) cache.evict({ id: cache.identify({ __typename: 'ContactRole', name: variables.name }) });
    },
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await add({ variables: { name: name.trim() } }).catch(() => null);
    if (ok) setName('');
  }
  return (
    <section aria-labelledby="kontaktroller">
      <h2 id="kontaktroller">Kontaktroller</h2>
      <p>
        Rollerne en kommunes kontaktperson kan have (rollegalleriet). Den ugentlige statusmail går til kontaktpersoner med de roller,
        der er markeret.
      </p>
      {loading && !data && <Loading what="rollerne" />}
      {error && <ErrorAlert error={error} retry={() => void refetch()} />}
      <MutationError error={mail.error} prefix="Ikke gemt" />
      <MutationError error={removed.error} prefix="Ikke fjernet" describe={(e) => (e instanceof Error ? e.message : String(e))} />
      {data && (
        <TableScroll label="Kontaktroller">
          <table className="table table--compact contact-roles">
            <caption className="sr-only">Kontaktroller</caption>
            <thead>
              <tr>
                <th scope="col">Rolle</th>
                <th scope="col">Modtager statusmail</th>
                <th scope="col">
                  <span className="sr-only">Handling</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.contactRoles.map((role, index) => (
                <tr key={role.name}>
                  <th scope="row">{role.name}</th>
                  <td>
                    {/* The design system draws the box from the label; its words are for screen readers only. */}
                    <div className="form-group-checkbox">
                      <input
                        type="checkbox"
                        className="form-checkbox"
                        id={`${id}-mail-${index}`}
                        checked={role.receivesStatusMail}
                        onChange={(e) =>
                          void setMail({ variables: { name: role.name, receivesStatusMail: e.target.checked } }).catch(() => undefined)
                        }
                      />
                      <label htmlFor={`${id}-mail-${index}`}>
                        <span className="sr-only">{role.name} modtager den ugentlige statusmail</span>
                      </label>
                    </div>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-tertiary button-small"
                      onClick={() => {
                        if (window.confirm(`Fjern rollen ${role.name}?`)) void remove({ variables: { name: role.name } }).catch(() => undefined);
                      }}
                    >
                      Fjern {role.name}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <form onSubmit={submit} className="inline-form">
        <MutationError error={added.error} prefix="Ikke tilføjet" />
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-role`}>
            Ny rolle
          </label>
          <input className="form-input" id={`${id}-role`} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" className="button button-secondary" disabled={added.loading}>
          Tilføj rolle
        </button>
      </form>
    </section>
  );
}
