import type { DataSource } from 'typeorm';
import { GateState } from '@udfasning/domain';

// The plan rules every read shares: a kommune's effective frist for a step and its gate states. The
// tjekliste, the trafiklys, the dashboard and the weekly status all build on these two definitions.

/**
 * A kommune's effective frist for a step, over a checklist item (alias `item`) and its step as the current drejebog
 * words it (alias `step`): the step's own fixed deadline when it has one, else the end of the window for the step's
 * phase in the kommune's wave, else null (no frist). `join` goes in the FROM clause after both; `value` is the frist.
 * (A lateral join the planner can flatten into ordinary joins: per item, a correlated subquery cost more than the rest
 * of the kommune list.)
 */
export function effectiveDeadline(item = 'ci', step = 's', alias = 'ed'): { join: string; value: string } {
  return {
    join: `LEFT JOIN LATERAL (SELECT ww."end" FROM kommune wk
                                JOIN wave_window ww ON ww.wave_id = wk.wave_id AND ww.phase = ${step}.phase
                               WHERE wk.code = ${item}.kommune_code) ${alias} ON true`,
    value: `COALESCE(${step}.deadline, ${alias}."end")`,
  };
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
  // Set-based: each gate's steps joined to the kommune's answers and folded per kommune and gate (one probe
  // per kommune and gate cost more than the rest of the traffic light).
  return `
  SELECT gk.code, g.number, (${date}) AS date,
         CASE
           WHEN bool_and(gi.status IN (${p.done}, ${p.notApplicable})) IS NOT FALSE THEN '${GateState.PASSED}'
           WHEN ${date} < ${p.today}::date THEN '${GateState.MISSED}'
           WHEN ${date} <= ${p.today}::date + ${p.dueDays}::int THEN '${GateState.DUE}'
           ELSE '${GateState.UPCOMING}'
         END AS state
    FROM kommune gk
    JOIN wave gw ON gw.id = gk.wave_id
    JOIN drejebog gd ON gd.is_current
    JOIN drejebog_gate g ON g.drejebog_id = gd.id
    CROSS JOIN LATERAL unnest(g.prerequisite_step_ids || g.verification_step_id) AS gstep(step_id)
    LEFT JOIN checklist_item gi ON gi.kommune_code = gk.code AND gi.step_id = gstep.step_id
   WHERE ${p.codes}::smallint[] IS NULL OR gk.code = ANY(${p.codes}::smallint[])
   GROUP BY gk.code, g.number, gw.go_live, g.weeks_before_go_live`;
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
