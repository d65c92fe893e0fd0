import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

// The answer carries the kommune's contact list with the new person in the server's order (Kommune is
// normalised by its code), so the panel redraws from it.
export const AddContact = graphql(`
  mutation AddContact($input: AddContactInput!) {
    addContact(input: $input) {
      id
      kommune {
        ...ContactsPanel_kommune
      }
    }
  }
`);

export function useAddContact() {
  return useMutation(AddContact);
}
