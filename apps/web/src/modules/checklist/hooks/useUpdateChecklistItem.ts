import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { ChecklistRow_ItemFragment, UpdateChecklistItemInput } from '../../../__generated__/graphql';
import { errorCode, errorExtensions } from '../../../apollo/errors';
import { FIELDS, type Field, type SavedItem } from '../checklist-save';

// The answer carries what the kommune page redraws: the item, and the kommune's status (traffic light and
// why, progress, gates; Kommune is normalised by its code), so nothing is fetched again after a save.
export const UpdateChecklistItem = graphql(`
  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {
    updateChecklistItem(input: $input) {
      ...ChecklistRow_item
      kommune {
        ...KommuneStatus_kommune
      }
    }
  }
`);

export type SaveOutcome =
  | { kind: 'saved'; item: ChecklistRow_ItemFragment }
  /** Someone changed the same fields first: the item as stored (from the error), and which fields. */
  | { kind: 'conflict'; current: SavedItem; fields: Field[] }
  | { kind: 'error'; error: unknown };

export function useUpdateChecklistItem(): (input: UpdateChecklistItemInput) => Promise<SaveOutcome> {
  const client = useApolloClient();
  const [mutate] = useMutation(UpdateChecklistItem);
  return useCallback(
    async (input) => {
      try {
        const result = await mutate({ variables: { input } });
        const item = result.data?.updateChecklistItem;
        if (!item) return { kind: 'error', error: result.error ?? new Error('no answer') };
        return { kind: 'saved', item };
      } catch (error) {
        const current = errorExtensions(error).current as SavedItem | undefined;
        if (errorCode(error) !== 'CONFLICT' || !current) return { kind: 'error', error };
        const named = errorExtensions(error).fields;
        const fields = Array.isArray(named) ? FIELDS.filter((f) => named.includes(f)) : [...FIELDS];
        // The page shows what is stored now, from the error itself.
        client.cache.modify({
          id: client.cache.identify({ __typename: 'ChecklistItem', id: input.id }),
          fields: {
            status: () => current.status,
            note: () => current.note,
            responsible: () => current.responsible,
            version: () => current.version,
            updatedAt: () => current.updatedAt ?? null,
            updatedByName: () => current.updatedByName ?? null,
          },
        });
        return { kind: 'conflict', current, fields };
      }
    },
    [client, mutate],
  );
}
