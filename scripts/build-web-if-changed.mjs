// Builds the web app (codegen + vite build) only when something it is built from has changed
// since the last build, so `npm start` with nothing changed does not rebuild it. The inputs are
// hashed by content, not dated, so a checkout or a touch alone does not count as a change.
// `--force`, or removing apps/web/dist, builds anyway.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const inputs = [
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/codegen.ts',
  'apps/web/graphql-documents-plugin.ts',
  'apps/web/package.json',
  'apps/api/schema.graphql',
  'packages/domain/src',
  'package-lock.json',
];
const stampFile = path.join(root, 'node_modules/.cache/udfasning/web-build.sha256');
const builtIndex = path.join(root, 'apps/web/dist/index.html');

function files(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { recursive: true })
    .map((name) => path.join(entry, String(name)))
    .filter((name) => statSync(path.join(root, name)).isFile());
}

function inputHash() {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(files).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest('hex');
}

const force = process.argv.includes('--force');
const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
if (!force && existsSync(builtIndex) && stamp === inputHash()) {
  console.log('apps/web/dist is up to date');
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['run', 'build', '--workspace', '@udfasning/web'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
// Hashed after the build: codegen may just have rewritten src/__generated__.
mkdirSync(path.dirname(stampFile), { recursive: true });
writeFileSync(stampFile, inputHash());
