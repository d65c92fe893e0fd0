import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// graphql ships both CJS and ESM builds; type-graphql uses the CJS one, so the server code under
// test must too, or schema types from two graphql instances fail `instanceof` checks.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');
const serverResolve = { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] };

// One run covers unit tests beside the code, API integration tests against real PostgreSQL,
// the web app's component tests and the browser tests (see tests/README.md).
export default defineConfig({
  test: {
    // Runs once per run, before any project: one PostgreSQL with a template database that the api and
    // e2e projects clone (`inject('templateUrl')` reads what it provides to every project).
    globalSetup: ['tests/support/global-setup.ts'],
    projects: [
      {
        resolve: serverResolve,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/api/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: serverResolve,
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
      {
        resolve: serverResolve,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser and one server at a time: the machine is small and the flow is sequential.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
