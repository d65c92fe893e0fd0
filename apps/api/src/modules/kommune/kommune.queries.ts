import type { DataSource } from 'typeorm';
import { SUMMARY_SQL, summaryParams, type KommuneSummaryRow } from '../checklist/checklist.queries.js';
import type { ChecklistItem } from '../checklist/checklist-item.entity.js';
import type { DrejebogStep } from '../drejebog/drejebog-step.entity.js';
import type { Opsigelse } from '../opsigelse/opsigelse.entity.js';
import type { Contact } from './contact.entity.js';
import { effectiveDeadline, gateStatesSql } from '../wave/wave.queries.js';
import { DUE_SOON_DAYS, StepStatus, type GateState } from '@udfasning/domain';

export interface KommuneListRow {
  code: number;
  name: string;
  officialName: string;
  regionCode: number;
  regionName: string;
  waveId: string | null;
  waveProvisional: boolean;
  /** Null for a kommune without checklist items in the current drejebog. */
  summary: KommuneSummaryRow | null;
  /** Standing opsigelser by kind, dates as "YYYY-MM-DD", recordedAt as ISO text. */
  opsigelser: (Omit<Opsigelse, 'recordedAt'> & { recordedAt: string })[];
}

type SummaryColumns = Partial<Omit<KommuneSummaryRow, 'code'>>;

/** Folds the summary columns of a kommune row (all null without checklist items) into its summary. */
function withSummary<T extends { code: number }>({
  done, started, notStarted, notApplicable, total, trafficLight, gatesMissed, ...kommune
}: T & SummaryColumns): Omit<T, keyof SummaryColumns> & { summary: KommuneSummaryRow | null } {
  return {
    ...kommune,
    summary:
      total == null
        ? null
        : { code: kommune.code, done: done!, started: started!, notStarted: notStarted!, notApplicable: notApplicable!, total, trafficLight: trafficLight!, gatesMissed: gatesMissed! },
  };
}

/**
 * All 98 kommuner with their progress, traffic light and standing opsigelser in one statement: the list
 * page asks for all of it, and three statements (plus entity hydration) cost more than the work itself.
 */
export async function kommuneList(db: DataSource, today: string): Promise<KommuneListRow[]> {
  const rows: (Omit<KommuneListRow, 'summary'> & SummaryColumns)[] = await db.query(
    `SELECT k.code, k.name, k.official_name AS "officialName", k.region_code AS "regionCode", k.region_name AS "regionName",
            k.wave_id AS "waveId", k.wave_provisional AS "waveProvisional",
            t.done, t.started, t."notStarted", t."notApplicable", t.total, t."trafficLight", t."gatesMissed",
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
  return rows.map(withSummary);
}

type Timestamped<T, K extends keyof T> = Omit<T, K> & { [P in K]: string };

export interface KommuneDetailRow extends KommuneListRow {
  contacts: Timestamped<Contact, 'createdAt'>[];
  /** The current drejebog's items in step order, each with its step and who saved it last. */
  checklist: (Timestamped<ChecklistItem, 'updatedAt'> & { step: DrejebogStep; updatedByName: string | null; deadline: string | null })[];
}

/**
 * Everything a kommune's page shows, for the kommuner asked for in one request, in one statement:
 * the kommune, progress and traffic light, contacts, standing opsigelser and the checklist with its
 * steps (as the current drejebog words them) and who saved each item.
 */
export async function kommuneDetails(db: DataSource, codes: number[], today: string): Promise<KommuneDetailRow[]> {
  const rows: (Omit<KommuneDetailRow, 'summary'> & SummaryColumns)[] = await db.query(
    `SELECT k.code, k.name, k.official_name AS "officialName", k.region_code AS "regionCode", k.region_name AS "regionName",
            k.wave_id AS "waveId", k.wave_provisional AS "waveProvisional",
            t.done, t.started, t."notStarted", t."notApplicable", t.total, t."trafficLight", t."gatesMissed",
            (SELECT coalesce(json_agg(json_build_object(
                      'id', o.id, 'kommuneCode', o.kommune_code, 'kind', o.kind, 'date', to_char(o.date, 'YYYY-MM-DD'),
                      'note', o.note, 'recordedAt', o.recorded_at, 'recordedById', o.recorded_by_id,
                      'withdrawnAt', NULL, 'withdrawnById', NULL) ORDER BY o.kind), '[]'::json)
               FROM opsigelse o WHERE o.kommune_code = k.code AND o.withdrawn_at IS NULL) AS opsigelser,
            (SELECT coalesce(json_agg(json_build_object(
                      'id', c.id, 'kommuneCode', c.kommune_code, 'name', c.name, 'email', c.email, 'phone', c.phone, 'role', c.role,
                      'receivesStatus', c.receives_status, 'createdAt', c.created_at) ORDER BY c.created_at), '[]'::json)
               FROM contact_person c WHERE c.kommune_code = k.code) AS contacts,
            (SELECT coalesce(json_agg(json_build_object(
                      'id', ci.id, 'kommuneCode', ci.kommune_code, 'stepId', ci.step_id, 'status', ci.status,
                      'note', ci.note, 'responsible', ci.responsible, 'updatedAt', ci.updated_at,
                      'updatedById', ci.updated_by_id, 'version', ci.version, 'updatedByName', u.name,
                      'deadline', to_char(${effectiveDeadline('ci', 's').value}, 'YYYY-MM-DD'),
                      'step', json_build_object(
                        'drejebogId', s.drejebog_id, 'stepId', s.step_id, 'code', s.code, 'number', s.number, 'phase', s.phase,
                        'title', s.title, 'description', s.description, 'type', s.type,
                        'deadline', to_char(s.deadline, 'YYYY-MM-DD'), 'opsigelseKind', s.opsigelse_kind)) ORDER BY s.number), '[]'::json)
               FROM checklist_item ci
               JOIN drejebog_step s ON s.step_id = ci.step_id
               JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
               LEFT JOIN app_user u ON u.id = ci.updated_by_id
               ${effectiveDeadline('ci', 's').join}
              WHERE ci.kommune_code = k.code) AS checklist
       FROM kommune k
       LEFT JOIN (${SUMMARY_SQL}) t ON t.code = k.code
      WHERE k.code = ANY($1::smallint[])`,
    summaryParams(codes, today),
  );
  return rows.map(withSummary);
}

export interface GateStatusRow {
  code: number;
  number: number;
  date: string;
  state: GateState;
  name: string;
  weeksBeforeGoLive: number;
  drejebogId: string;
  verificationStepId: string;
  prerequisiteStepIds: string[];
}

/** The gate states of the kommuner asked for, by kommune and gate number, with each gate's definition. */
export function gateStatuses(db: DataSource, codes: number[], today: string): Promise<GateStatusRow[]> {
  return db.query(
    `SELECT gs.code, gs.number, to_char(gs.date, 'YYYY-MM-DD') AS date, gs.state,
            g.name, g.weeks_before_go_live AS "weeksBeforeGoLive", g.drejebog_id AS "drejebogId",
            g.verification_step_id AS "verificationStepId", g.prerequisite_step_ids AS "prerequisiteStepIds"
       FROM (${gateStatesSql({ codes: '$1', today: '$2', done: '$3', notApplicable: '$4', dueDays: '$5' })}) gs
       JOIN drejebog d ON d.is_current
       JOIN drejebog_gate g ON g.drejebog_id = d.id AND g.number = gs.number
      ORDER BY gs.code, gs.number`,
    [codes, today, StepStatus.DONE, StepStatus.NOT_APPLICABLE, DUE_SOON_DAYS],
  );
}

