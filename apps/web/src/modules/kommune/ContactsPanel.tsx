import { NAME_MAX } from '@udfasning/domain';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__';
import type { ContactsPanel_KommuneFragment } from '../../__generated__/graphql';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { MutationError } from '../../components/MutationError';
import { mailtoHref } from '../../components/mailto';
import { useAddContact } from './hooks/useAddContact';
import { useRemoveContact } from './hooks/useRemoveContact';
import { useUpdateContact } from './hooks/useUpdateContact';

export const ContactFragment = graphql(`
  fragment ContactsPanel_contact on Contact {
    id
    name
    email
    phone
    role
    receivesStatus
  }
`);

export const ContactsPanelFragment = graphql(`
  fragment ContactsPanel_kommune on Kommune {
    code
    name
    officialName
    contacts {
      ...ContactsPanel_contact
    }
  }
`);

type ContactForm = { name: string; email: string; phone: string; role: string; receivesStatus: boolean };

const EMPTY_CONTACT: ContactForm = { name: '', email: '', phone: '', role: '', receivesStatus: true };

/** What the API takes for a contact: trimmed, with an empty phone or role sent as none. */
function contactInput(form: ContactForm) {
  return {
    name: form.name.trim(),
    email: form.email.trim(),
    phone: form.phone.trim() || null,
    role: form.role || null,
    receivesStatus: form.receivesStatus,
  };
}

/** Name, e-mail, phone and role of a contact person; `of` names the contact being edited in each label. */
function ContactFields({
  idPrefix,
  values,
  onChange,
  of,
  roles,
}: {
  idPrefix: string;
  values: ContactForm;
  onChange: (next: ContactForm) => void;
  of?: string;
  roles: readonly string[];
}) {
  const forWhom = of ? ` for ${of}` : '';
  // A role no longer on KOMBIT's list stays selectable for the contact that has it.
  const choices = values.role && !roles.includes(values.role) ? [...roles, values.role] : roles;
  return (
    <>
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}-name`}>
          Navn{forWhom}
        </label>
        <input className="form-input" id={`${idPrefix}-name`} required maxLength={NAME_MAX} value={values.name} onChange={(e) => onChange({ ...values, name: e.target.value })} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}-email`}>
          E-mail{forWhom}
        </label>
        <input className="form-input" id={`${idPrefix}-email`} type="email" required value={values.email} onChange={(e) => onChange({ ...values, email: e.target.value })} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}-phone`}>
          Telefon{forWhom} (valgfri)
        </label>
        <input className="form-input" id={`${idPrefix}-phone`} type="tel" value={values.phone} onChange={(e) => onChange({ ...values, phone: e.target.value })} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}-role`}>
          Rolle{forWhom}
        </label>
        <select className="form-select" id={`${idPrefix}-role`} value={values.role} onChange={(e) => onChange({ ...values, role: e.target.value })}>
          <option value="">Ingen rolle angivet</option>
          {choices.map((role) => (
            <option key={role}>{role}</option>
          ))}
        </select>
      </div>
      <div className="form-group form-group-checkbox">
        <input
          className="form-checkbox"
          id={`${idPrefix}-status`}
          type="checkbox"
          checked={values.receivesStatus}
          onChange={(e) => onChange({ ...values, receivesStatus: e.target.checked })}
        />
        <label htmlFor={`${idPrefix}-status`}>Modtager ugentlig statusmail{forWhom}</label>
      </div>
    </>
  );
}

