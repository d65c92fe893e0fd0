import type { DataSource } from 'typeorm';

export interface EarliestShutdownRow {
  systemId: string;
  earliestShutdown: string | null;
}

/**
 * A prerequisite can close when its last remaining last mover has left: the latest expected
 * exit among last movers not yet exited. Unknown when any of those has no expected exit;
 * systems without remaining last movers get no row (no date to wait for).
 */
export function earliestShutdowns(db: DataSource, systemIds: string[]): Promise<EarliestShutdownRow[]> {
  return db.query(
    `SELECT system_id AS "systemId",
            CASE WHEN bool_or(expected_exit IS NULL) THEN NULL
                 ELSE to_char(max(expected_exit), 'YYYY-MM-DD') END AS "earliestShutdown"
       FROM last_mover
      WHERE system_id = ANY($1::uuid[]) AND NOT exited
      GROUP BY system_id`,
    [systemIds],
  );
}
