import type { DataSource } from 'typeorm';
import { DUE_SOON_DAYS, StepStatus, StepType, TrafficLight } from '@udfasning/domain';

// Aggregates over kommuner's checklists, computed in PostgreSQL.

export interface KommuneSummaryRow {
  code: number;
  done: number;
  started: number;
  notStarted: number;
  notApplicable: number;
  total: number;
  trafficLight: TrafficLight;
}

/**
 * Progress and traffic light per kommune, counting only the steps of the current drejebog.
 * RED: a critical-path step is past its deadline and neither done nor not applicable.
 * YELLOW: any unfinished step is past its deadline or due within DUE_SOON_DAYS days.
 */
export async function kommuneSummaries(db: DataSource, codes: number[], today: string): Promise<KommuneSummaryRow[]> {
  return db.query(
    `SELECT ci.kommune_code AS code,
            count(*) FILTER (WHERE ci.status = $3)::int AS done,
            count(*) FILTER (WHERE ci.status = $4)::int AS started,
            count(*) FILTER (WHERE ci.status = $5)::int AS "notStarted",
            count(*) FILTER (WHERE ci.status = $6)::int AS "notApplicable",
            count(*)::int AS total,
            CASE
              WHEN bool_or(s.type = $7 AND s.deadline < $2::date AND ci.status NOT IN ($3, $6)) THEN $8
              WHEN bool_or(s.deadline <= $2::date + $11::int AND ci.status NOT IN ($3, $6)) THEN $9
              ELSE $10
            END AS "trafficLight"
       FROM checklist_item ci
       JOIN drejebog_step s ON s.step_id = ci.step_id
       JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
      WHERE ci.kommune_code = ANY($1::smallint[])
      GROUP BY ci.kommune_code`,
    [
      codes,
      today,
      StepStatus.DONE,
      StepStatus.STARTED,
      StepStatus.NOT_STARTED,
      StepStatus.NOT_APPLICABLE,
      StepType.MANDATORY_CRITICAL_PATH,
      TrafficLight.RED,
      TrafficLight.YELLOW,
      TrafficLight.GREEN,
      DUE_SOON_DAYS,
    ],
  );
}