function AddContactForm({ kommuneCode, roles }: { kommuneCode: number; roles: readonly string[] }) {
  const id = useId();
  const [form, setForm] = useState<ContactForm>(EMPTY_CONTACT);
  useUnsavedChanges(form.name.trim() !== '' || form.email.trim() !== '' || form.phone.trim() !== '');
  const [add, { loading, error }] = useAddContact();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await add({
      variables: { input: { kommuneCode, ...contactInput(form) } },
    }).catch(() => null);
    if (ok) setForm(EMPTY_CONTACT);
  }
  return (
    <form onSubmit={submit} className="inline-form">
      <h3>Tilføj kontaktperson</h3>
      <MutationError error={error} prefix="Ikke tilføjet" />
      <ContactFields idPrefix={id} values={form} onChange={setForm} roles={roles} />
      <button type="submit" className="button button-secondary" disabled={loading}>
        Tilføj kontaktperson
      </button>
    </form>
  );
}

type ContactValues = { id: string; name: string; email: string; phone: string | null; role: string | null; receivesStatus: boolean };

/**
 * Edits a contact person in place. The answer updates the cached contact, so the list shows the
 * new name at once; the form stays open to say it was saved.
 */
function EditContact({ contact, roles }: { contact: ContactValues; roles: readonly string[] }) {
  const id = useId();
  const [form, setForm] = useState<ContactForm>({
    name: contact.name,
    email: contact.email,
    phone: contact.phone ?? '',
    role: contact.role ?? '',
    receivesStatus: contact.receivesStatus,
  });
  useUnsavedChanges(
    form.name !== contact.name ||
      form.email !== contact.email ||
      form.phone !== (contact.phone ?? '') ||
      form.receivesStatus !== contact.receivesStatus,
  );
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { loading, error }] = useUpdateContact();
  function change(next: ContactForm) {
    setForm(next);
    setSaved(null);
  }
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const result = await update({
      variables: { input: { id: contact.id, ...contactInput(form) } },
    }).catch(() => null);
    if (result?.data) setSaved(`${result.data.updateContact.name} er gemt.`);
  }
  return (
    <details className="details contact-edit">
      <summary className="details-summary">Ret {contact.name}</summary>
      <form className="details-text" onSubmit={submit}>
        <MutationError error={error} prefix="Ikke gemt" />
        <ContactFields idPrefix={id} values={form} onChange={change} of={contact.name} roles={roles} />
        <button type="submit" className="button button-secondary button-small" disabled={loading}>
          Gem kontaktperson
        </button>{' '}
        <span aria-live="polite">{saved ?? ''}</span>
      </form>
    </details>
  );
}

/** `roles` is KOMBIT's list of contact roles, for the forms (needed only when editable). */
export function ContactsPanel({ kommune, editable, roles = [] }: { kommune: ContactsPanel_KommuneFragment; editable: boolean; roles?: readonly string[] }) {
  const [remove, { error }] = useRemoveContact();
  return (
    <section aria-labelledby="kontakt-heading">
      <h2 id="kontakt-heading">Kontaktpersoner i {kommune.officialName}</h2>
      <MutationError error={error} prefix="Ikke fjernet" />
      {kommune.contacts.length === 0 ? (
        <p>Kommunen har ikke oplyst en kontaktperson.</p>
      ) : (
        <ul className="contacts">
          {kommune.contacts.map((contact) => (
            <li key={contact.id}>
              {contact.name}
              {contact.role ? <span className="contact-role"> ({contact.role})</span> : null} – <a href={mailtoHref([contact.email])}>{contact.email}</a>
              {contact.phone ? `, tlf. ${contact.phone}` : ''}
              {contact.receivesStatus ? '' : ' (modtager ikke statusmail)'}{' '}
              {editable && (
                <button
                  type="button"
                  className="button button-tertiary button-small"
                  onClick={() => {
                    if (window.confirm(`Fjern ${contact.name} som kontaktperson for ${kommune.officialName}?`)) {
                      void remove({ variables: { id: contact.id } }).catch(() => undefined);
                    }
                  }}
                >
                  Fjern {contact.name}
                </button>
              )}
              {editable && <EditContact contact={contact} roles={roles} />}
            </li>
          ))}
        </ul>
      )}
      {editable && <AddContactForm kommuneCode={kommune.code} roles={roles} />}
    </section>
  );
}
