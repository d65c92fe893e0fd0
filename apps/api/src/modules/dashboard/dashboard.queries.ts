import type { DataSource } from 'typeorm';
import { OpsigelseKind, StepStatus, StepType } from '@udfasning/domain';
import { SUMMARY_SQL, summaryParams, trafficLightCountsStatement, type TrafficLightCountsRow } from '../checklist/checklist.queries.js';
import type { Kommune } from '../kommune/kommune.entity.js';

// Dashboard aggregates, computed in PostgreSQL. Only standing (not withdrawn) opsigelser count.
// Each aggregate is a statement of its own; `dashboardFacts` runs the ones a request asks for as one
// statement, since on the dashboard the fixed cost per statement outweighed the aggregates themselves.

interface Statement {
  sql: string;
  params: unknown[];
}

export interface SeriesPointRow {
  kind: OpsigelseKind;
  date: string;
  count: number;
}

/**
 * For each kind: the cumulative count of standing opsigelser, one point per date on which it changed.
 * Every opsigelse number on the dashboard (as of a date, over time, the pace) is read off this series;
 * the partial index on standing opsigelser keeps it independent of how much withdrawn history there is.
 */
function terminationSeries(): Statement {
  return {
    sql: `SELECT kind, to_char(date, 'YYYY-MM-DD') AS date,
                 (sum(count(*)) OVER (PARTITION BY kind ORDER BY date))::int AS count
            FROM opsigelse
           WHERE withdrawn_at IS NULL
           GROUP BY kind, date`,
    params: [],
  };
}

export type MissingKommuneRow = Pick<Kommune, 'code' | 'name' | 'officialName' | 'regionCode' | 'regionName'> & { kind: OpsigelseKind };

/** For each kind, the kommuner without a standing opsigelse of it. */
function notTerminated(): Statement {
  return {
    sql: `SELECT wanted.kind, k.code, k.name, k.official_name AS "officialName", k.region_code AS "regionCode", k.region_name AS "regionName"
            FROM unnest($1::opsigelse_kind[]) AS wanted(kind)
            JOIN kommune k ON NOT EXISTS (SELECT 1 FROM opsigelse o
                                           WHERE o.kommune_code = k.code AND o.kind = wanted.kind
                                             AND o.withdrawn_at IS NULL)`,
    params: [Object.values(OpsigelseKind)],
  };
}

export interface StepProgressRow {
  stepId: string;
  drejebogId: string;
  code: string | null;
  number: number;
  phase: string;
  title: string;
  description: string | null;
  type: StepType;
  deadline: string | null;
  done: number;
  started: number;
  notStarted: number;
  notApplicable: number;
}

/** How many kommuner stand where on each step of the current drejebog. */
function stepProgress(): Statement {
  return {
    sql: `SELECT s.step_id AS "stepId", s.drejebog_id AS "drejebogId", s.code, s.number, s.phase, s.title, s.description,
                 s.type, to_char(s.deadline, 'YYYY-MM-DD') AS deadline,
                 count(ci.id) FILTER (WHERE ci.status = $1)::int AS done,
                 count(ci.id) FILTER (WHERE ci.status = $2)::int AS started,
                 count(ci.id) FILTER (WHERE ci.status = $3)::int AS "notStarted",
                 count(ci.id) FILTER (WHERE ci.status = $4)::int AS "notApplicable"
            FROM drejebog d
            JOIN drejebog_step s ON s.drejebog_id = d.id
            LEFT JOIN checklist_item ci ON ci.step_id = s.step_id
           WHERE d.is_current
           GROUP BY s.drejebog_id, s.step_id`,
    params: [StepStatus.DONE, StepStatus.STARTED, StepStatus.NOT_STARTED, StepStatus.NOT_APPLICABLE],
  };
}

export interface WaveSummaryRow {
  /** Null for the kommuner not placed in any wave. */
  wave: { id: string; name: string; goLive: string; kickOff: string | null } | null;
  kommuneCount: number;
  green: number;
  yellow: number;
  red: number;
  gatesMissed: number;
}

