import type { DataSource } from 'typeorm';
import { OpsigelseKind, StepStatus, StepType } from '@udfasning/domain';
import { Kommune } from '../kommune/kommune.entity.js';

// Dashboard aggregates, computed in PostgreSQL. Only standing (not withdrawn) opsigelser count.

export async function kommuneCount(db: DataSource): Promise<number> {
  const [row] = await db.query('SELECT count(*)::int AS count FROM kommune');
  return row.count;
}

/** Kommuner with a standing opsigelse of that kind dated on or before `asOf`. */
export async function terminatedCount(db: DataSource, kind: OpsigelseKind, asOf: string): Promise<number> {
  const [row] = await db.query(
    `SELECT count(*)::int AS count FROM opsigelse
      WHERE kind = $1 AND withdrawn_at IS NULL AND date <= $2::date`,
    [kind, asOf],
  );
  return row.count;
}

export interface CountAtDateRow {
  date: string;
  count: number;
}

/** Cumulative count of kommuner terminated, one point per date on which the count changed. */
export function terminationsOverTime(db: DataSource, kind: OpsigelseKind): Promise<CountAtDateRow[]> {
  return db.query(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date,
            (sum(count(*)) OVER (ORDER BY date))::int AS count
       FROM opsigelse
      WHERE kind = $1 AND withdrawn_at IS NULL
      GROUP BY date
      ORDER BY date`,
    [kind],
  );
}

/** Kommuner without a standing opsigelse of that kind, by kommunekode. */
export function notTerminated(db: DataSource, kind: OpsigelseKind): Promise<Kommune[]> {
  return db
    .getRepository(Kommune)
    .createQueryBuilder('k')
    .where(
      `NOT EXISTS (SELECT 1 FROM opsigelse o
                    WHERE o.kommune_code = k.code AND o.kind = :kind AND o.withdrawn_at IS NULL)`,
      { kind },
    )
    .orderBy('k.code')
    .getMany();
}

export interface PaceRow {
  /** Standing opsigelser of the kind in total. */
  total: number;
  /** Of those, dated within the window. */
  inWindow: number;
  /** The latest opsigelse date, when any. */
  latest: string | null;
}

export async function terminationPace(
  db: DataSource,
  kind: OpsigelseKind,
  windowStart: string,
  today: string,
): Promise<PaceRow> {
  const [row] = await db.query(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE date > $2::date AND date <= $3::date)::int AS "inWindow",
            to_char(max(date), 'YYYY-MM-DD') AS latest
       FROM opsigelse
      WHERE kind = $1 AND withdrawn_at IS NULL`,
    [kind, windowStart, today],
  );
  return row;
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
