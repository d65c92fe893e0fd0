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
}

export interface LegacySystemRef {
  name: string;
  kind: SystemKind;
  owner: SystemOwner;
  status: string;
  lastMovers: ParsedLastMover[];
  alternatives: string[];
}

export interface DrejebogStepRef {
  number: number;
  phase: string;
  title: string;
  description: string;
  type: StepType;
}

export const DEFAULT_DREJEBOG_VERSION = '1.2';

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
  }));
}

export function loadLegacySystems(): LegacySystemRef[] {
  return readCsv('ukfs-systemer.csv').map((row) => ({
    name: row.navn,
    kind: required(fromLabel(systemKindLabel, row.type), `system type "${row.type}"`),
    owner: required(Object.values(SystemOwner).find((o) => o === row.forankring), `forankring "${row.forankring}"`),
    status: row.status,
    lastMovers: parseLastMovers(row.last_mover),
    alternatives: row.alternativ ? [row.alternativ] : [],
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
