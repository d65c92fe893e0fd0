// CSV that Excel opens correctly in a Danish locale: UTF-8 with a byte order mark (so æøå survive),
// semicolons (Danish Excel's list separator), CRLF line ends, quoted fields where needed.

const BOM = '\uFEFF';

function field(value: string): string {
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], records: readonly (readonly string[])[]): string {
  return BOM + [header, ...records].map((record) => record.map(field).join(';')).join('\r\n') + '\r\n';
}

/** Hands the text to the browser as a file download. */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
