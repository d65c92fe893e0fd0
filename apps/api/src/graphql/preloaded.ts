import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage, type AuthCheckerFn } from 'type-graphql';

/**
 * Values a statement already loaded together with an object (a listed kommune's progress, traffic light
 * and opsigelser; a kommune page's checklist and contacts), answered synchronously.
 *
 * A field resolver goes through type-graphql's middleware chain, its @Authorized check included, which is
 * several promises per field even when the value is at hand: on the 98-kommune list, ~300 such fields were
 * a large share of the request. For a preloaded value the wrapper below runs the same authChecker with the
 * same roles as the field's @Authorized, synchronously, and answers the value; anything else (no preloaded
 * value, an asynchronous or refusing checker) goes the ordinary way. Authorization is unchanged: every field
 * resolver is still checked, by the one authChecker, with its own roles.
 */
const preloaded = new WeakMap<object, Record<string, unknown>>();

/** Answers `values` (by field name) for `root` in this request; `root` must be a fresh object per request. */
export function preload<T extends object>(root: T, values: Record<string, unknown>): T {
  preloaded.set(root, values);
  return root;
}

/** Installs the fast path on every field resolver that has an @Authorized rule. */
export function answerPreloadedFields<Context extends object, Role>(
  schema: GraphQLSchema,
  authChecker: AuthCheckerFn<Context, Role>,
): GraphQLSchema {
  const storage = getMetadataStorage();
  const typeNameOf = new Map<Function, string>(storage.objectTypes.map((o) => [o.target, o.name]));
  const rolesByField = new Map<string, Role[]>();
  for (const def of storage.fieldResolvers) {
    const typeName = def.getObjectType ? typeNameOf.get(def.getObjectType()) : undefined;
    if (typeName && def.roles) rolesByField.set(`${typeName}.${def.schemaName}`, def.roles as Role[]);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const roles = rolesByField.get(`${type.name}.${field.name}`);
      if (!roles) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) => {
        const values = root !== null && typeof root === 'object' ? preloaded.get(root) : undefined;
        if (values !== undefined && field.name in values) {
          // Throws UNAUTHENTICATED / FORBIDDEN like the middleware would; anything but a plain `true`
          // leaves the decision to the ordinary path.
          const allowed = authChecker({ root, args, context: context as Context, info }, roles);
          if (allowed === true) return values[field.name];
          if (allowed instanceof Promise) allowed.catch(() => undefined);
        }
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}
