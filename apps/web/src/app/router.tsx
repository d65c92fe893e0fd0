import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from '../modules/auth/RequireAuth';
import { LoginPage } from '../modules/auth/LoginPage';
import { Layout } from './Layout';
import { NotFoundPage, RouteError } from './RouteError';

// Every route but /login loads its own chunk, so /login and / stay small on first load.
const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../modules/overblik/OverblikPage')).OverblikPage }) },
      { path: 'kommuner', lazy: async () => ({ Component: (await import('../modules/kommuner/KommunerPage')).KommunerPage }) },
      { path: 'kommuner/:code', lazy: async () => ({ Component: (await import('../modules/kommuner/KommunePage')).KommunePage }) },
      { path: 'systemer', lazy: async () => ({ Component: (await import('../modules/systemer/SystemerPage')).SystemerPage }) },
      { path: 'systemer/:id', lazy: async () => ({ Component: (await import('../modules/systemer/SystemPage')).SystemPage }) },
      { path: 'drejebog', lazy: async () => ({ Component: (await import('../modules/drejebog/DrejebogPage')).DrejebogPage }) },
      { path: 'brugere', lazy: async () => ({ Component: (await import('../modules/brugere/BrugerePage')).BrugerePage }) },
      { path: 'log', lazy: async () => ({ Component: (await import('../modules/log/LogPage')).LogPage }) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
