import { readCsvRecords, type RowProblem } from '../opsigelse/opsigelse.import.js';

// Parses and checks a wave plan CSV (kommune, bølge, optional foreløbig) in full before anything is stored;
// every bad line is reported with its line number.

export const PLAN_MAX_ROWS = 2000;

export interface PlanRow {
  line: number;
  kommuneCode: number;
  waveId: string;
  provisional: boolean;
}

/**
 * A name as people write it: case, spacing, æøå spelled ae/oe/aa, and "Kommune"/"Regionskommune" make no
 * difference ("KØBENHAVN", "Koebenhavn", "Københavns Kommune" are one kommune).
 */
export function nameKey(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/ (regions)?kommune$/, '')
    .replace(/^(regions)?kommune /, '');
}

const YES = new Set(['ja', 'j', 'x', 'yes', 'true', '1', 'foreløbig']);
const NO = new Set(['', 'nej', 'n', 'no', 'false', '0', 'endelig']);

export function parseWavePlanCsv(
  csv: string,
  kommuner: readonly { code: number; name: string }[],
  waves: readonly { id: string; name: string }[],
): { rows: PlanRow[]; problems: RowProblem[] } {
  const read = readCsvRecords(csv);
  if ('problem' in read) return { rows: [], problems: [read.problem] };
  const header = read.records[0].map((h) => nameKey(h));
  if (header[0] !== 'kommune' || !['boelge', 'bolge', 'wave'].includes(header[1] ?? '')) {
    return { rows: [], problems: [{ line: 1, message: 'Første linje skal være overskrifterne: kommune, bølge (og evt. foreløbig).' }] };
  }
  const body = read.records.slice(1);
  if (body.length === 0) return { rows: [], problems: [{ line: 1, message: 'Filen har ingen rækker.' }] };
  if (body.length > PLAN_MAX_ROWS) return { rows: [], problems: [{ line: 1, message: `Højst ${PLAN_MAX_ROWS} rækker pr. fil.` }] };

  const byCode = new Map(kommuner.map((k) => [k.code, k.code]));
  const byName = new Map<string, number>();
  // The official genitive form ("Københavns Kommune", "Bornholms Regionskommune"); plain names win a clash.
  for (const k of kommuner) byName.set(`${nameKey(k.name)}s`, k.code);
  for (const k of kommuner) byName.set(nameKey(k.name), k.code);
  const waveByName = new Map(waves.map((w) => [nameKey(w.name), w.id]));

  const rows: PlanRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<number, number>();
  body.forEach((record, index) => {
    const line = index + 2;
    const [kommuneText = '', waveText = '', provisionalText = '', ...extra] = record;
    const messages: string[] = [];
    const trimmed = kommuneText.trim();
    const code = /^\d{1,4}$/.test(trimmed) ? byCode.get(Number(trimmed)) : byName.get(nameKey(trimmed));
    if (trimmed === '') messages.push('kommune mangler');
    else if (code === undefined) messages.push(`ukendt kommune "${trimmed}"`);
    const waveId = waveByName.get(nameKey(waveText));
    if (waveText.trim() === '') messages.push('bølge mangler');
    else if (!waveId) messages.push(`ukendt bølge "${waveText.trim()}"`);
    const flag = provisionalText.trim().toLowerCase();
    if (!YES.has(flag) && !NO.has(flag)) messages.push(`foreløbig skal være ja eller nej, ikke "${provisionalText.trim()}"`);
    if (extra.some((cell) => cell.trim() !== '')) messages.push('for mange kolonner');
    if (code !== undefined) {
      const earlier = seen.get(code);
      if (earlier) messages.push(`samme kommune som linje ${earlier}`);
      else seen.set(code, line);
    }
    if (messages.length > 0) problems.push({ line, message: messages.join('; ') });
    else rows.push({ line, kommuneCode: code!, waveId: waveId!, provisional: YES.has(flag) });
  });
  return { rows, problems };
}
