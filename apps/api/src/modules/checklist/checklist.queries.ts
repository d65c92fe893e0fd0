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
 * The deadline a kommune's step is measured against (the step's frist). Every rule below reads it from here,
 * so the traffic light, the kommune page and the status mail change together when it changes.
 */
const STEP_DEADLINE = 's.deadline';
/** Placeholders of a statement's parameters that the rules below read. */
interface RuleParams {
  today: string;
  done: string;
  notApplicable: string;
  dueSoonDays: string;
}
const SUMMARY_RULE_PARAMS: RuleParams = { today: '$2', done: '$3', notApplicable: '$6', dueSoonDays: '$11' };
/** An unfinished step (neither DONE nor NOT_APPLICABLE) past its deadline. */
const overdue = (p: RuleParams) => `${STEP_DEADLINE} < ${p.today}::date AND ci.status NOT IN (${p.done}, ${p.notApplicable})`;
/** An unfinished step past its deadline or due within DUE_SOON_DAYS days. */
const dueOrOverdue = (p: RuleParams) =>
  `${STEP_DEADLINE} <= ${p.today}::date + ${p.dueSoonDays}::int AND ci.status NOT IN (${p.done}, ${p.notApplicable})`;

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
           WHEN bool_or(s.type = $7 AND ${overdue(SUMMARY_RULE_PARAMS)}) THEN $8
           WHEN bool_or(${dueOrOverdue(SUMMARY_RULE_PARAMS)}) THEN $9
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

export interface AttentionStepRow {
  code: number;
  number: number;
  title: string;
  type: StepType;
  status: StepStatus;
  deadline: string;
  /** Past its deadline (else due within DUE_SOON_DAYS days). */
  overdue: boolean;
  /** Overdue on the critical path: what makes the kommune red. */
  critical: boolean;
}

/**
 * Per kommune, the unfinished steps of the current drejebog that are overdue or due soon, by the same rules
 * as the traffic light (SUMMARY_SQL), in deadline order; `codes` null for all kommuner.
 */
export async function attentionSteps(db: DataSource, codes: number[] | null, today: string): Promise<AttentionStepRow[]> {
  const p: RuleParams = { today: '$2', done: '$3', notApplicable: '$4', dueSoonDays: '$6' };
  return db.query(
    `SELECT ci.kommune_code AS code, s.number, s.title, s.type, ci.status,
            to_char(${STEP_DEADLINE}, 'YYYY-MM-DD') AS deadline,
            (${overdue(p)}) AS overdue,
            (s.type = $5 AND ${overdue(p)}) AS critical
       FROM checklist_item ci
       JOIN drejebog_step s ON s.step_id = ci.step_id
       JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
      WHERE ($1::smallint[] IS NULL OR ci.kommune_code = ANY($1::smallint[]))
        AND ${dueOrOverdue(p)}
      ORDER BY ci.kommune_code, ${STEP_DEADLINE}, s.number`,
    [codes, today, StepStatus.DONE, StepStatus.NOT_APPLICABLE, StepType.MANDATORY_CRITICAL_PATH, DUE_SOON_DAYS],
  );
}
