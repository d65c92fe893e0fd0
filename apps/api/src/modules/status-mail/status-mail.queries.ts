import type { DataSource } from 'typeorm';
import { GateState, OpsigelseKind, Role, TrafficLight } from '@udfasning/domain';
import { attentionSteps, type AttentionStepRow } from '../checklist/checklist.queries.js';
import { dashboardFacts } from '../dashboard/dashboard.queries.js';
import { gateStatuses, kommuneList, type KommuneListRow } from '../kommune/kommune.queries.js';

// What the weekly status mail says, read with the app's own statements: the kommune list (progress, traffic
// light, standing opsigelser), the dashboard's facts, the checklist's overdue/due-soon rule and the waves' gate states.

/** A gate a kommune has missed or that falls due soon (state MISSED or DUE on today's Danish date). */
export interface GateLine {
  number: number;
  name: string;
  /** The gate's date for this kommune (its wave's go-live minus the gate's weeks), "YYYY-MM-DD". */
  deadline: string;
  missed: boolean;
}

export interface KommuneStatus {
  code: number;
  /** The name used in sentences, e.g. "Københavns Kommune". */
  officialName: string;
  trafficLight: TrafficLight;
  /** Steps DONE or NOT_APPLICABLE, and all steps, of the current drejebog. */
  finished: number;
  total: number;
  overdue: AttentionStepRow[];
  dueSoon: AttentionStepRow[];
  missingOpsigelser: OpsigelseKind[];
  gates: GateLine[];
}

export interface SummaryStatus {
  kommuneCount: number;
  terminated: Record<OpsigelseKind, number>;
  trafficLights: { red: number; yellow: number; green: number };
  /** The red kommuner with what makes them red: overdue critical-path steps and missed gates. */
  red: { code: number; officialName: string; steps: AttentionStepRow[]; gates: GateLine[] }[];
  /** Per kind, the kommuner that have not terminated it, by kommunekode. */
  missing: Record<OpsigelseKind, { code: number; officialName: string }[]>;
}

/** The kommune's official name ("Københavns Kommune") where it is known, else "<navn> Kommune". */
export function officialNameOf(kommune: { name: string; officialName?: string | null }): string {
  return kommune.officialName ?? `${kommune.name} Kommune`;
}

/** The status of the kommuner asked for (null: all), by kommunekode. */
export async function kommuneStatuses(
  db: DataSource,
  codes: number[] | null,
  today: string,
): Promise<KommuneStatus[]> {
  const [list, steps] = await Promise.all([kommuneList(db, today), attentionSteps(db, codes, today)]);
  const wanted = codes === null ? list : list.filter((k) => codes.includes(k.code));
  // The same gate states as the kommune page and the traffic light; a kommune not placed in a wave has none.
  const gateRows = await gateStatuses(db, wanted.map((k) => k.code), today);
  const gatesByCode = new Map<number, GateLine[]>();
  for (const g of gateRows) {
    if (g.state !== GateState.MISSED && g.state !== GateState.DUE) continue;
    const line = { number: g.number, name: g.name, deadline: g.date, missed: g.state === GateState.MISSED };
    gatesByCode.set(g.code, [...(gatesByCode.get(g.code) ?? []), line]);
  }
  return wanted.map((kommune: KommuneListRow) => {
    const own = steps.filter((s) => s.code === kommune.code);
    const standing = new Set(kommune.opsigelser.map((o) => o.kind));
    return {
      code: kommune.code,
      officialName: officialNameOf(kommune),
      trafficLight: kommune.summary?.trafficLight ?? TrafficLight.GREEN,
      finished: (kommune.summary?.done ?? 0) + (kommune.summary?.notApplicable ?? 0),
      total: kommune.summary?.total ?? 0,
      overdue: own.filter((s) => s.overdue),
      dueSoon: own.filter((s) => !s.overdue),
      missingOpsigelser: Object.values(OpsigelseKind).filter((kind) => !standing.has(kind)),
      gates: gatesByCode.get(kommune.code) ?? [],
    };
  });
}

/** KOMBIT's weekly summary over all kommuner; `all` is every kommune's status when the caller has it already. */
export async function summaryStatus(db: DataSource, today: string, all?: KommuneStatus[]): Promise<SummaryStatus> {
  const [facts, statuses] = await Promise.all([
    dashboardFacts(db, ['kommuneCount', 'missing', 'trafficLights'], today),
    all ?? kommuneStatuses(db, null, today),
  ]);
  const names = new Map(statuses.map((k) => [k.code, k.officialName]));
  const kommuneCount = facts.kommuneCount ?? statuses.length;
  const missing = Object.fromEntries(
    Object.values(OpsigelseKind).map((kind) => [
      kind,
      (facts.missing ?? []).filter((m) => m.kind === kind).map((m) => ({ code: m.code, officialName: names.get(m.code) ?? officialNameOf(m) })),
    ]),
  ) as SummaryStatus['missing'];
  return {
    kommuneCount,
    terminated: Object.fromEntries(
      Object.values(OpsigelseKind).map((kind) => [kind, kommuneCount - missing[kind].length]),
    ) as SummaryStatus['terminated'],
    trafficLights: facts.trafficLights ?? { red: 0, yellow: 0, green: kommuneCount },
    red: statuses
      .filter((k) => k.trafficLight === TrafficLight.RED)
      .map((k) => ({
        code: k.code,
        officialName: k.officialName,
        steps: k.overdue.filter((s) => s.critical),
        gates: k.gates.filter((g) => g.missed),
      })),
    missing,
  };
}

export interface Recipients {
  /** Per kommune, the e-mail addresses of its contact persons who receive the status, by their own choice and their role's (lower-cased, unique). */
  byKommune: Map<number, string[]>;
  /** Every active administrator (KOMBIT). */
  admins: string[];
}

export async function statusRecipients(db: DataSource, codes: number[] | null = null): Promise<Recipients> {
  const [contacts, admins] = await Promise.all([
    db.query<{ code: number; email: string }[]>(
      // A contact whose role KOMBIT has taken off the status mail gets none, whatever the contact's own choice.
      `SELECT DISTINCT ON (c.kommune_code, lower(c.email)) c.kommune_code AS code, lower(c.email) AS email
         FROM contact_person c
         LEFT JOIN contact_role r ON r.name = c.role
        WHERE c.receives_status AND r.receives_status_mail IS NOT FALSE AND c.email <> ''
          AND ($1::smallint[] IS NULL OR c.kommune_code = ANY($1::smallint[]))
        ORDER BY c.kommune_code, lower(c.email)`,
      [codes],
    ),
    db.query<{ email: string }[]>(
      `SELECT DISTINCT lower(email) AS email FROM app_user WHERE role = $1 AND active ORDER BY 1`,
      [Role.ADMIN],
    ),
  ]);
  const byKommune = new Map<number, string[]>();
  for (const { code, email } of contacts) byKommune.set(code, [...(byKommune.get(code) ?? []), email]);
  return { byKommune, admins: admins.map((a) => a.email) };
}
