import { useId, useState, type FormEvent } from 'react';
import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { NAME_MAX, Role, roleLabel } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { LazyDetails } from '../../components/LazyDetails';
import { MutationError } from '../../components/MutationError';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { ErrorAlert, Loading, usePageTitle } from '../../components/status';
import { useCurrentUser } from './current-user';
import { ContactRolesAdmin } from '../kommune/ContactRolesAdmin';
import { useProgressiveList, useScrollToHash } from '../../components/progressive';
import { TableScroll } from '../../components/TableScroll';
import { KommuneOptions } from '../../components/KommuneOptions';

const UserRowFragment = graphql(`
  fragment UserRow_user on User {
    id
    name
    email
    role
    active
    kommune {
      code
      name
    }
  }
`);
void UserRowFragment;

const BrugereQuery = graphql(`
  query BrugereQuery {
    users {
      ...UserRow_user
    }
    kommuner {
      code
      name
    }
  }
`);

const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow_user
    }
  }
`);

const DeactivateUser = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      ...UserRow_user
    }
  }
`);

const ReactivateUser = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      ...UserRow_user
    }
  }
`);

const UpdateUser = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserRow_user
    }
  }
`);

const ResetUserPassword = graphql(`
  mutation ResetUserPassword($id: ID!, $newPassword: String!) {
    resetUserPassword(id: $id, newPassword: $newPassword) {
      id
    }
  }
`);

const ROLES: Role[] = [Role.KOMMUNE_CONTACT, Role.VIEWER, Role.ADMIN];

type UserRow = { id: string; name: string; email: string; role: Role; kommune: { code: number } | null };

type KommuneOption = { code: number; name: string };

/** Only a kommune contact belongs to a kommune; every other role is sent without one. */
function kommuneCodeInput(role: Role, kommuneCode: string): number | null {
  return role === Role.KOMMUNE_CONTACT && kommuneCode ? Number(kommuneCode) : null;
}

