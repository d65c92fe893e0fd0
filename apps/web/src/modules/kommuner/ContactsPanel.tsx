import { graphql } from '../../__generated__';
import type { ContactsPanel_KommuneFragment } from '../../__generated__/graphql';

export const ContactsPanelFragment = graphql(`
  fragment ContactsPanel_kommune on Kommune {
    code
    contacts {
      id
      name
      email
      phone
    }
  }
`);

export function ContactsPanel({ kommune }: { kommune: ContactsPanel_KommuneFragment }) {
  return (
    <section aria-labelledby="kontakt-heading">
      <h2 id="kontakt-heading">Udfasnings-kontaktpersoner</h2>
      {kommune.contacts.length === 0 ? (
        <p>Kommunen har ikke oplyst en kontaktperson.</p>
      ) : (
        <ul className="contacts">
          {kommune.contacts.map((contact) => (
            <li key={contact.id}>
              {contact.name} – <a href={`mailto:${contact.email}`}>{contact.email}</a>
              {contact.phone ? `, tlf. ${contact.phone}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
