import { useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/status';
import { homeFor, safeNext } from './current-user';
import { LoginForm } from './LoginForm';

export function LoginPage() {
  usePageTitle('Log ind');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  return (
    <>
      <header className="header app-header">
        <div className="container app-header-inner">
          <div className="app-brand">
            <span className="app-title">Udfasning</span>
            <span className="app-subtitle">KMD Sag og U:KFS · KOMBIT</span>
          </div>
        </div>
      </header>
      <main id="main-content" className="login-page">
        <h1>Log ind</h1>
        <p>Log ind for at følge udfasningen af KMD Sag og de kritiske forudsætningssystemer (U:KFS).</p>
        {next && <p className="form-hint">Du skal logge ind for at se siden.</p>}
        <LoginForm onLoggedIn={(user) => navigate(next ?? homeFor(user), { replace: true })} />
      </main>
    </>
  );
}
