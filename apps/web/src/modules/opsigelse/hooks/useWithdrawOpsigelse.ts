import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

// The answer is the withdrawn opsigelse with its kommune as it now stands: without it, the steps it had
// completed reopened, and its status. The page redraws from that (Kommune is normalised by its code).
export const WithdrawOpsigelse = graphql(`
  mutation WithdrawOpsigelse($id: ID!) {
    withdrawOpsigelseWithKommune(id: $id) {
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

export function useWithdrawOpsigelse() {
  return useMutation(WithdrawOpsigelse);
}
