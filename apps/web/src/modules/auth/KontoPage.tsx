import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { roleLabel } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import { MutationError } from '../../components/MutationError';
import { usePageTitle } from '../../components/status';
import { lowerFirst } from '../../components/format';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { useCurrentUser } from './current-user';

const ChangeOwnPassword = graphql(`
  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      id
    }
  }
`);

/** Your own account: who you are logged in as, and a new password. */
export function KontoPage() {
  usePageTitle('Min konto');
  const me = useCurrentUser();
  const id = useId();
  const [form, setForm] = useState({ current: '', next: '', repeat: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [change, { loading, error }] = useMutation(ChangeOwnPassword);
  useUnsavedChanges(form.next !== '' || form.current !== '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (form.next.length < 12) return setProblem('Den nye adgangskode skal være mindst 12 tegn.');
    if (form.next !== form.repeat) return setProblem('De to nye adgangskoder er ikke ens.');
    setProblem(null);
    const ok = await change({ variables: { currentPassword: form.current, newPassword: form.next } }).catch(() => null);
    if (ok?.data) {
      setForm({ current: '', next: '', repeat: '' });
      setDone('Din adgangskode er skiftet. Du er logget ud alle andre steder.');
    }
  }

  return (
    <>
      <h1>Min konto</h1>
      <p>
        Du er logget ind som <strong>{me.name}</strong> ({me.email}), {lowerFirst(roleLabel[me.role])}
        {me.kommune ? ` i ${me.kommune.name} Kommune` : ''}.
      </p>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>Skift adgangskode</h2>
        <MutationError error={error} prefix="Adgangskoden er ikke skiftet" />
        {problem && (
          <div className="alert alert-error" role="alert">
            <p className="alert-text">{problem}</p>
          </div>
        )}
        <p aria-live="polite">{done}</p>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-current`}>
            Nuværende adgangskode
          </label>
          <input className="form-input" id={`${id}-current`} type="password" autoComplete="current-password" required value={form.current} onChange={(e) => setForm({ ...form, current: e.target.value })} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-next`}>
            Ny adgangskode (mindst 12 tegn)
          </label>
          <input className="form-input" id={`${id}-next`} type="password" autoComplete="new-password" minLength={12} required value={form.next} onChange={(e) => setForm({ ...form, next: e.target.value })} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-repeat`}>
            Gentag den nye adgangskode
          </label>
          <input className="form-input" id={`${id}-repeat`} type="password" autoComplete="new-password" required value={form.repeat} onChange={(e) => setForm({ ...form, repeat: e.target.value })} />
        </div>
        <button type="submit" className="button button-primary" disabled={loading}>
          Skift adgangskode
        </button>
      </form>
    </>
  );
}
