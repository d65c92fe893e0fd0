import type { DataSource } from 'typeorm';
import { GateState } from '@udfasning/domain';

// The plan rules every read shares: a kommune's effective frist for a step and its gate states. The
// tjekliste, the trafiklys, the dashboard and the weekly status all build on these two definitions.

/**
 * A kommune's effective frist for a step, as an SQL expression over a checklist item (alias `item`) and its
 * step as the current drejebog words it (alias `step`): the step's own fixed deadline when it has one, else
 * the end of the window for the step's phase in the kommune's wave, else null (no frist).
 */
export function effectiveDeadlineSql(item = 'ci', step = 's'): string {
  return `COALESCE(${step}.deadline,
           (SELECT ww."end" FROM kommune wk JOIN wave_window ww ON ww.wave_id = wk.wave_id AND ww.phase = ${step}.phase
             WHERE wk.code = ${item}.kommune_code))`;
}

/** Where a statement keeps the values the gate states need (placeholders such as "$2"). */
export interface GateParams {
  /** smallint[] of kommune codes, or null for all. */
  codes: string;
  today: string;
  done: string;
  notApplicable: string;
  /** DUE_SOON_DAYS. */
  dueDays: string;
}

/**
 * One row per kommune placed in a wave and gate of the current drejebog: code, number, date (go-live minus
 * the gate's weeks) and state. PASSED: the verifying step and every prerequisite are DONE or NOT_APPLICABLE;
 * otherwise MISSED when the date is before today, DUE when it is today or within DUE_SOON_DAYS days,
 * else UPCOMING. A kommune without a wave has no gate dates, so no rows.
 */
export function gateStatesSql(p: GateParams): string {
  const date = 'gw.go_live - 7 * g.weeks_before_go_live';
  return `
  SELECT gk.code, g.number, (${date}) AS date,
         CASE
           WHEN NOT EXISTS (SELECT 1 FROM checklist_item gi
                             WHERE gi.kommune_code = gk.code
                               AND gi.step_id = ANY (g.prerequisite_step_ids || g.verification_step_id)
                               AND gi.status NOT IN (${p.done}, ${p.notApplicable})) THEN '${GateState.PASSED}'
           WHEN ${date} < ${p.today}::date THEN '${GateState.MISSED}'
           WHEN ${date} <= ${p.today}::date + ${p.dueDays}::int THEN '${GateState.DUE}'
           ELSE '${GateState.UPCOMING}'
         END AS state
    FROM kommune gk
    JOIN wave gw ON gw.id = gk.wave_id
    JOIN drejebog gd ON gd.is_current
    JOIN drejebog_gate g ON g.drejebog_id = gd.id
   WHERE ${p.codes}::smallint[] IS NULL OR gk.code = ANY(${p.codes}::smallint[])`;
}

export interface WaveRow {
  id: string;
  name: string;
  goLive: string;
  kickOff: string | null;
}

const WAVE_COLUMNS = `w.id, w.name, to_char(w.go_live, 'YYYY-MM-DD') AS "goLive", to_char(w.kick_off, 'YYYY-MM-DD') AS "kickOff"`;

/** Every wave, by go-live date and name. */
export function allWaves(db: DataSource): Promise<WaveRow[]> {
  return db.query(`SELECT ${WAVE_COLUMNS} FROM wave w ORDER BY w.go_live, w.name`);
}

export function wavesById(db: DataSource, ids: string[]): Promise<WaveRow[]> {
  return db.query(`SELECT ${WAVE_COLUMNS} FROM wave w WHERE w.id = ANY($1::uuid[])`, [ids]);
}

export interface WindowRow {
  waveId: string;
  phase: string;
  start: string;
  end: string;
}

/** The windows of the waves asked for, in phase order of the current drejebog (unknown phases last). */
export function windowsOfWaves(db: DataSource, ids: string[]): Promise<WindowRow[]> {
  return db.query(
    `SELECT ww.wave_id AS "waveId", ww.phase, to_char(ww.start, 'YYYY-MM-DD') AS start, to_char(ww."end", 'YYYY-MM-DD') AS "end"
       FROM wave_window ww
      WHERE ww.wave_id = ANY($1::uuid[])
      ORDER BY ww.wave_id,
               (SELECT min(s.number) FROM drejebog_step s JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
                 WHERE s.phase = ww.phase) NULLS LAST,
               ww.start`,
    [ids],
  );
}
