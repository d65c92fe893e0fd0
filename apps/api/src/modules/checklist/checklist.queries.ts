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
 * The traffic light (also in README.md, "Traffic light"):
 * RED: a MANDATORY_CRITICAL_PATH step is past its deadline and neither DONE nor NOT_APPLICABLE.
 * YELLOW: otherwise, any step that is not finished is past its deadline or due within DUE_SOON_DAYS days.
 * GREEN: otherwise.
 * $1: kommune codes, or null for all kommuner; $2: today in Denmark.
 */
export const SUMMARY_SQL = `
  SELECT ci.kommune_code AS code,
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
   WHERE $1::smallint[] IS NULL OR ci.kommune_code = ANY($1::smallint[])
   GROUP BY ci.kommune_code`;

export function summaryParams(codes: number[] | null, today: string) {
  return [
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
  ];
}

export async function kommuneSummaries(db: DataSource, codes: number[], today: string): Promise<KommuneSummaryRow[]> {
  return db.query(SUMMARY_SQL, summaryParams(codes, today));
}

export interface TrafficLightCountsRow {
  red: number;
  yellow: number;
  green: number;
}

/**
 * How many kommuner show each colour today (a kommune without steps counts as green), as a statement
 * the dashboard combines with others.
 */
export function trafficLightCountsStatement(today: string): { sql: string; params: unknown[] } {
  return {
    sql: `SELECT count(*) FILTER (WHERE t."trafficLight" = $8)::int AS red,
                 count(*) FILTER (WHERE t."trafficLight" = $9)::int AS yellow,
                 count(*) FILTER (WHERE t."trafficLight" IS NULL OR t."trafficLight" = $10)::int AS green
            FROM kommune k LEFT JOIN (${SUMMARY_SQL}) t ON t.code = k.code`,
    params: summaryParams(null, today),
  };
}

export interface BehindStepRow {
  code: number;
  itemId: string;
  number: number;
  title: string;
  deadline: string;
  status: StepStatus;
  trafficLight: TrafficLight;
}

/**
 * The unfinished steps of the current drejebog that colour a kommune red or yellow today (the rule above,
 * step by step): RED for a critical-path step past its deadline, YELLOW for any other step past or within
 * DUE_SOON_DAYS of its deadline. Red first, then by deadline. $1: kommune codes or null for all.
 */
export async function behindSteps(db: DataSource, codes: number[] | null, today: string): Promise<BehindStepRow[]> {
  return db.query(
    `SELECT ci.kommune_code AS code, ci.id AS "itemId", s.number, s.title, to_char(s.deadline, 'YYYY-MM-DD') AS deadline,
            ci.status,
            CASE WHEN s.type = $3 AND s.deadline < $2::date THEN $4 ELSE $5 END AS "trafficLight"
       FROM checklist_item ci
       JOIN drejebog_step s ON s.step_id = ci.step_id
       JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
      WHERE ($1::smallint[] IS NULL OR ci.kommune_code = ANY($1::smallint[]))
        AND ci.status NOT IN ($6, $7)
        AND s.deadline <= $2::date + $8::int
      ORDER BY ci.kommune_code, (s.type = $3 AND s.deadline < $2::date) DESC, s.deadline, s.number`,
    [
      codes,
      today,
      StepType.MANDATORY_CRITICAL_PATH,
      TrafficLight.RED,
      TrafficLight.YELLOW,
      StepStatus.DONE,
      StepStatus.NOT_APPLICABLE,
      DUE_SOON_DAYS,
    ],
  );
}

/** Codes of the kommuner that are red today. */
export async function redKommuneCodes(db: Pick<DataSource, 'query'>, today: string): Promise<number[]> {
  const rows: { code: number }[] = await db.query(
    `SELECT t.code FROM (${SUMMARY_SQL}) t WHERE t."trafficLight" = $8`,
    summaryParams(null, today),
  );
  return rows.map((r) => r.code);
}
