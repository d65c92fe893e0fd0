import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { BadInputError } from '../../graphql/errors.js';

// Reads KOMBIT's spreadsheets (.xlsx or .csv) into rows of strings by column, for every import. Headers are
// matched by name, tolerant of case, spaces, punctuation and æøå spelled out (ae, oe, aa), so "E-mail",
// "e-mail" and "Email" are one column and "Bemærkning" matches "bemaerkning".

/** The decoded file may be at most this big (the request body limit is 2 MB, and base64 adds a third). */
export const MAX_FILE_BYTES = 1_000_000;
export const MAX_ROWS = 2000;

export interface ColumnSpec<K extends string> {
  key: K;
  /** Header names that mean this column, the first being the one the app writes. */
  headers: readonly string[];
  required?: boolean;
}

export interface SheetRow<K extends string> {
  /** The row's line in the file (1 is the header). */
  line: number;
  cells: Record<K, string>;
}

export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

const pad = (n: number) => String(n).padStart(2, '0');
/** exceljs reads a date cell as midnight UTC of that day. */
const isoDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('hyperlink' in value) {
      const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
      return typeof text === 'string' ? text : cellText(text as ExcelJS.CellValue);
    }
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

function decode(fileBase64: string): Buffer {
  // base64 of MAX_FILE_BYTES is 4/3 as long; refuse before decoding anything bigger.
  if (fileBase64.length > Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4) {
    throw new BadInputError(`Filen er for stor: højst ${MAX_FILE_BYTES / 1_000_000} MB.`);
  }
  const buffer = Buffer.from(fileBase64, 'base64');
  if (buffer.length === 0) throw new BadInputError('Filen er tom.');
  if (buffer.length > MAX_FILE_BYTES) throw new BadInputError(`Filen er for stor: højst ${MAX_FILE_BYTES / 1_000_000} MB.`);
  return buffer;
}

async function xlsxRecords(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new BadInputError('Filen kan ikke læses som et Excel-regneark (.xlsx).');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new BadInputError('Regnearket har ingen ark.');
  if (sheet.rowCount > MAX_ROWS + 1) throw new BadInputError(`Højst ${MAX_ROWS} rækker pr. fil.`);
  const records: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const record: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 0); c++) record.push(cellText(row.getCell(c).value).trim());
    records.push(record);
  }
  return records;
}

function csvRecords(buffer: Buffer): string[][] {
  try {
    return parse(buffer.toString('utf8').replace(/^\uFEFF/, ''), {
      delimiter: [';', ',', '\t'],
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new BadInputError(`Filen kan ikke læses som CSV${line ? ` (linje ${line})` : ''}.`);
  }
}

/**
 * The rows of the first sheet (xlsx) or the file (csv), by the columns asked for. The first row is the header;
 * a required column missing from it, or a file that is neither, is BAD_USER_INPUT. Empty rows are skipped.
 */
export async function readSpreadsheet<K extends string>(
  fileBase64: string,
  fileName: string,
  columns: readonly ColumnSpec<K>[],
): Promise<SheetRow<K>[]> {
  const buffer = decode(fileBase64);
  const lower = fileName.toLowerCase();
  const isZip = buffer[0] === 0x50 && buffer[1] === 0x4b;
  let records: string[][];
  if (lower.endsWith('.xlsx') || (isZip && !lower.endsWith('.csv'))) records = await xlsxRecords(buffer);
  else if (lower.endsWith('.csv') || lower.endsWith('.txt')) records = csvRecords(buffer);
  else throw new BadInputError('Upload en .xlsx- eller .csv-fil.');

  const headerIndex = records.findIndex((record) => record.some((cell) => cell !== ''));
  if (headerIndex < 0) throw new BadInputError('Filen er tom.');
  const header = records[headerIndex].map(normaliseHeader);
  const positions = new Map<K, number>();
  for (const column of columns) {
    const names = column.headers.map(normaliseHeader);
    const at = header.findIndex((h) => names.includes(h));
    if (at >= 0) positions.set(column.key, at);
  }
  const missing = columns.filter((c) => c.required && !positions.has(c.key));
  if (missing.length > 0) {
    throw new BadInputError(
      `Første række skal have kolonnerne ${columns.filter((c) => c.required).map((c) => `"${c.headers[0]}"`).join(', ')}. ` +
        `Mangler: ${missing.map((c) => `"${c.headers[0]}"`).join(', ')}.`,
      { missingColumns: missing.map((c) => c.headers[0]) },
    );
  }
  const rows: SheetRow<K>[] = [];
  records.slice(headerIndex + 1).forEach((record, i) => {
    if (record.every((cell) => (cell ?? '').trim() === '')) return;
    const cells = Object.fromEntries(columns.map((c) => [c.key, positions.has(c.key) ? (record[positions.get(c.key)!] ?? '').trim() : ''])) as Record<K, string>;
    rows.push({ line: headerIndex + i + 2, cells });
  });
  if (rows.length === 0) throw new BadInputError('Filen har ingen rækker under overskrifterne.');
  if (rows.length > MAX_ROWS) throw new BadInputError(`Højst ${MAX_ROWS} rækker pr. fil.`);
  return rows;
}

/**
 * A day written the ways Danish spreadsheets write it: "2022-04-01", "01-04-2022", "1.4.2022", "1/4-2022",
 * "1/4/2022". Answers "YYYY-MM-DD" or null when it names no real day.
 */
export function parseDanishDate(text: string): string | null {
  const value = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(value);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && isoDay(parsed) === iso && y > 0 ? iso : null;
}