/**
 * Per wave (by go-live), its kommuner's traffic lights and missed gates; then the kommuner not placed,
 * when there are any. Same summary as the kommune list, so the numbers agree with it.
 */
function waveSummaries(today: string): Statement {
  return {
    sql: `SELECT CASE WHEN w.id IS NULL THEN NULL
                      ELSE json_build_object('id', w.id, 'name', w.name, 'goLive', to_char(w.go_live, 'YYYY-MM-DD'),
                                             'kickOff', to_char(w.kick_off, 'YYYY-MM-DD')) END AS wave,
                 count(k.code)::int AS "kommuneCount",
                 count(k.code) FILTER (WHERE t."trafficLight" IS NULL OR t."trafficLight" = $10)::int AS green,
                 count(k.code) FILTER (WHERE t."trafficLight" = $9)::int AS yellow,
                 count(k.code) FILTER (WHERE t."trafficLight" = $8)::int AS red,
                 coalesce(sum(t."gatesMissed"), 0)::int AS "gatesMissed",
                 w.go_live AS "sortGoLive", w.name AS "sortName"
            FROM (SELECT id, name, go_live, kick_off FROM wave
                  UNION ALL SELECT NULL, NULL, NULL, NULL) w
            LEFT JOIN kommune k ON k.wave_id IS NOT DISTINCT FROM w.id
            LEFT JOIN (${SUMMARY_SQL}) t ON t.code = k.code
           GROUP BY w.id, w.name, w.go_live, w.kick_off
          HAVING w.id IS NOT NULL OR count(k.code) > 0`,
    params: summaryParams(null, today),
  };
}

export interface DashboardFacts {
  kommuneCount: number;
  /** Both kinds, by kind and date. */
  series: SeriesPointRow[];
  /** Both kinds, by kind and kommunekode. */
  missing: MissingKommuneRow[];
  /** By step number. */
  stepProgress: StepProgressRow[];
  trafficLights: TrafficLightCountsRow;
  /** By go-live, the unplaced kommuner last. */
  waves: WaveSummaryRow[];
}

export type DashboardFact = keyof DashboardFacts;

/** How each fact becomes one JSON column: a list in a stated order, a single row, or a single value. */
const FACTS: Record<DashboardFact, (today: string) => Statement & { shape: 'value' | 'row' | { orderBy: string } }> = {
  kommuneCount: () => ({ sql: 'SELECT count(*)::int FROM kommune', params: [], shape: 'value' }),
  series: () => ({ ...terminationSeries(), shape: { orderBy: 'x.kind, x.date' } }),
  missing: () => ({ ...notTerminated(), shape: { orderBy: 'x.kind, x.code' } }),
  stepProgress: () => ({ ...stepProgress(), shape: { orderBy: 'x.number' } }),
  trafficLights: (today) => ({ ...trafficLightCountsStatement(today), shape: 'row' }),
  waves: (today) => ({ ...waveSummaries(today), shape: { orderBy: 'x."sortGoLive" NULLS LAST, x."sortName"' } }),
};

/** The facts asked for, in one statement: each becomes a column, its own parameters renumbered. */
export async function dashboardFacts(
  db: DataSource,
  facts: readonly DashboardFact[],
  today: string,
): Promise<Partial<DashboardFacts>> {
  const params: unknown[] = [];
  const columns = facts.map((fact) => {
    const { sql, params: own, shape } = FACTS[fact](today);
    const offset = params.length;
    params.push(...own);
    const renumbered = sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    if (shape === 'value') return `(${renumbered}) AS "${fact}"`;
    if (shape === 'row') return `(SELECT row_to_json(x) FROM (${renumbered}) x) AS "${fact}"`;
    return `(SELECT coalesce(json_agg(x ORDER BY ${shape.orderBy}), '[]'::json) FROM (${renumbered}) x) AS "${fact}"`;
  });
  const [row]: Partial<DashboardFacts>[] = await db.query(`SELECT ${columns.join(',\n')}`, params);
  return row;
}
