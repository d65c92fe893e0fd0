import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../apps/web/codegen.js';

// The web app's typed operations are generated from the committed schema and the documents
// beside the components, and committed. Regenerating them must change nothing, like schema.graphql
// (`npm run codegen:check` is the same check against git, run by CI before the build).

const web = fileURLToPath(new URL('../../apps/web/', import.meta.url));
const generatedDir = path.join(web, 'src/__generated__');

describe('generated client code matches the schema and the documents', () => {
  it('apps/web/src/__generated__ is what codegen writes', async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: web, silent: true }, false);
    const generated = Object.fromEntries(outputs.map((o) => [path.relative(generatedDir, path.resolve(web, o.filename)), o.content]));
    const committed: Record<string, string> = {};
    for (const file of await readdir(generatedDir)) committed[file] = await readFile(path.join(generatedDir, file), 'utf8');
    expect(committed, 'run `npm run codegen --workspace @udfasning/web` and commit apps/web/src/__generated__').toEqual(generated);
  });
});
