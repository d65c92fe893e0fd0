import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { roleLabel } from '@udfasning/domain';
import { useSessionExpired } from '../apollo/session';
import { confirmLeaving } from '../components/unsaved-changes';
import { useLiveStatus } from '../apollo/live';
import { formatTime } from '../components/format';
import { LoginForm } from '../modules/auth/LoginForm';
import { LogoutMutation, useCurrentUser } from '../modules/auth/current-user';

/** A quiet marker of the live connection; says so when what is shown may be older than it looks. */
function LiveMarker() {
  const status = useLiveStatus();
  return (
    <span role="status" className={`live-marker live-marker--${status.kind}`}>
      {status.kind === 'live' && 'Live'}
      {status.kind === 'down' && `Forbindelsen er afbrudt – viser tal fra kl. ${formatTime(status.since)}`}
    </span>
  );
}

/**
 * Login in place when the session ended. Esc closes it (the page stays, with a banner to log in again);
 * after logging in, focus returns to the control the user was using.
 */
function SessionExpiredDialog({ email, onClose }: { email: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) requestAnimationFrame(() => opener.focus());
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal session-dialog"
      aria-labelledby="session-expired-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="session-expired-title">Din session er udløbet</h2>
      <p>
        Du er blevet logget ud. Det, du har skrevet, er ikke gemt, men det står der stadig. Log ind igen, og gem
        derefter en gang til.
      </p>
      <LoginForm initialEmail={email} onLoggedIn={() => ref.current?.close()} />
    </dialog>
  );
}

export function Layout() {
  const user = useCurrentUser();
  const expired = useSessionExpired();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const [logout] = useMutation(LogoutMutation);
  const [dialogClosed, setDialogClosed] = useState(false);
  if (!expired && dialogClosed) setDialogClosed(false);

  // Move focus to the new page's content after client-side navigation, as a page load would.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  async function logOut() {
    if (!confirmLeaving()) return;
    await logout().catch(() => undefined);
    await client.clearStore();
    navigate('/login', { replace: true });
  }

  const links: { to: string; label: string; end?: boolean }[] = [
    { to: '/', label: 'Overblik', end: true },
    { to: '/kommuner', label: 'Kommuner' },
    { to: '/boelger', label: 'Bølger' },
    { to: '/systemer', label: 'Systemer' },
    { to: '/drejebog', label: 'Drejebog' },
    ...(user.role === 'ADMIN' ? [{ to: '/brugere', label: 'Brugere' }, { to: '/indlaes', label: 'Indlæs regneark' }, { to: '/udsendelser', label: 'Udsendelser' }] : []),
    { to: '/log', label: 'Log' },
  ];

  return (
    <>
      <a className="skipnav" href="#main-content">
        Gå til sidens indhold
      </a>
      <header className="header app-header">
        <div className="container app-header-inner">
          <div className="app-brand">
            <NavLink to="/" className="app-title">
              Udfasning
            </NavLink>
            <span className="app-subtitle">KMD Sag og U:KFS · KOMBIT</span>
          </div>
          <div className="app-user">
            <LiveMarker />
            <span>
              <strong>{user.name}</strong>
              <br />
              <span className="app-user-role">
                {roleLabel[user.role]}
                {user.kommune ? `, ${user.kommune.officialName}` : ''}
              </span>
            </span>
            <NavLink to="/konto" className="app-account-link">
              Min konto
            </NavLink>{' '}
            <button type="button" className="button button-secondary button-small" onClick={() => void logOut()}>
              Log ud
            </button>
          </div>
        </div>
        <nav className="app-nav" aria-label="Hovedmenu">
          <div className="container">
          <ul className="app-nav-list no-max-width">
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end}>
                  {link.label}
                </NavLink>
              </li>
            ))}
            {user.role === 'KOMMUNE_CONTACT' && user.kommune && (
              <li>
                <NavLink to={`/kommuner/${user.kommune.code}`}>Min tjekliste</NavLink>
              </li>
            )}
          </ul>
          </div>
        </nav>
      </header>
      <main id="main-content" ref={mainRef} tabIndex={-1} className="container app-main">
        {expired && dialogClosed && (
          <div className="alert alert-warning" role="status">
            <p className="alert-text">
              Du er logget ud. Det, du har skrevet, står der stadig.{' '}
              <button type="button" className="button button-secondary button-small" onClick={() => setDialogClosed(false)}>
                Log ind igen
              </button>
            </p>
          </div>
        )}
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="container">
          Udfasning af KMD Sag og kritiske forudsætningssystemer · KOMBIT og landets 98 kommuner
        </div>
      </footer>
      {expired && !dialogClosed && <SessionExpiredDialog email={user.email} onClose={() => setDialogClosed(true)} />}
    </>
  );
}
