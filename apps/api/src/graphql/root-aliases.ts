import { Kind, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * The response keys (aliases, or the field's own name) under which an operation selects each root field that
 * `counted` accepts, through inline fragments and named fragments (each named fragment once: the keys it adds are
 * the same wherever it is spread). Shared by the validation rules that limit how often a root field may appear.
 */
export function rootFieldAliases(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  counted: (fieldName: string) => boolean,
): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const collect = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (!counted(s.name.value)) continue;
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
  collect(selectionSet);
  return keys;
}
