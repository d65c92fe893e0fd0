import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { operationCost } from './cost.js';
import { MAX_PAGE_SIZES } from './limits.js';
import { buildAppSchema } from '../server/schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

function cost(query: string): number {
  const document = parse(query);
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationCost(schema, operation, (name) => fragments.get(name), { maxPageSize: MAX_PAGE_SIZES });
}

describe('operationCost', () => {
  it('multiplies what is under a list by its expected length', () => {
    expect(cost('{ kommune(code: 101) { code } }')).toBe(2);
    expect(cost('{ kommuner { code } }')).toBe(98 * 2);
    expect(cost('{ kommuner { checklist { id } } }')).toBe(98 * (1 + 30 * 2));
  });

  it('counts a page at the limit written in the query, and a variable limit at the largest page', () => {
    const items = (limit: string) => cost(`query($n: Int!) { auditEvents(limit: ${limit}) { items { id action } } }`);
    expect(items('10')).toBe(1 + 10 * 3);
    expect(items('200')).toBe(1 + 200 * 3);
    expect(items('$n')).toBe(items('200'));
    // Asking for more than the largest page is refused by the resolver; it costs no more than the largest.
    expect(items('100000')).toBe(items('200'));
  });

  it('expands fragments and survives a fragment cycle (refused by another rule)', () => {
    expect(cost('{ kommuner { ...K } } fragment K on Kommune { code }')).toBe(cost('{ kommuner { code } }'));
    expect(() => cost('{ kommuner { ...A } } fragment A on Kommune { ...B } fragment B on Kommune { ...A }')).not.toThrow();
  });
});

describe('a fragment that doubles at every level', () => {
  it('is priced once per fragment, not once per path (2^60 paths)', () => {
    const levels = 60;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Kommune { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const query = `{ kommune(code: 101) { ...F0 } } ${fragments} fragment F${levels} on Kommune { code }`;
    // Spreads of one fragment merge into one field at execution; counting each path is an upper bound.
    expect(cost(query)).toBeGreaterThan(2 ** 50);
  });
});
