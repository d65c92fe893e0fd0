import type { EntityManager } from 'typeorm';
import { StepStatus } from '@udfasning/domain';

export interface AnswerCountsRow {
  carriedOver: number;
  retired: number;
  retiredWithWork: number;
  kommuner: number;
}

/** Answers on the kept and the retired steps, and how many kommuner get a new step. */
export async function answerCounts(tx: EntityManager, keptIds: string[], retiredIds: string[]): Promise<AnswerCountsRow> {
  const [row] = await tx.query(
    `SELECT count(*) FILTER (WHERE step_id = ANY($1::uuid[]))::int AS "carriedOver",
            count(*) FILTER (WHERE step_id = ANY($2::uuid[]))::int AS retired,
            count(*) FILTER (WHERE step_id = ANY($2::uuid[]) AND status <> $3)::int AS "retiredWithWork",
            (SELECT count(*) FROM kommune)::int AS kommuner
       FROM checklist_item
      WHERE step_id = ANY($1::uuid[]) OR step_id = ANY($2::uuid[])`,
    [keptIds, retiredIds, StepStatus.NOT_STARTED],
  );
  return row;
}
