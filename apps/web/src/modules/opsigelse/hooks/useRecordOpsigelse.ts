import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

// What an opsigelse's answer (recorded or withdrawn) carries for the page: the kommune as the change left it, its
// opsigelser, the steps that ask for the opsigelse (completed or reopened) and its status. Kommune is normalised
// by its code and the items by id, so the page redraws from the answer.
export const OpsigelseAnswerFragment = graphql(`
  fragment OpsigelseAnswer_opsigelse on Opsigelse {
    id
    kommune {
      ...OpsigelserPanel_kommune
      ...KommuneStatus_kommune
      checklist {
        ...ChecklistRow_item
      }
    }
  }
`);

export const RecordOpsigelse = graphql(`
  mutation RecordOpsigelse($input: RecordOpsigelseInput!) {
    recordOpsigelse(input: $input) {
      ...OpsigelseAnswer_opsigelse
    }
  }
`);

export function useRecordOpsigelse() {
  return useMutation(RecordOpsigelse);
}
