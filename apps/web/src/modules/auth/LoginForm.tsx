import { useId, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { errorCode, errorMessage } from '../../apollo/errors';
import { sessionState } from '../../apollo/session';
import { CurrentUserQuery, LoginMutation, type CurrentUser } from './current-user';

function loginError(error: unknown): string {
  if (errorCode(error) === 'BAD_USER_INPUT') return 'Udfyld både e-mail og adgangskode.';
  return errorMessage(error, 'LOGIN');
}

/** The login form, used by /login and by the in-place login when a session expires. */
export function LoginForm({ onLoggedIn, initialEmail = '' }: { onLoggedIn: (user: CurrentUser) => void; initialEmail?: string }) {
  const id = useId();
  const client = useApolloClient();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LoginMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await login({ variables: { email: email.trim(), password } }).catch(() => null);
    if (!result?.data?.login) return;
    // The new session's user, read with the new cookie (the login answer itself is only the id).
    const me = await client.query({ query: CurrentUserQuery, fetchPolicy: 'network-only' }).catch(() => null);
    const user = me?.data?.me;
    if (!user) return;
    sessionState.markRenewed();
    onLoggedIn(user);
  }

  return (
    <form onSubmit={submit} noValidate className="login-form">
      {error && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{loginError(error)}</p>
        </div>
      )}
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-email`}>
          E-mail
        </label>
        <input
          className="form-input"
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-password`}>
          Adgangskode
        </label>
        <input
          className="form-input"
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          // In the expired-session dialog the e-mail is known: start at the password.
          autoFocus={initialEmail !== ''}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={loading}>
        {loading ? 'Logger ind…' : 'Log ind'}
      </button>
    </form>
  );
}
