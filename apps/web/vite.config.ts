import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './graphql-documents-plugin.ts';

// dkfds only exports its JS entry, so its stylesheets, fonts and icons are reached through an
// alias to the package's dist folder; the CSS url()s then resolve relative to it and Vite bundles them.
const dkfdsDist = path.resolve(path.dirname(createRequire(import.meta.url).resolve('dkfds')), '..');

export default defineConfig({
  plugins: [graphqlDocuments(path.resolve(import.meta.dirname, 'src/__generated__')), react()],
  resolve: {
    alias: { 'dkfds-dist': dkfdsDist },
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000' },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // The first load of /login and / is budgeted (200 kB gzipped JS); charts load with their route.
    chunkSizeWarningLimit: 600,
  },
});
