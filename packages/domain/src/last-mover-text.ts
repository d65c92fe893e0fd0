// The U:KFS status table writes last movers as Danish free text, e.g.
// "ESR ved udgang af 2023 eller VALG ca. april 2024" or "KSD – Forventes omlagt Q3-4/22".
// Users need it as structure: one last mover per system named, each with an expected exit date.

export interface ParsedLastMover {
  name: string;
  /** "YYYY-MM-DD", the last day of the period the text names; null when the text names none. */
  expectedExit: string | null;
  /** The original phrase, kept so nothing the table said is lost. */
  note: string | null;
}

const MONTHS = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'december',
];

/** Texts that mean "no last mover" in the table ("I.a.b." = ikke aktuelt). */
const NO_LAST_MOVER = new Set(['', 'i.a.b.', 'iab', '-']);

function lastDayOfMonth(year: number, month1: number): string {
  const day = new Date(Date.UTC(year, month1, 0)).getUTCDate();
  return `${year}-${String(month1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/** The last day of the period a Danish date phrase names, or null. */
export function parseExpectedExit(text: string): string | null {
  const yearEnd = /udgang(?:en)? af (\d{4})/i.exec(text);
  if (yearEnd) return `${yearEnd[1]}-12-31`;

  const month = new RegExp(`(${MONTHS.join('|')})\\s+(\\d{4})`, 'i').exec(text);
  if (month) return lastDayOfMonth(Number(month[2]), MONTHS.indexOf(month[1].toLowerCase()) + 1);

  // "Q3-4/22", "Q3/4-22", "Q4 2023": the later quarter counts.
  const quarter = /Q([1-4])(?:\s*[-/]\s*([1-4]))?\s*[-/ ]\s*(\d{4}|\d{2})\b/i.exec(text);
  if (quarter) {
    const q = Math.max(Number(quarter[1]), Number(quarter[2] ?? quarter[1]));
    return lastDayOfMonth(fullYear(quarter[3]), q * 3);
  }

  const year = /\b(20\d{2})\b/.exec(text);
  if (year) return `${year[1]}-12-31`;
  return null;
}

/** Splits one cell of the table's last_mover column into structured last movers. */
export function parseLastMovers(cell: string): ParsedLastMover[] {
  const text = cell.trim();
  if (NO_LAST_MOVER.has(text.toLowerCase())) return [];
  return text
    .split(/\s+eller\s+/i)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name, ...rest] = part.split(/\s+(?:ved|ca\.|–|-)\s+|,\s*/);
      const phrase = rest.length > 0 ? part.slice(name.length).replace(/^\s*[–-]?\s*/, '').trim() : '';
      return {
        name: name.trim(),
        expectedExit: parseExpectedExit(part),
        note: phrase || null,
      };
    });
}
