import type { DataSource } from 'typeorm';
import { preparedQuery } from '../../db/prepared.js';
import { SUMMARY_SQL, summaryParams, type KommuneSummaryRow } from '../checklist/checklist.queries.js';
import type { Opsigelse } from '../opsigelse/opsigelse.entity.js';

export interface KommuneListRow {
  code: number;
  name: string;
  regionCode: number;
  regionName: string;
  /** Null for a kommune without checklist items in the current drejebog. */
  summary: KommuneSummaryRow | null;
  /** Standing opsigelser by kind, dates as "YYYY-MM-DD", recordedAt as ISO text. */
  opsigelser: (Omit<Opsigelse, 'recordedAt'> & { recordedAt: string })[];
}

/**
 * All 98 kommuner with their progress, traffic light and standing opsigelser in one statement: the list
 * page asks for all of it, and three statements (plus entity hydration) cost more than the work itself.
 */
export async function kommuneList(db: DataSource, today: string): Promise<KommuneListRow[]> {
  const rows = await preparedQuery<Omit<KommuneListRow, 'summary'> & Partial<Omit<KommuneSummaryRow, 'code'>>>(
    db,
    `SELECT k.code, k.name, k.region_code AS "regionCode", k.region_name AS "regionName",
            t.done, t.started, t."notStarted", t."notApplicable", t.total, t."trafficLight",
            COALESCE(o.list, '[]'::json) AS opsigelser
       FROM kommune k
       LEFT JOIN (${SUMMARY_SQL}) t ON t.code = k.code
       LEFT JOIN (SELECT kommune_code,
                         json_agg(json_build_object(
                           'id', id, 'kommuneCode', kommune_code, 'kind', kind, 'date', to_char(date, 'YYYY-MM-DD'),
                           'note', note, 'recordedAt', recorded_at, 'recordedById', recorded_by_id,
                           'withdrawnAt', NULL, 'withdrawnById', NULL) ORDER BY kind) AS list
                    FROM opsigelse WHERE withdrawn_at IS NULL
                   GROUP BY kommune_code) o ON o.kommune_code = k.code
      ORDER BY k.code`,
    summaryParams(null, today),
  );
  return rows.map(({ done, started, notStarted, notApplicable, total, trafficLight, ...kommune }) => ({
    ...kommune,
    summary:
      total == null
        ? null
        : { code: kommune.code, done: done!, started: started!, notStarted: notStarted!, notApplicable: notApplicable!, total, trafficLight: trafficLight! },
  }));
}
