import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import { rootFieldAliases } from './root-aliases.js';

/**
 * Refuses an operation that selects one of `fields` (root fields of a mutation) more than once, under
 * aliases or through fragments, before anything runs. For `login`: one request is one guess.
 */
export function oncePerRequestRule(fields: readonly string[]) {
  const limited = new Set(fields);
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return false;
      const keys = rootFieldAliases(context, operation.selectionSet, (name) => limited.has(name));
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
