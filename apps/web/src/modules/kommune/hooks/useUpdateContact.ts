import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

// The answer is the contact as stored; the cache merges it by id into every list that shows it.
export const UpdateContact = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      ...ContactsPanel_contact
    }
  }
`);

export function useUpdateContact() {
  return useMutation(UpdateContact);
}
