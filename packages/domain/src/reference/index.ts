// Reference data shipped with the project (copied from KOMBIT's material): the 98 kommuner,
// the U:KFS status table of April 2022 and a default KMD Sag drejebog. Node only.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { StepType, SystemKind, SystemOwner } from '../enums.js';
import { fromLabel, stepTypeLabel, systemKindLabel } from '../labels.js';
import { parseLastMovers, type ParsedLastMover } from '../last-mover-text.js';

export interface KommuneRef {
  code: number;
  name: string;
  regionCode: number;
  regionName: string;
  /** "Københavns Kommune", "Bornholms Regionskommune", …: the name to use in sentences. */
  officialName: string;
}

export interface LegacySystemRef {
  name: string;
  kind: SystemKind;
  owner: SystemOwner;
  status: string;
  lastMovers: ParsedLastMover[];
  /** False for an empty last-mover cell: nobody has said which systems keep it alive ("I.a.b." says none do). */
  lastMoversKnown: boolean;
  /** "YYYY-12-31" when the table says the system closes in a year ("Lukkes 2020"), else null. */
  plannedShutdown: string | null;
  alternatives: string[];
}

const PLANNED_SHUTDOWN = /^lukkes\s+(\d{4})$/i;

export interface DrejebogStepRef {
  number: number;
  phase: string;
  title: string;
  description: string;
  type: StepType;
}

/**
 * The bundled template is an example built from public facts, not KOMBIT's own drejebog: its version label
 * says so wherever it shows, until KOMBIT publishes the real one.
 */
export const DEFAULT_DREJEBOG_VERSION = 'Eksempel';

function readCsv(file: string): Record<string, string>[] {
  const path = fileURLToPath(new URL(`../../data/${file}`, import.meta.url));
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Reference data: unknown ${what}`);
  return value;
}

export function loadKommuner(): KommuneRef[] {
  return readCsv('kommuner.csv').map((row) => ({
    code: Number(row.kode),
    name: row.navn,
    regionCode: Number(row.region_kode),
    regionName: row.region_navn,
    officialName: row.officielt_navn || `${row.navn} Kommune`,
  }));
}

export function loadLegacySystems(): LegacySystemRef[] {
  return readCsv('ukfs-systemer.csv').map((row) => ({
    name: row.navn,
    kind: required(fromLabel(systemKindLabel, row.type), `system type "${row.type}"`),
    owner: required(Object.values(SystemOwner).find((o) => o === row.forankring), `forankring "${row.forankring}"`),
    status: row.status,
    lastMovers: parseLastMovers(row.last_mover),
    lastMoversKnown: row.last_mover.trim() !== '',
    // "Lukkes 2020" in the alternative column is a planned shutdown, not a replacement.
    plannedShutdown: PLANNED_SHUTDOWN.test(row.alternativ) ? `${PLANNED_SHUTDOWN.exec(row.alternativ)![1]}-12-31` : null,
    alternatives: row.alternativ && !PLANNED_SHUTDOWN.test(row.alternativ) ? [row.alternativ] : [],
  }));
}

export function loadDefaultDrejebog(): DrejebogStepRef[] {
  return readCsv('drejebog-eksempel.csv').map((row) => ({
    number: Number(row.nr),
    phase: row.fase,
    title: row.titel,
    description: row.beskrivelse,
    type: required(fromLabel(stepTypeLabel, row.type), `step type "${row.type}"`),
  }));
}