/** Role select, and the kommune select a kommune contact needs; `of` names the account being edited. */
function RoleAndKommune({
  idPrefix,
  kommuner,
  role,
  kommuneCode,
  onChange,
  of,
}: {
  idPrefix: string;
  kommuner: KommuneOption[];
  role: Role;
  kommuneCode: string;
  onChange: (next: { role: Role; kommuneCode: string }) => void;
  of?: string;
}) {
  const forWhom = of ? ` for ${of}` : '';
  return (
    <>
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}-role`}>
          Rolle{forWhom}
        </label>
        <select className="form-select" id={`${idPrefix}-role`} value={role} onChange={(e) => onChange({ role: e.target.value as Role, kommuneCode })}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabel[r]}
            </option>
          ))}
        </select>
      </div>
      {role === Role.KOMMUNE_CONTACT && (
        <div className="form-group">
          <label className="form-label" htmlFor={`${idPrefix}-kommune`}>
            Kommune{forWhom}
          </label>
          <select className="form-select" id={`${idPrefix}-kommune`} required value={kommuneCode} onChange={(e) => onChange({ role, kommuneCode: e.target.value })}>
            <option value="">Vælg kommune</option>
            <KommuneOptions kommuner={kommuner} />
          </select>
        </div>
      )}
    </>
  );
}

/** Name, e-mail, role, kommune and password of one account, behind a disclosure in its row. */
function EditUser({ user, kommuner }: { user: UserRow; kommuner: KommuneOption[] }) {
  const id = useId();
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email);
  const [role, setRole] = useState<Role>(user.role);
  const [kommuneCode, setKommuneCode] = useState(user.kommune ? String(user.kommune.code) : '');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [update, updateState] = useMutation(UpdateUser);
  const [reset, resetState] = useMutation(ResetUserPassword);
  const error = updateState.error ?? resetState.error;
  const dirty =
    name.trim() !== user.name ||
    email.trim().toLowerCase() !== user.email ||
    role !== user.role ||
    kommuneCode !== (user.kommune ? String(user.kommune.code) : '') ||
    password !== '';
  useUnsavedChanges(dirty);
  async function save(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const ok = await update({
      variables: {
        input: {
          id: user.id,
          ...(name.trim() !== user.name ? { name: name.trim() } : {}),
          ...(email.trim().toLowerCase() !== user.email ? { email: email.trim() } : {}),
          role,
          kommuneCode: kommuneCodeInput(role, kommuneCode),
        },
      },
    }).catch(() => null);
    if (ok?.data) setMessage(`Ændringerne af ${ok.data.updateUser.name} er gemt.`);
  }
  async function setNewPassword() {
    setMessage(null);
    const ok = await reset({ variables: { id: user.id, newPassword: password } }).catch(() => null);
    if (ok) {
      setPassword('');
      setMessage(`${user.name} har fået en ny adgangskode og er logget ud alle steder.`);
    }
  }
  return (
    <LazyDetails summary={`Ændr ${user.name}`}>
      {() => (
        <form className="details-text" onSubmit={save}>
          <MutationError error={error} />
          <p aria-live="polite">{message}</p>
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-name`}>
              Navn
            </label>
            <input className="form-input" id={`${id}-name`} required maxLength={NAME_MAX} value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-email`}>
              E-mail
            </label>
            <input className="form-input" id={`${id}-email`} type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <RoleAndKommune
            idPrefix={id}
            kommuner={kommuner}
            role={role}
            kommuneCode={kommuneCode}
            onChange={(next) => {
              setRole(next.role);
              setKommuneCode(next.kommuneCode);
            }}
            of={user.name}
          />
          <button type="submit" className="button button-secondary button-small" disabled={updateState.loading}>
            Gem ændringer
          </button>
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-password`}>
              Ny adgangskode til {user.name} (mindst 12 tegn)
            </label>
            <input className="form-input" id={`${id}-password`} type="password" autoComplete="new-password" minLength={12} value={password} onChange={(e) => setPassword(e.target.value)} />
          </div>
          <button type="button" className="button button-secondary button-small" disabled={resetState.loading || password.length < 12} onClick={() => void setNewPassword()}>
            Sæt ny adgangskode
          </button>
        </form>
      )}
    </LazyDetails>
  );
}

