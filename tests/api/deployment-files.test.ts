import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What ships with the repository for running it elsewhere: no administrator or database password of
// its own, ports for this machine only, and local secrets kept out of the image.

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('docker-compose.yml', () => {
  const compose = read('docker-compose.yml');
  const lines = compose.split('\n').filter((l) => !l.trim().startsWith('#'));

  it('refuses to start without the administrator and database passwords (no defaults written here)', () => {
    const env = (name: string) => lines.filter((l) => new RegExp(`^\\s+${name}:`).test(l));
    expect(env('ADMIN_PASSWORD')).toEqual([expect.stringMatching(/\$\{ADMIN_PASSWORD:\?[^}]+\}\s*$/)]);
    expect(env('ADMIN_EMAIL')).toEqual([expect.stringMatching(/\$\{ADMIN_EMAIL:\?[^}]+\}\s*$/)]);
    expect(env('POSTGRES_PASSWORD')).toEqual([expect.stringMatching(/\$\{POSTGRES_PASSWORD:\?[^}]+\}\s*$/)]);
    expect(env('DATABASE_URL')).toEqual([expect.stringMatching(/postgres:\/\/udfasning:\$\{POSTGRES_PASSWORD:\?[^}]+\}@/)]);
    // No fallback value for any secret.
    expect(compose).not.toMatch(/PASSWORD:-/);
  });

  it('publishes the app on this machine only', () => {
    const ports = lines.filter((l) => /^\s+- "?[^"]*:\d+:\d+"?\s*$/.test(l) || /^\s+- "?\d+:\d+"?\s*$/.test(l));
    expect(ports.length).toBeGreaterThan(0);
    for (const port of ports) expect(port).toMatch(/- "(\$\{APP_BIND:-127\.0\.0\.1\}|127\.0\.0\.1):\d+:\d+"/);
  });
});

describe('the Docker image', () => {
  it('leaves .env files out of the build context (but keeps the example)', () => {
    const ignore = read('.dockerignore').split('\n').map((l) => l.trim());
    expect(ignore).toContain('.env');
    expect(ignore).toContain('.env.*');
    expect(ignore).toContain('!.env.example');
  });
});

describe('committed files', () => {
  it('set no password: compose, Dockerfile, env example, CI and docs name passwords but never give one', () => {
    const files = spawnSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
      .stdout.split('\n')
      .filter((f) => f && !/\.(ts|tsx|mjs|js|graphql|csv)$/.test(f) && f !== 'package-lock.json' && !f.startsWith('tests/'));
    expect(files).toEqual(expect.arrayContaining(['docker-compose.yml', 'Dockerfile', '.env.example', 'README.md']));
    // NAME_PASSWORD: value / NAME_PASSWORD=value / "password": "value" (a ${…} or $(…) reference is not a value).
    const assignment = /password[a-z_]*["']?\s*[:=]\s*["']?[A-Za-z0-9][^\s"'<>…]{3,}/i;
    const found = files.flatMap((file) =>
      read(file)
        .split('\n')
        .filter((line) => assignment.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
