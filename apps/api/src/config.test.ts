import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, withEnvFile } from './config.js';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', DATA_DIR: './.data' });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', ADMIN_PASSWORD: 'short' })).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*ADMIN_PASSWORD/,
    );
  });

  it('treats empty values as unset', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '' });
    expect(config.PORT).toBe(4000);
    expect(config.DATABASE_URL).toBeUndefined();
  });
});

describe('security settings', () => {
  it('defaults PUBLIC_URL to this server on loopback and accepts only http(s) URLs', () => {
    expect(loadConfig({}).PUBLIC_URL).toBe('http://127.0.0.1:4000');
    expect(loadConfig({ PORT: '8080' }).PUBLIC_URL).toBe('http://127.0.0.1:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://udfasning.kombit.dk/' }).PUBLIC_URL).toBe('https://udfasning.kombit.dk');
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://udfasning.kombit.dk' })).toThrow(/PUBLIC_URL/);
  });

  it('gives a generous request budget by default, 0 to turn it off, nothing negative', () => {
    expect(loadConfig({}).REQUEST_BUDGET_PER_MINUTE).toBe(600);
    expect(loadConfig({ REQUEST_BUDGET_PER_MINUTE: '0' }).REQUEST_BUDGET_PER_MINUTE).toBe(0);
    expect(() => loadConfig({ REQUEST_BUDGET_PER_MINUTE: '-1' })).toThrow(/REQUEST_BUDGET_PER_MINUTE/);
  });
});

describe('withEnvFile', () => {
  it('adds the variables of a .env file that the environment does not set', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'udfasning-env-'));
    try {
      const file = path.join(dir, '.env');
      writeFileSync(file, '# comment\nPORT=4100\nLOG_LEVEL=debug\nDATABASE_URL=\nADMIN_EMAIL="kombit@kombit.dk"\n');
      const config = loadConfig(withEnvFile(file, { LOG_LEVEL: 'warn' }));
      expect(config).toMatchObject({ PORT: 4100, LOG_LEVEL: 'warn', ADMIN_EMAIL: 'kombit@kombit.dk' });
      expect(config.DATABASE_URL).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('leaves the environment alone when there is no .env file', () => {
    const env = { PORT: '4200' };
    expect(withEnvFile(path.join(tmpdir(), 'udfasning-no-such-dir', '.env'), env)).toBe(env);
  });
});
