import type { DataSource } from 'typeorm';
import type { Opsigelse } from './opsigelse.entity.js';

/**
 * Standing (not withdrawn) opsigelser of these kommuner, by kind. Plain rows shaped like the entity:
 * the kommune list asks for ~140 of them per request, and entity hydration cost more than the query.
 */
export function standingOpsigelser(db: DataSource, codes: number[]): Promise<Opsigelse[]> {
  return db.query(
    `SELECT id, kommune_code AS "kommuneCode", kind, to_char(date, 'YYYY-MM-DD') AS date, note,
            recorded_at AS "recordedAt", recorded_by_id AS "recordedById",
            withdrawn_at AS "withdrawnAt", withdrawn_by_id AS "withdrawnById"
       FROM opsigelse
      WHERE kommune_code = ANY($1::smallint[]) AND withdrawn_at IS NULL
      ORDER BY kind`,
    [codes],
  );
}
