// npm run dev: the API on the embedded database, restarted when its code changes, and Vite's dev
// server with hot reload in front of it. tsc compiles (tsx cannot emit decorator metadata, which
// type-graphql and TypeORM read), node --watch restarts the API on every emit, and the schema and
// the web app's typed operations are regenerated when the code they come from changes.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, watch } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const web = path.join(root, 'apps/web');
const schemaFile = path.join(root, 'apps/api/schema.graphql');
const children = new Set();

function run(label, command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`[dev] ${label} failed`);
    return false;
  }
  return true;
}

function start(label, command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  children.add(child);
  const prefix = (stream, out) => {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) {
        out.write(`[${label}] ${line}\n`);
        options.onLine?.(line);
      }
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) console.error(`[dev] ${label} stopped (${signal ?? code}); stopping the rest`);
    stop();
  });
  return child;
}

function debounce(fn, ms) {
  let timer;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

const codegen = () => run('codegen', bin('graphql-codegen'), ['--config', 'codegen.ts', '--silent'], { cwd: web });
let schema = readFileSync(schemaFile, 'utf8');
function emitSchema() {
  if (!run('schema', process.execPath, ['apps/api/dist/server/emit-schema.js'], { stdio: 'ignore' })) return;
  const next = readFileSync(schemaFile, 'utf8');
  if (next !== schema) {
    schema = next;
    console.log('[dev] the schema changed: regenerating the typed operations');
    codegen();
  }
}

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  const wait = setInterval(() => {
    if (children.size === 0) {
      clearInterval(wait);
      process.exit(0);
    }
  }, 100);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// First a complete build of the API, so node has something to run.
if (!run('tsc', bin('tsc'), ['-b', 'apps/api'])) process.exit(1);
emitSchema();
codegen();

start('tsc', bin('tsc'), ['-b', 'apps/api', '--watch', '--preserveWatchOutput'], {
  // After each successful incremental build: write the schema again, and codegen if it changed.
  onLine: (line) => {
    if (/Found 0 errors\. Watching for file changes/.test(line)) emitSchema();
  },
});
start('api', process.execPath, ['--watch', 'apps/api/dist/main.js']);
// Vite proxies /graphql to wherever the API listens (PORT and HOST, also from .env).
const { loadConfig } = await import('../apps/api/dist/config.js');
const { HOST, PORT } = loadConfig();
const apiUrl = `http://${HOST === '0.0.0.0' ? '127.0.0.1' : HOST}:${PORT}`;
start('web', bin('vite'), ['--clearScreen', 'false'], { cwd: web, env: { ...process.env, UDFASNING_API_URL: apiUrl } });

// The documents live beside the components: regenerate their types when a source file changes.
const regenerate = debounce(codegen, 300);
watch(path.join(web, 'src'), { recursive: true }, (_event, file) => {
  if (!file || file.startsWith('__generated__') || !/\.tsx?$/.test(file)) return;
  let source = '';
  try {
    source = readFileSync(path.join(web, 'src', file), 'utf8');
  } catch {
    // deleted: its documents are gone
  }
  if (source === '' || source.includes('graphql(')) regenerate();
});
