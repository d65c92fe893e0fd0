import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { rootFieldAliases } from './root-aliases.js';

/**
 * List-aware cost of an operation, checked before anything runs: every field counts once per object it
 * is resolved on, and a list field multiplies what is selected under it by the list's expected length
 * (98 kommuner, a drejebog's ~30 steps, a page's `limit`). The result approximates the number of fields
 * the server resolves, which is what keeps the event loop busy.
 *
 * graphql-armor's own cost limit does not know list lengths (only `first`/`last` arguments), so
 * `kommuner { checklist { step { … } } }` cost it the same as one kommune.
 */

/** Expected length of list fields, by `Type.field`. */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.kommuner': 98,
  'Query.legacySystems': 20,
  'Query.drejebogVersions': 10,
  'Query.users': 100,
  'Kommune.checklist': 30,
  'Kommune.contacts': 5,
  'Kommune.opsigelser': 3,
  'Drejebog.steps': 30,
  'DrejebogPublishPreview.retiredSteps': 30,
  'Dashboard.stepProgress': 30,
  'Dashboard.notTerminated': 98,
  'Dashboard.terminationsOverTime': 100,
  'LegacySystem.lastMovers': 30,
  'LegacySystem.alternatives': 5,
  // Bølger: a handful of waves that share the 98 kommuner between them, each with its phase windows.
  'Query.waves': 8,
  'Dashboard.waves': 8,
  'Wave.kommuner': 15,
  'Wave.windows': 6,
  'Drejebog.gates': 10,
  'Kommune.gates': 10,
  'Gate.prerequisites': 5,
  'Gate.prerequisiteCodes': 5,
  'EmailPreview.to': 5,
  // Hvem er bagud?: the kommuner red at once (expected: well under a third of them), and the few unfinished
  // steps that colour one kommune (overdue or due within 14 days).
  'Dashboard.redKommuner': 30,
  'Kommune.behind': 10,
};

/** A list field not in LIST_SIZES (a new one) counts as this long until it is added there. */
export const DEFAULT_LIST_SIZE = 50;

/** List fields whose length is the `limit` argument of the field they are under (a page). */
const PAGE_ITEMS: ReadonlySet<string> = new Set(['AuditEventPage.items']);

/**
 * The page size a field with a `limit` argument asks for: the number written in the query (capped at the
 * field's maximum), its default when left out, and the maximum when it is a variable (validation runs
 * before variables are known, and a validated document is reused with any variables).
 */
function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNode, max: number | undefined): number | null {
  const arg = field.args.find((a) => a.name === 'limit');
  if (!arg) return null;
  const value = node.arguments?.find((a) => a.name.value === 'limit')?.value;
  const worst = max ?? DEFAULT_LIST_SIZE;
  if (!value) return typeof arg.defaultValue === 'number' ? Math.min(arg.defaultValue, worst) : worst;
  if (value.kind === Kind.INT) return Math.max(0, Math.min(Number.parseInt(value.value, 10), worst));
  return worst;
}

export interface CostOptions {
  /** The largest `limit` a paged field accepts, by `Type.field` (assumed for a variable `limit`). */
  maxPageSize?: Readonly<Record<string, number>>;
}

/** The cost of one operation (see the comment at the top of this file). */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  getFragment: (name: string) => { typeCondition: { name: { value: string } }; selectionSet: SelectionSetNode } | null | undefined,
  options: CostOptions = {},
): number {
  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  // A fragment costs the same wherever it is spread (for the same page size): computed once, so a
  // document that spreads each fragment twice into the next costs linear time to price, not 2^n.
  const fragmentCosts = new Map<string, number>();

  const walk = (set: SelectionSetNode, type: GraphQLNamedType, page: number | null, fragments: ReadonlySet<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        // Introspection is off in production and answered from memory; __typename (which Apollo Client
        // adds to every selection) is a constant answered without a resolver.
        if (name.startsWith('__')) continue;
        if (!isObjectType(type) && !isInterfaceType(type)) continue;
        const field = (type as GraphQLObjectType).getFields()[name];
        if (!field) continue;
        const key = `${type.name}.${name}`;
        let size = 1;
        if (isListType(getNullableType(field.type))) {
          size = PAGE_ITEMS.has(key) ? (page ?? DEFAULT_LIST_SIZE) : (LIST_SIZES[key] ?? DEFAULT_LIST_SIZE);
        }
        const childPage = pageSize(field, selection, options.maxPageSize?.[key]) ?? page;
        const inner = selection.selectionSet ? walk(selection.selectionSet, getNamedType(field.type), childPage, fragments) : 0;
        cost += size * (1 + inner);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        cost += walk(selection.selectionSet, condition ?? type, page, fragments);
      } else {
        const name = selection.name.value;
        // A cycle is refused by graphql-js' own rule; here it must only not recurse forever.
        if (fragments.has(name)) continue;
        const memo = `${name}|${page}`;
        let fragmentCost = fragmentCosts.get(memo);
        if (fragmentCost === undefined) {
          const fragment = getFragment(name);
          if (!fragment) continue;
          const condition = schema.getType(fragment.typeCondition.name.value) ?? type;
          fragmentCost = walk(fragment.selectionSet, condition, page, new Set([...fragments, name]));
          fragmentCosts.set(memo, fragmentCost);
        }
        cost += fragmentCost;
      }
    }
    return cost;
  };
  return walk(operation.selectionSet, root, null, new Set());
}

/** Root fields that are not lists but read as much as one: a page, the aggregates over every kommune. */
const HEAVY_ROOT_FIELDS: ReadonlySet<string> = new Set(['auditEvents', 'dashboard']);

/** Root fields that read many rows: each may be selected under a bounded number of aliases per operation. */
export function isListRootField(schema: GraphQLSchema, name: string): boolean {
  const field = schema.getQueryType()?.getFields()[name];
  return !!field && (HEAVY_ROOT_FIELDS.has(name) || isListType(getNullableType(field.type)));
}

export interface CostLimitOptions extends CostOptions {
  maxCost: number;
  /** How many response keys (aliases) one list root field may have in one operation. */
  maxListRootAliases: number;
}

/** The validation rule: refuses an operation above `maxCost`, or one that repeats a list root field under aliases. */
export function costLimitRule({ maxCost, maxListRootAliases, ...options }: CostLimitOptions) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      if (operation.operation === 'query') {
        const keys = rootFieldAliases(context, operation.selectionSet, (name) => isListRootField(schema, name));
        for (const [name, aliases] of keys) {
          if (aliases.size > maxListRootAliases) {
            context.reportError(
              new GraphQLError(`Feltet "${name}" må højst vælges ${maxListRootAliases} gang(e) pr. forespørgsel (aliases).`, {
                nodes: [operation],
                extensions: { limit: 'listRootAliases' },
              }),
            );
            return false;
          }
        }
      }
      const cost = operationCost(schema, operation, (name) => context.getFragment(name), options);
      if (cost > maxCost) {
        context.reportError(
          new GraphQLError(`Forespørgslen er for stor: cost ${cost}, højst ${maxCost}. Bed om færre felter eller færre rækker.`, {
            nodes: [operation],
            extensions: { limit: 'cost', cost, maxCost },
          }),
        );
      }
      return false;
    },
  });
}
