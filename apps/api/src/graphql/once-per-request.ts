import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Refuses an operation that selects one of `fields` (root fields of a mutation) more than once, under
 * aliases or through fragments, before anything runs. For `login`: one request is one guess.
 */
export function oncePerRequestRule(fields: readonly string[]) {
  const limited = new Set(fields);
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return false;
      const keys = new Map<string, Set<string>>();
      // Each fragment once: the response keys it adds are the same wherever it is spread.
      const seen = new Set<string>();
      const collect = (set: SelectionSetNode) => {
        for (const s of set.selections) {
          if (s.kind === Kind.FIELD) {
            if (!limited.has(s.name.value)) continue;
            const aliases = keys.get(s.name.value) ?? new Set<string>();
            aliases.add(s.alias?.value ?? s.name.value);
            keys.set(s.name.value, aliases);
          } else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet);
          else if (!seen.has(s.name.value)) {
            seen.add(s.name.value);
            const fragment = context.getFragment(s.name.value);
            if (fragment) collect(fragment.selectionSet);
          }
        }
      };
      collect(operation.selectionSet);
      for (const [name, aliases] of keys) {
        if (aliases.size > 1) {
          context.reportError(
            new GraphQLError(`Kun ét "${name}" pr. forespørgsel.`, { nodes: [operation], extensions: { limit: 'oncePerRequest' } }),
          );
        }
      }
      return false;
    },
  });
}
