import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/status';
import { RequireAuth } from '../modules/auth/RequireAuth';
import { LoginPage } from '../modules/auth/LoginPage';
import { Layout } from './Layout';
import { NotFoundPage, RouteErrorBoundary } from './RouteError';

// Declarative routes (no data router) keep the first load small; every page but /login is its
// own chunk, loaded when its URL is visited.
const OverblikPage = lazy(() => import('../modules/dashboard/OverblikPage').then((m) => ({ default: m.OverblikPage })));
const KommunerPage = lazy(() => import('../modules/kommune/KommunerPage').then((m) => ({ default: m.KommunerPage })));
const KommunePage = lazy(() => import('../modules/kommune/KommunePage').then((m) => ({ default: m.KommunePage })));
const SystemerPage = lazy(() => import('../modules/legacy-system/SystemerPage').then((m) => ({ default: m.SystemerPage })));
const SystemPage = lazy(() => import('../modules/legacy-system/SystemPage').then((m) => ({ default: m.SystemPage })));
const DrejebogPage = lazy(() => import('../modules/drejebog/DrejebogPage').then((m) => ({ default: m.DrejebogPage })));
const BrugerePage = lazy(() => import('../modules/auth/BrugerePage').then((m) => ({ default: m.BrugerePage })));
const KontoPage = lazy(() => import('../modules/auth/KontoPage').then((m) => ({ default: m.KontoPage })));
const ImportPage = lazy(() => import('../modules/import/ImportPage').then((m) => ({ default: m.ImportPage })));
const BoelgerPage = lazy(() => import('../modules/wave/BoelgerPage').then((m) => ({ default: m.BoelgerPage })));
const UdsendelserPage = lazy(() => import('../modules/status-mail/UdsendelserPage').then((m) => ({ default: m.UdsendelserPage })));
const LogPage = lazy(() => import('../modules/audit/LogPage').then((m) => ({ default: m.LogPage })));

function Page({ children }: { children: ReactNode }) {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<Loading what="siden" />}>{children}</Suspense>
    </RouteErrorBoundary>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <Layout />
          </RequireAuth>
        }
      >
        <Route index element={<Page><OverblikPage /></Page>} />
        <Route path="kommuner" element={<Page><KommunerPage /></Page>} />
        <Route path="kommuner/:code" element={<Page><KommunePage /></Page>} />
        <Route path="systemer" element={<Page><SystemerPage /></Page>} />
        <Route path="systemer/:id" element={<Page><SystemPage /></Page>} />
        <Route path="drejebog" element={<Page><DrejebogPage /></Page>} />
        <Route path="boelger" element={<Page><BoelgerPage /></Page>} />
        <Route path="brugere" element={<Page><BrugerePage /></Page>} />
        <Route path="indlaes" element={<Page><ImportPage /></Page>} />
        <Route path="log" element={<Page><LogPage /></Page>} />
        <Route path="konto" element={<Page><KontoPage /></Page>} />
        <Route path="udsendelser" element={<Page><UdsendelserPage /></Page>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
