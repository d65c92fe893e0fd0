import type { DataSource } from 'typeorm';
import { OpsigelseKind, StepStatus, StepType } from '@udfasning/domain';
import type { Kommune } from '../kommune/kommune.entity.js';

// Dashboard aggregates, computed in PostgreSQL. Only standing (not withdrawn) opsigelser count.

export async function kommuneCount(db: DataSource): Promise<number> {
  const [row] = await db.query('SELECT count(*)::int AS count FROM kommune');
  return row.count;
}

export interface StepProgressRow {
  stepId: string;
  drejebogId: string;
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

/** How many kommuner stand where on each step of the current drejebog, in step order. */
export function stepProgress(db: DataSource): Promise<StepProgressRow[]> {
  return db.query(
    `SELECT s.step_id AS "stepId", s.drejebog_id AS "drejebogId", s.number, s.phase, s.title, s.description,
            s.type, to_char(s.deadline, 'YYYY-MM-DD') AS deadline,
            count(ci.id) FILTER (WHERE ci.status = $1)::int AS done,
            count(ci.id) FILTER (WHERE ci.status = $2)::int AS started,
            count(ci.id) FILTER (WHERE ci.status = $3)::int AS "notStarted",
            count(ci.id) FILTER (WHERE ci.status = $4)::int AS "notApplicable"
       FROM drejebog d
       JOIN drejebog_step s ON s.drejebog_id = d.id
       LEFT JOIN checklist_item ci ON ci.step_id = s.step_id
      WHERE d.is_current
      GROUP BY s.drejebog_id, s.step_id
      ORDER BY s.number`,
    [StepStatus.DONE, StepStatus.STARTED, StepStatus.NOT_STARTED, StepStatus.NOT_APPLICABLE],
  );
}

export interface SeriesPointRow {
  kind: OpsigelseKind;
  date: string;
  count: number;
}

/**
 * For each kind: the cumulative count of standing opsigelser, one point per date on which it changed.
 * Every opsigelse number on the dashboard (as of a date, over time, the pace) is read off this series,
 * so one statement serves them all; the partial index on standing opsigelser keeps it independent of
 * how much withdrawn history there is.
 */
export function terminationSeries(db: DataSource, kinds: OpsigelseKind[]): Promise<SeriesPointRow[]> {
  return db.query(
    `SELECT kind, to_char(date, 'YYYY-MM-DD') AS date,
            (sum(count(*)) OVER (PARTITION BY kind ORDER BY date))::int AS count
       FROM opsigelse
      WHERE withdrawn_at IS NULL AND kind = ANY($1::opsigelse_kind[])
      GROUP BY kind, date
      ORDER BY kind, date`,
    [kinds],
  );
}

export type MissingKommuneRow = Pick<Kommune, 'code' | 'name' | 'regionCode' | 'regionName'> & { kind: OpsigelseKind };

/** For each kind, the kommuner without a standing opsigelse of it, by kommunekode. */
export function notTerminatedByKind(db: DataSource, kinds: OpsigelseKind[]): Promise<MissingKommuneRow[]> {
  return db.query(
    `SELECT wanted.kind, k.code, k.name, k.region_code AS "regionCode", k.region_name AS "regionName"
       FROM unnest($1::opsigelse_kind[]) AS wanted(kind)
       JOIN kommune k ON NOT EXISTS (SELECT 1 FROM opsigelse o
                                      WHERE o.kommune_code = k.code AND o.kind = wanted.kind AND o.withdrawn_at IS NULL)
      ORDER BY wanted.kind, k.code`,
    [kinds],
  );
}
