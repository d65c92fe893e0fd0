import type { DataSource } from 'typeorm';
import type { Alternative } from './alternative.entity.js';
import type { LastMover } from './last-mover.entity.js';
import type { LegacySystem } from './legacy-system.entity.js';

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

export interface LegacySystemListRow extends Omit<LegacySystem, 'retiredAt' | 'createdAt' | 'updatedAt'> {
  retiredAt: null;
  createdAt: string;
  updatedAt: string;
  lastMovers: LastMover[];
  alternatives: Alternative[];
  earliestShutdown: string | null;
}

/**
 * The U:KFS table as /systemer and Overblik show it, in one statement: the systems not retired, in table
 * order, each with its last movers, alternatives and earliest shutdown (the rule of earliestShutdowns).
 */
export function legacySystemList(db: DataSource): Promise<LegacySystemListRow[]> {
  return db.query(
    `SELECT s.id, s.name, s.kind, s.owner, s.status, s.sort_order AS "sortOrder", s.retired_at AS "retiredAt",
            to_char(s.planned_shutdown, 'YYYY-MM-DD') AS "plannedShutdown", s.last_movers_known AS "lastMoversKnown",
            s.created_at AS "createdAt", s.updated_at AS "updatedAt",
            (SELECT coalesce(json_agg(json_build_object(
                      'id', m.id, 'systemId', m.system_id, 'name', m.name,
                      'expectedExit', to_char(m.expected_exit, 'YYYY-MM-DD'), 'exited', m.exited, 'note', m.note,
                      'sortOrder', m.sort_order) ORDER BY m.sort_order), '[]'::json)
               FROM last_mover m WHERE m.system_id = s.id) AS "lastMovers",
            (SELECT coalesce(json_agg(json_build_object(
                      'id', a.id, 'systemId', a.system_id, 'name', a.name, 'note', a.note, 'sortOrder', a.sort_order)
                      ORDER BY a.sort_order), '[]'::json)
               FROM alternative a WHERE a.system_id = s.id) AS alternatives,
            (SELECT CASE WHEN bool_or(m.expected_exit IS NULL) THEN NULL
                         ELSE to_char(max(m.expected_exit), 'YYYY-MM-DD') END
               FROM last_mover m WHERE m.system_id = s.id AND NOT m.exited) AS "earliestShutdown"
       FROM legacy_system s
      WHERE s.retired_at IS NULL
      ORDER BY s.sort_order, s.name`,
  );
}
