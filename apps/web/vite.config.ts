import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './graphql-documents-plugin.ts';

// dkfds only exports its JS entry, so its stylesheets, fonts and icons are reached through an
// alias to the package's dist folder; the CSS url()s then resolve relative to it and Vite bundles them.
const dkfdsDist = path.resolve(path.dirname(createRequire(import.meta.url).resolve('dkfds')), '..');

/**
 * Preloads the font files every page renders with, so text is laid out once in its final font instead of
 * re-flowing (and moving what the user is about to click) when the font arrives after the first render.
 */
function preloadFonts(names: RegExp): Plugin {
  return {
    name: 'udfasning:preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((file) => names.test(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `/${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head' as const,
          })),
    },
  };
}

export default defineConfig({
  plugins: [
    graphqlDocuments(path.resolve(import.meta.dirname, 'src/__generated__')),
    react(),
    preloadFonts(/IBMPlexSans-(Regular|SemiBold)-[\w-]+\.woff2$/),
  ],
  resolve: {
    alias: { 'dkfds-dist': dkfdsDist },
  },
  server: {
    // The API (npm run dev starts it at its PORT); ws: live updates (subscriptions) share the path; /export serves the file downloads.
    proxy: {
      '/graphql': { target: process.env.UDFASNING_API_URL ?? 'http://127.0.0.1:4000', ws: true },
      '/export': process.env.UDFASNING_API_URL ?? 'http://127.0.0.1:4000',
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // The first load of /login and / is budgeted (200 kB gzipped JS); charts load with their route.
    chunkSizeWarningLimit: 600,
  },
});
