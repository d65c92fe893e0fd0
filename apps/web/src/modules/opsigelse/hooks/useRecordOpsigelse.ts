import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

// The answer carries the kommune as the opsigelse left it: its opsigelser, the steps that ask for the
// opsigelse (completed by it) and its status. Kommune is normalised by its code and the items by id, so the
// page redraws from the answer.
export const RecordOpsigelse = graphql(`
  mutation RecordOpsigelse($input: RecordOpsigelseInput!) {
    recordOpsigelse(input: $input) {
      id
      kommune {
        ...OpsigelserPanel_kommune
        ...KommuneStatus_kommune
        checklist {
          ...ChecklistRow_item
        }
      }
    }
  }
`);

export function useRecordOpsigelse() {
  return useMutation(RecordOpsigelse);
}
