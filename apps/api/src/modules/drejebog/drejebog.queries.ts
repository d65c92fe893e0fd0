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

/**
 * Kommuner that a draft would make red today while they are not red now: a critical-path step the draft
 * keeps (with the draft's type and deadline) that is past its deadline and not finished, or a new
 * critical-path step already past its deadline (every kommune starts it Ikke påbegyndt).
 * `criticalKept`: kept step ids whose draft type is critical, with the draft's deadlines.
 */
export async function kommunerTurningRed(
  tx: EntityManager,
  criticalKept: { id: string; deadline: string }[],
  newCriticalOverdue: boolean,
  redNow: number[],
  today: string,
): Promise<number> {
  const [row] = await tx.query(
    `SELECT count(*)::int AS n
       FROM kommune k
      WHERE NOT (k.code = ANY($4::smallint[]))
        AND ($5::boolean OR EXISTS (
              SELECT 1 FROM checklist_item ci
                JOIN unnest($1::uuid[], $2::date[]) AS d(step_id, deadline) ON d.step_id = ci.step_id
               WHERE ci.kommune_code = k.code AND d.deadline < $3::date AND ci.status NOT IN ($6, $7)))`,
    [
      criticalKept.map((s) => s.id),
      criticalKept.map((s) => s.deadline),
      today,
      redNow,
      newCriticalOverdue,
      StepStatus.DONE,
      StepStatus.NOT_APPLICABLE,
    ],
  );
  return row.n;
}