function CreateUserForm({ kommuner }: { kommuner: KommuneOption[] }) {
  const id = useId();
  const [form, setForm] = useState({ name: '', email: '', role: Role.KOMMUNE_CONTACT as Role, kommuneCode: '', password: '' });
  useUnsavedChanges(form.name.trim() !== '' || form.email.trim() !== '' || form.password !== '');
  const [done, setDone] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CreateUser, {
    // The answer is the new user: it joins the cached list in e-mail order, as the server lists users.
    update(cache, { data }) {
      const created = data?.createUser;
      if (!created) return;
      cache.modify({
        fields: {
          users(existing: readonly Reference[], { readField, toReference }) {
            const ref = toReference(created);
            if (!ref || existing.some((r) => r.__ref === ref.__ref)) return existing;
            const at = existing.findIndex((r) => (readField<string>('email', r) ?? '') > created.email);
            return at < 0 ? [...existing, ref] : [...existing.slice(0, at), ref, ...existing.slice(at)];
          },
        },
      });
    },
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const result = await create({
      variables: {
        input: {
          name: form.name.trim(),
          email: form.email.trim(),
          role: form.role,
          kommuneCode: kommuneCodeInput(form.role, form.kommuneCode),
          password: form.password,
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setDone(`${result.data.createUser.name} er oprettet.`);
      setForm({ name: '', email: '', role: form.role, kommuneCode: '', password: '' });
    }
  }
  return (
    <form onSubmit={submit} className="create-user">
      <h2>Opret bruger</h2>
      <MutationError error={error} prefix="Ikke oprettet" />
      <p aria-live="polite">{done}</p>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-name`}>
          Navn
        </label>
        <input className="form-input" id={`${id}-name`} required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-email`}>
          E-mail
        </label>
        <input className="form-input" id={`${id}-email`} type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
      </div>
      <RoleAndKommune idPrefix={id} kommuner={kommuner} role={form.role} kommuneCode={form.kommuneCode} onChange={(next) => setForm({ ...form, ...next })} />
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-password`}>
          Adgangskode (mindst 12 tegn)
        </label>
        <input className="form-input" id={`${id}-password`} type="password" autoComplete="new-password" minLength={12} required value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
      </div>
      <button type="submit" className="button button-primary" disabled={loading}>
        Opret bruger
      </button>
    </form>
  );
}

export function BrugerePage() {
  usePageTitle('Brugere');
  const me = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(BrugereQuery, { skip: me.role !== 'ADMIN' });
  const [deactivate, deactivateState] = useMutation(DeactivateUser);
  const [reactivate, reactivateState] = useMutation(ReactivateUser);
  const [blocking, setBlocking] = useState<{ id: string; name: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const shownUsers = useProgressiveList(data?.users ?? []);
  const whole = !!data && shownUsers.length === data.users.length;
  // The import page links to /brugere#kontaktroller, which is drawn below the whole list.
  useScrollToHash(whole);
  if (me.role !== 'ADMIN') {
    return (
      <>
        <h1>Brugere</h1>
        <p>Kun administratorer hos KOMBIT kan se og ændre brugere.</p>
      </>
    );
  }
  if (loading && !data) return <Loading what="brugerne" />;
  if (!data) return <ErrorAlert error={error} retry={() => void refetch()} />;
  const actionError = deactivateState.error ?? reactivateState.error;
  return (
    <>
      <h1>Brugere</h1>
      {actionError && <ErrorAlert error={actionError} />}
      <p aria-live="polite">{notice}</p>
      {blocking && (
        <ConfirmDialog
          title={`Spær ${blocking.name}?`}
          confirmLabel={`Spær ${blocking.name}`}
          onClose={() => setBlocking(null)}
          onConfirm={() => {
            const who = blocking;
            setBlocking(null);
            void deactivate({ variables: { id: who.id } })
              .then(() => setNotice(`${who.name} er spærret og logget ud alle steder.`))
              .catch(() => undefined);
          }}
        >
          <p>{blocking.name} bliver logget ud med det samme og kan ikke logge ind, før kontoen bliver genåbnet.</p>
        </ConfirmDialog>
      )}
      <TableScroll label="Brugere">
        <table className="table table--zebra table--compact">
          <caption className="sr-only">{data.users.length} brugere</caption>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">E-mail</th>
              <th scope="col">Rolle</th>
              <th scope="col">Kommune</th>
              <th scope="col">Status</th>
              <th scope="col">Handling</th>
            </tr>
          </thead>
          <tbody>
            {shownUsers.map((user) => (
              <tr key={user.id}>
                <td>{user.name}</td>
                <td>{user.email}</td>
                <td>{roleLabel[user.role]}</td>
                <td>{user.kommune?.name ?? '–'}</td>
                <td>{user.active ? 'Aktiv' : 'Spærret'}</td>
                <td>
                  {user.id !== me.id && <EditUser user={user} kommuner={data.kommuner} />}
                  {user.id !== me.id &&
                    (user.active ? (
                      <button type="button" className="button button-secondary button-small" onClick={() => setBlocking({ id: user.id, name: user.name })}>
                        Spær {user.name}
                      </button>
                    ) : (
                      <button type="button" className="button button-secondary button-small" onClick={() => void reactivate({ variables: { id: user.id } }).then(() => setNotice(`${user.name} er genåbnet.`)).catch(() => undefined)}>
                        Genåbn {user.name}
                      </button>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {/* Below the table once all its rows are there, so the rows arriving never push a form down. */}
      {whole && (
        <>
          <CreateUserForm kommuner={data.kommuner} />
          <ContactRolesAdmin />
        </>
      )}
    </>
  );
}
