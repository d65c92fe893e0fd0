import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditServer } from 'graphql-http';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const webBuilt = existsSync(fileURLToPath(new URL('../../apps/web/dist/index.html', import.meta.url)));

describe('one process serves the whole product', () => {
  it.runIf(webBuilt)('serves the web app at / and for client-side routes', async () => {
    for (const route of ['/', '/kommuner/101', '/systemer']) {
      const response = await fetch(`${app.url}${route}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<html lang="da">');
    }
  });

  it.runIf(webBuilt)('sends the built JavaScript gzipped and cacheable for good', async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    const entry = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    // node's fetch decompresses transparently, so ask with a plain HTTP request.
    const { request } = await import('node:http');
    const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
      request(`${app.url}${entry}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        res.resume();
        resolve(res.headers);
      })
        .on('error', reject)
        .end();
    });
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['cache-control']).toContain('immutable');
  });

  it('answers /healthz with 200 while the database answers', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('refuses a GET mutation-less request without a CSRF-safe header', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });
});

describe('GraphQL over HTTP conformance (graphql-http audit)', () => {
  it('passes every MUST', async () => {
    const results = await auditServer({ url: `${app.url}/graphql`, fetchFn: fetch });
    const failedMusts = results.filter((r) => r.status === 'error' || (r.status === 'warn' && r.name.startsWith('MUST')));
    expect(failedMusts.map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
  });
});
