import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, print, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import * as generated from '../../apps/web/src/__generated__/graphql.js';
import { operationLimits } from '../../apps/api/src/graphql/limits.js';
import { buildAppSchema } from '../../apps/api/src/server/schema.js';

// The operation limits must never refuse what the web app itself sends: every document the
// web app's codegen emits is validated with the production rules, as Apollo Client sends it
// (with __typename added to every selection).

const documents = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] =>
    entry[0].endsWith('Document') && (entry[1] as DocumentNode)?.kind === Kind.DOCUMENT,
);

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

describe("the web app's operations", () => {
  it('are found', () => {
    expect(documents.length).toBeGreaterThan(10);
  });

  it.each(documents)('%s passes the production limits', (_name, written) => {
    const document = addTypenameToDocument(written);
    const { validationRules } = operationLimits(true);
    expect(validate(schema, document, validationRules).map((e) => e.message)).toEqual([]);
    expect(() => parse(print(document), operationLimits(true).parseOptions)).not.toThrow();
  });
});
