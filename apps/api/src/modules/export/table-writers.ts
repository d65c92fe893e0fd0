import ExcelJS from 'exceljs';

// One table, two file formats: .xlsx (real date cells, bold header, frozen first row) and .csv as Danish
// Excel opens it (UTF-8 with BOM, semicolons, CRLF, ISO dates).

/** A calendar day, written as a date cell in xlsx. */
export interface DayCell {
  day: string;
}
export type Cell = string | number | DayCell | null;

export interface Table {
  /** The sheet's name (at most 31 characters). */
  sheet: string;
  header: string[];
  rows: Cell[][];
  /** Column widths in characters, by position (optional). */
  widths?: number[];
}

const isDay = (cell: Cell): cell is DayCell => typeof cell === 'object' && cell !== null;

export async function toXlsx(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Udfasning';
  const sheet = workbook.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(
      row.map((cell) => {
        if (!isDay(cell)) return cell;
        const [y, m, d] = cell.day.split('-').map(Number);
        return new Date(Date.UTC(y, m - 1, d));
      }),
    );
  }
  table.header.forEach((title, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = table.widths?.[i] ?? Math.min(60, Math.max(10, title.length + 2));
    if (table.rows.some((row) => isDay(row[i] ?? null))) column.numFmt = 'dd-mm-yyyy';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (isDay(cell)) return cell.day;
  const value = String(cell);
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
  const safe = typeof cell === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(table: Table): string {
  return '\uFEFF' + [table.header, ...table.rows].map((row) => row.map(csvField).join(';')).join('\r\n') + '\r\n';
}
