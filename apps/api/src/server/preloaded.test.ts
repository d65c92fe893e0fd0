import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { Role } from '@udfasning/domain';
import { Kommune } from '../modules/kommune/kommune.entity.js';
import type { GraphQLContext } from './context.js';
import { preload } from '../graphql/preloaded.js';
import { buildAppSchema } from './schema.js';

// A preloaded value skips type-graphql's middleware chain, not the field's @Authorized rule.

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

function resolveField(type: string, field: string, root: object, user: { role: Role } | null): unknown {
  const parentType = schema.getType(type) as GraphQLObjectType;
  const info = { parentType, fieldName: field } as unknown as GraphQLResolveInfo;
  const context = { user } as unknown as GraphQLContext;
  return parentType.getFields()[field].resolve!(root, {}, context, info);
}

const progress = { done: 1, started: 2, notStarted: 3, notApplicable: 0, total: 6 };

describe('preloaded field values', () => {
  it('are answered synchronously to a logged-in user', () => {
    const kommune = preload(Object.assign(new Kommune(), { code: 101 }), { progress });
    expect(resolveField('Kommune', 'progress', kommune, { role: Role.VIEWER })).toBe(progress);
  });

  it('still answer UNAUTHENTICATED without a session, like every other field', () => {
    const kommune = preload(Object.assign(new Kommune(), { code: 101 }), { progress });
    expect(() => resolveField('Kommune', 'progress', kommune, null)).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
  });

  it('leave fields that were not preloaded to their resolver', async () => {
    const kommune = preload(Object.assign(new Kommune(), { code: 101 }), { progress });
    // trafficLight was not preloaded: type-graphql's chain runs (asynchronously) and refuses.
    const answer = resolveField('Kommune', 'trafficLight', kommune, null);
    expect(answer).toBeInstanceOf(Promise);
    await expect(answer).rejects.toThrow();
  });
});
