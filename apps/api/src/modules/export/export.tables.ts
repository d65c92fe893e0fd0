import type { DataSource } from 'typeorm';
import { OpsigelseKind, stepStatusLabel, stepTypeLabel, trafficLightLabel } from '@udfasning/domain';
import type { Services } from '../../server/services.js';
import { kommuneDetails, kommuneList } from '../kommune/kommune.queries.js';
import { contactsOf, type ContactRow } from './export.queries.js';
import type { Cell, Table } from './table-writers.js';

// The tables KOMBIT downloads, with the headers and words the app shows.

const day = (value: string | null | undefined): Cell => (value ? { day: value } : null);
const contactText = (c: ContactRow) => `${c.name}${c.role ? ` (${c.role})` : ''} <${c.email}>${c.phone ? `, ${c.phone}` : ''}`;

/** The kommune list; `codes` (the view the user sees, in its order) or all kommuner by kommunekode. */
export async function kommuneTable(db: DataSource, today: string, codes: number[] | null): Promise<Table> {
  const rows = await kommuneList(db, today);
  const contacts = await contactsOf(db, codes);
  const byKommune = new Map<number, ContactRow[]>();
  for (const c of contacts) byKommune.set(c.kommuneCode, [...(byKommune.get(c.kommuneCode) ?? []), c]);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const chosen = codes ? codes.flatMap((code) => (byCode.has(code) ? [byCode.get(code)!] : [])) : rows;
  return {
    sheet: 'Kommuner',
    header: [
      'Kommunekode', 'Kommune', 'Region', 'Trafiklys', 'Fuldført eller ikke relevant', 'Trin i alt',
      'Aftale om KMD Sag opsagt', 'Manuelle sager opsagt', 'Kontaktpersoner',
    ],
    widths: [13, 28, 22, 10, 14, 10, 14, 14, 80],
    rows: chosen.map((k) => {
      const opsagt = (kind: OpsigelseKind) => day(k.opsigelser.find((o) => o.kind === kind)?.date);
      return [
        String(k.code).padStart(3, '0'),
        k.officialName,
        k.regionName,
        trafficLightLabel[k.summary?.trafficLight ?? 'GREEN'],
        (k.summary?.done ?? 0) + (k.summary?.notApplicable ?? 0),
        k.summary?.total ?? 0,
        opsagt(OpsigelseKind.KMD_SAG_AGREEMENT),
        opsagt(OpsigelseKind.MANUAL_CASES),
        (byKommune.get(k.code) ?? []).map(contactText).join('; '),
      ];
    }),
  };
}

/** A kommune's tjekliste for the current drejebog; null for an unknown kommune. */
export async function checklistTable(db: DataSource, today: string, code: number): Promise<{ table: Table; officialName: string } | null> {
  const [row] = await kommuneDetails(db, [code], today);
  if (!row) return null;
  return {
    officialName: row.officialName,
    table: {
      sheet: 'Tjekliste',
      header: ['Kommune', 'Nr.', 'Kode', 'Fase', 'Trin', 'Type', 'Frist', 'Status', 'Ansvarlig', 'Note', 'Sidst gemt', 'Gemt af'],
      widths: [26, 5, 10, 18, 50, 26, 12, 16, 22, 50, 12, 22],
      rows: row.checklist.map((item) => [
        row.officialName,
        item.step.number,
        item.step.code ?? null,
        item.step.phase,
        item.step.title,
        stepTypeLabel[item.step.type],
        day(item.step.deadline),
        stepStatusLabel[item.status],
        item.responsible,
        item.note,
        day(item.updatedAt ? item.updatedAt.slice(0, 10) : null),
        item.updatedByName,
      ]),
    },
  };
}

/** "Antal kommuner pr. trin og status" for the current drejebog (the KLIK report). */
export async function stepProgressTable(services: Services, today: string): Promise<Table> {
  const rows = await services.dashboard.stepProgress(services.dashboard.createLoaders(() => today));
  return {
    sheet: 'Fremdrift pr. trin',
    header: ['Nr.', 'Kode', 'Fase', 'Trin', 'Type', 'Frist', 'Fuldført', 'Påbegyndt', 'Ikke påbegyndt', 'Ikke relevant'],
    widths: [5, 10, 18, 50, 26, 12, 10, 10, 14, 12],
    rows: rows.map((r) => [
      r.step.number,
      r.step.code ?? null,
      r.step.phase,
      r.step.title,
      stepTypeLabel[r.step.type],
      day(r.step.deadline),
      r.done,
      r.started,
      r.notStarted,
      r.notApplicable,
    ]),
  };
}
