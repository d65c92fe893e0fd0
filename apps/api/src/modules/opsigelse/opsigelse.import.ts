import { parse } from 'csv-parse/sync';
import { fromLabel, opsigelseKindLabel, OpsigelseKind, NOTE_MAX } from '@udfasning/domain';

// Parses and checks an opsigelse CSV file (kommunekode, kind, date, note) in full before anything is
// stored; every bad row is reported with its line number.

export const IMPORT_MAX_ROWS = 2000;
export const EARLIEST_OPSIGELSE = '2015-01-01';

export interface ImportRow {
  line: number;
  kommuneCode: number;
  kind: OpsigelseKind;
  date: string;
  note: string | null;
}

export interface RowProblem {
  line: number;
  message: string;
}

const HEADER = ['kommunekode', 'kind', 'date', 'note'];
const DANISH_HEADER: Record<string, string> = { type: 'kind', art: 'kind', dato: 'date', bemærkning: 'note', note: 'note' };

/** Accepts the enum name (KMD_SAG_AGREEMENT) or the Danish label ("Manuelle sager"). */
export function parseKind(value: string): OpsigelseKind | undefined {
  const upper = value.trim().toUpperCase();
  if ((Object.values(OpsigelseKind) as string[]).includes(upper)) return upper as OpsigelseKind;
  return fromLabel(opsigelseKindLabel, value);
}

/** "YYYY-MM-DD" that names a real calendar day. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** Why a date cannot be an opsigelse date, or null when it can. */
export function opsigelseDateProblem(date: string, today: string): string | null {
  if (date > today) return 'Datoen må ikke ligge i fremtiden.';
  if (date < EARLIEST_OPSIGELSE) return 'Datoen må ikke ligge før 2015.';
  return null;
}

/**
 * The records of a CSV file as KOMBIT's spreadsheets save it: an optional BOM, `,` or `;` between fields,
 * quoted fields, empty lines skipped. A file that cannot be read or has no records is one problem.
 */
export function readCsvRecords(csv: string): { records: string[][] } | { problem: RowProblem } {
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      delimiter: [',', ';'],
      skip_empty_lines: true,
      relax_column_count: true,
      trim: false,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return { problem: { line, message: 'Filen kan ikke læses som CSV.' } };
  }
  if (records.length === 0) return { problem: { line: 1, message: 'Filen er tom.' } };
  return { records };
}

export function parseOpsigelseCsv(
  csv: string,
  today: string,
  knownCodes: ReadonlySet<number>,
): { rows: ImportRow[]; problems: RowProblem[] } {
  const read = readCsvRecords(csv);
  if ('problem' in read) return { rows: [], problems: [read.problem] };
  const records = read.records;

  const first = records[0].map((h) => h.trim().toLowerCase());
  const header = first.map((h) => DANISH_HEADER[h] ?? h);
  const hasHeader = header[0] === 'kommunekode';
  if (hasHeader && (header[1] !== 'kind' || header[2] !== 'date')) {
    return { rows: [], problems: [{ line: 1, message: `Kolonnerne skal være: ${HEADER.join(', ')}.` }] };
  }
  const body = hasHeader ? records.slice(1) : records;
  if (body.length === 0) return { rows: [], problems: [{ line: 1, message: 'Filen har ingen rækker.' }] };
  if (body.length > IMPORT_MAX_ROWS) {
    return { rows: [], problems: [{ line: 1, message: `Højst ${IMPORT_MAX_ROWS} rækker pr. fil.` }] };
  }

  const rows: ImportRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  body.forEach((record, index) => {
    const line = index + (hasHeader ? 2 : 1);
    const [codeText = '', kindText = '', dateText = '', noteText = '', ...extra] = record;
    const messages: string[] = [];
    const code = /^\s*\d{1,4}\s*$/.test(codeText) ? Number(codeText) : NaN;
    if (Number.isNaN(code)) messages.push(`ugyldig kommunekode "${codeText}"`);
    else if (!knownCodes.has(code)) messages.push(`kommunekode ${code} findes ikke`);
    const kind = parseKind(kindText);
    if (!kind) messages.push(`ukendt type "${kindText}"`);
    const date = dateText.trim();
    if (!isCalendarDate(date)) messages.push(`ugyldig dato "${dateText}" (brug ÅÅÅÅ-MM-DD)`);
    else {
      const problem = opsigelseDateProblem(date, today);
      if (problem) messages.push(problem.toLowerCase().replace(/\.$/, ''));
    }
    if (noteText.includes('\u0000')) messages.push('noten indeholder et ugyldigt tegn');
    if ([...noteText].length > NOTE_MAX) messages.push(`noten er over ${NOTE_MAX} tegn`);
    if (extra.some((cell) => cell.trim() !== '')) messages.push('for mange kolonner');
    if (kind && !Number.isNaN(code)) {
      const key = `${code}/${kind}`;
      const earlier = seen.get(key);
      if (earlier) messages.push(`samme kommune og type som linje ${earlier}`);
      else seen.set(key, line);
    }
    if (messages.length > 0) problems.push({ line, message: messages.join('; ') });
    else rows.push({ line, kommuneCode: code, kind: kind!, date, note: noteText.trim() === '' ? null : noteText });
  });
  return { rows, problems };
}
