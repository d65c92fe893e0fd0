import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from './schema.js';

// Writes the SDL to apps/api/schema.graphql (committed): the web app's codegen reads it,
// and CI fails when it drifts from the code.
const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const schema = await buildAppSchema();
await writeFile(target, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log('Wrote apps/api/schema.graphql');
