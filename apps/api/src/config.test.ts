import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

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
