import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

// What the client preset's babel plugin does, for Vite: every `graphql(`…`)` call becomes an import of
// just that one generated document, so a page's chunk carries its own operations and the first load
// does not carry the map of all of them (see the note at the top of src/__generated__/gql.ts).

const PREFIX = 'virtual:graphql-document/';
const CALL = /graphql\(\s*`([\s\S]*?)`\s*\)/g;
const IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*['"][./]*__generated__(?:\/index)?['"];?\n?/;

const normalise = (source: string) => source.replace(/\s+/g, ' ').trim();

export function graphqlDocuments(generatedDir: string): Plugin {
  let byName = new Map<string, string>();
  let bySource = new Map<string, string>();

  function load() {
    const gql = readFileSync(path.join(generatedDir, 'gql.ts'), 'utf8');
    const graphql = readFileSync(path.join(generatedDir, 'graphql.ts'), 'utf8');
    bySource = new Map();
    for (const [, key, name] of gql.matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof types\.(\w+),$/gm)) {
      bySource.set(normalise(JSON.parse(key!) as string), name!);
    }
    byName = new Map();
    for (const [, name, json] of graphql.matchAll(/^export const (\w+) = (\{.*\}) as unknown as /gm)) byName.set(name!, json!);
  }

  return {
    name: 'graphql-documents',
    enforce: 'pre',
    buildStart: load,
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const json = byName.get(id.slice(PREFIX.length + 1));
      if (!json) throw new Error(`no generated document ${id}; run codegen`);
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('__generated__') || !code.includes('graphql(`')) return null;
      const imports: string[] = [];
      const out = code.replace(CALL, (_match, source: string) => {
        const name = bySource.get(normalise(source));
        if (!name) throw new Error(`${id}: a graphql() document is not in the generated code; run codegen`);
        imports.push(`import __doc_${name} from '${PREFIX}${name}';`);
        return `__doc_${name}`;
      });
      return { code: `${imports.join('\n')}\n${out.replace(IMPORT, '')}`, map: null };
    },
  };
}
