import type { DataSource } from 'typeorm';
import { DUE_SOON_DAYS, GateState, StepStatus, StepType, TrafficLight } from '@udfasning/domain';
import { effectiveDeadline, gateStatesSql } from '../wave/wave.queries.js';

const deadline = effectiveDeadline('ci', 's');

// Aggregates over kommuner's checklists, computed in PostgreSQL.

export interface KommuneSummaryRow {
  code: number;
  done: number;
  started: number;
  notStarted: number;
  notApplicable: number;
  total: number;
  trafficLight: TrafficLight;
  /** Gates of the current drejebog the kommune has MISSED today. */
  gatesMissed: number;
}

/**
 * The deadline a kommune's step is measured against: its effective frist (wave/wave.queries.ts: the step's own
 * deadline, else its phase's window in the kommune's wave); queries reading it add `deadline.join`. Every rule below reads it from here,
 * so the traffic light, the kommune page and the status mail change together when it changes.
 */
const STEP_DEADLINE = deadline.value;
/** Placeholders of a statement's parameters that the rules below read. */
interface RuleParams {
  today: string;
  done: string;
  notApplicable: string;
  dueSoonDays: string;
}
/** An unfinished step (neither DONE nor NOT_APPLICABLE) past its deadline. */
const overdue = (p: RuleParams) => `${STEP_DEADLINE} < ${p.today}::date AND ci.status NOT IN (${p.done}, ${p.notApplicable})`;
/** An unfinished step past its deadline or due within DUE_SOON_DAYS days. */
const dueOrOverdue = (p: RuleParams) =>
  `${STEP_DEADLINE} <= ${p.today}::date + ${p.dueSoonDays}::int AND ci.status NOT IN (${p.done}, ${p.notApplicable})`;

/**
 * Progress and traffic light per kommune, counting only the steps of the current drejebog. Every frist is the
 * effective one (STEP_DEADLINE).
 * The traffic light (also in README.md, "Traffic light"):
 * RED: a MANDATORY_CRITICAL_PATH step is past its frist and neither DONE nor NOT_APPLICABLE, or a gate is MISSED.
 * YELLOW: otherwise, any step that is not finished is past its frist or due within DUE_SOON_DAYS days.
 * GREEN: otherwise.
 * $1: kommune codes, or null for all kommuner; $2: today in Denmark.
 */
export const SUMMARY_SQL = `
  SELECT x.code,
         count(*) FILTER (WHERE x.status = $3)::int AS done,
         count(*) FILTER (WHERE x.status = $4)::int AS started,
         count(*) FILTER (WHERE x.status = $5)::int AS "notStarted",
         count(*) FILTER (WHERE x.status = $6)::int AS "notApplicable",
         count(*)::int AS total,
         CASE
           WHEN bool_or(x.type = $7 AND x.deadline < $2::date AND x.status NOT IN ($3, $6)) OR max(gm.missed) > 0 THEN $8
           WHEN bool_or(x.deadline <= $2::date + $11::int AND x.status NOT IN ($3, $6)) THEN $9
           ELSE $10
         END AS "trafficLight",
         coalesce(max(gm.missed), 0)::int AS "gatesMissed"
    FROM (SELECT ci.kommune_code AS code, ci.status, s.type, ${deadline.value} AS deadline
            FROM checklist_item ci
            JOIN drejebog_step s ON s.step_id = ci.step_id
            JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
            ${deadline.join}
           WHERE $1::smallint[] IS NULL OR ci.kommune_code = ANY($1::smallint[])) x
    LEFT JOIN (SELECT gs.code, count(*) AS missed FROM (${gateStatesSql({ codes: '$1', today: '$2', done: '$3', notApplicable: '$6', dueDays: '$11' })}) gs
                WHERE gs.state = '${GateState.MISSED}' GROUP BY gs.code) gm ON gm.code = x.code
   GROUP BY x.code`;

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
 * step by step, by the effective frist): RED for a critical-path step past its frist, YELLOW for any other step
 * past or within DUE_SOON_DAYS of its frist (a missed gate also turns a kommune red; see Kommune.gates).
 * Red first, then by frist. $1: kommune codes or null for all.
 */
export async function behindSteps(db: DataSource, codes: number[] | null, today: string): Promise<BehindStepRow[]> {
  const p: RuleParams = { today: '$2', done: '$6', notApplicable: '$7', dueSoonDays: '$8' };
  return db.query(
    `SELECT ci.kommune_code AS code, ci.id AS "itemId", s.number, s.title, to_char(${STEP_DEADLINE}, 'YYYY-MM-DD') AS deadline,
            ci.status,
            CASE WHEN s.type = $3 AND ${overdue(p)} THEN $4 ELSE $5 END AS "trafficLight"
       FROM checklist_item ci
       JOIN drejebog_step s ON s.step_id = ci.step_id
       JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
       ${deadline.join}
      WHERE ($1::smallint[] IS NULL OR ci.kommune_code = ANY($1::smallint[]))
        AND ${dueOrOverdue(p)}
      ORDER BY ci.kommune_code, (s.type = $3 AND ${STEP_DEADLINE} < $2::date) DESC, ${STEP_DEADLINE}, s.number`,
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

/** The effective frist of each checklist item asked for (see effectiveDeadline). */
export function itemDeadlines(db: DataSource, ids: string[]): Promise<{ id: string; deadline: string | null }[]> {
  return db.query(
    `SELECT ci.id, to_char(${deadline.value}, 'YYYY-MM-DD') AS deadline
       FROM checklist_item ci
       JOIN drejebog_step s ON s.step_id = ci.step_id
       JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
       ${deadline.join}
      WHERE ci.id = ANY($1::uuid[])`,
    [ids],
  );
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
       ${deadline.join}
      WHERE ($1::smallint[] IS NULL OR ci.kommune_code = ANY($1::smallint[]))
        AND ${dueOrOverdue(p)}
      ORDER BY ci.kommune_code, ${STEP_DEADLINE}, s.number`,
    [codes, today, StepStatus.DONE, StepStatus.NOT_APPLICABLE, StepType.MANDATORY_CRITICAL_PATH, DUE_SOON_DAYS],
  );
}
