import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

// Answered like a recording (OpsigelseAnswer_opsigelse, beside useRecordOpsigelse): the kommune without the
// opsigelse, the steps it had completed reopened.
export const WithdrawOpsigelse = graphql(`
  mutation WithdrawOpsigelse($id: ID!) {
    withdrawOpsigelseWithKommune(id: $id) {
      ...OpsigelseAnswer_opsigelse
    }
  }
`);

export function useWithdrawOpsigelse() {
  return useMutation(WithdrawOpsigelse);
}
