import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { buildAppSchema } from '../../apps/api/src/server/schema.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Every operation except `login` needs a session. The rule sits on the root fields (Query, Mutation,
// Subscription) and nowhere else: every other field is reached only through an authorized root, and a
// rule on it would only run the auth checker once per resolved field. This walks the built schema, so a
// root field added later without @Authorized fails here, and then asks the running server.

/** The only operations open to anonymous requests. */
const PUBLIC = new Set(['Mutation.login']);

let schema: GraphQLSchema;
let app: TestApp;
beforeAll(async () => {
  schema = await buildAppSchema();
  app = await startTestApp();
});
afterAll(() => app?.close());

type RootKind = 'Query' | 'Mutation' | 'Subscription';

function rootFields(kind: RootKind): GraphQLField<unknown, unknown>[] {
  const type = { Query: schema.getQueryType(), Mutation: schema.getMutationType(), Subscription: schema.getSubscriptionType() }[kind];
  return Object.values(type?.getFields() ?? {});
}

/** The @Authorized roles type-graphql resolved for an operation; undefined when it has none. */
function rolesOf(kind: RootKind, name: string): string[] | undefined {
  const storage = getMetadataStorage();
  const list = { Query: storage.queries, Mutation: storage.mutations, Subscription: storage.subscriptions }[kind];
  const found = list.filter((def) => def.schemaName === name);
  expect(found, `${kind}.${name} has no resolver metadata`).toHaveLength(1);
  return found[0].roles as string[] | undefined;
}

describe('every operation carries an authorization rule', () => {
  it('finds the operations it walks', () => {
    expect(rootFields('Query').length).toBeGreaterThan(5);
    expect(rootFields('Mutation').map((f) => f.name)).toEqual(expect.arrayContaining(['login', 'logout', 'createUser']));
    expect(rootFields('Subscription').map((f) => f.name)).toEqual(expect.arrayContaining(['kommuneChanged', 'userChanged']));
  });

  it.each(['Query', 'Mutation', 'Subscription'] as const)('%s: each field has @Authorized unless it is public', (kind) => {
    const missing = rootFields(kind)
      .filter((field) => !PUBLIC.has(`${kind}.${field.name}`))
      .filter((field) => rolesOf(kind, field.name) === undefined)
      .map((field) => `${kind}.${field.name}`);
    expect(missing).toEqual([]);
  });

  it('keeps the public list exact: public operations really have no rule', () => {
    for (const entry of PUBLIC) {
      const [kind, name] = entry.split('.') as [RootKind, string];
      expect(rolesOf(kind, name), entry).toBeUndefined();
    }
  });

  it('puts no rule below the root fields (no auth check per resolved field)', () => {
    const storage = getMetadataStorage();
    const ruled = [
      ...storage.fieldResolvers.filter((def) => def.roles !== undefined).map((def) => `${def.getObjectType?.()?.name ?? '?'}.${def.methodName}`),
      ...storage.fields.filter((def) => def.roles !== undefined).map((def) => `${def.target.name}.${def.name}`),
    ];
    expect(ruled).toEqual([]);
  });
});

/** A syntactically valid value for a required argument, so the request reaches authorization. */
function sampleValue(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0].value ?? inner.getValues()[0].name;
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'Int':
      case 'Float':
        return 101;
      case 'Boolean':
        return false;
      case 'Date':
        return '2024-01-01';
      case 'DateTime':
        return '2024-01-01T00:00:00.000Z';
      default:
        return '00000000-0000-4000-8000-000000000000';
    }
  }
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sampleValue(f.type)]),
    );
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operationFor(kind: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const variables = Object.fromEntries(required.map((a) => [a.name, sampleValue(a.type)]));
  const declarations = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const keyword = kind === 'Query' ? 'query' : 'mutation';
  const query = `${keyword}${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables };
}

describe('the running server refuses anonymous requests', () => {
  it.each(['Query', 'Mutation'] as const)('every %s field but the public ones answers UNAUTHENTICATED', async (kind) => {
    const anonymous = new GraphQLClient(app.url);
    const answers: Record<string, string | undefined> = {};
    for (const field of rootFields(kind)) {
      if (PUBLIC.has(`${kind}.${field.name}`)) continue;
      const { query, variables } = operationFor(kind, field);
      answers[field.name] = await anonymous.errorCode(query, variables);
    }
    expect(Object.keys(answers).length).toBeGreaterThan(0);
    const expected = Object.fromEntries(Object.keys(answers).map((name) => [name, 'UNAUTHENTICATED']));
    expect(answers).toEqual(expected);
  });
});
