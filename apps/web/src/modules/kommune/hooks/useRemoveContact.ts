import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const RemoveContact = graphql(`
  mutation RemoveContact($id: ID!) {
    removeContact(id: $id)
  }
`);

/**
 * Removing a contact changes nothing else the page shows, so the answer (true) is enough: the contact leaves
 * the cache, and the lists that held it drop the dangling reference when they are read.
 */
export function useRemoveContact() {
  return useMutation(RemoveContact, {
    update(cache, { data }, { variables }) {
      if (data?.removeContact && variables) cache.evict({ id: cache.identify({ __typename: 'Contact', id: variables.id }) });
    },
  });
}
