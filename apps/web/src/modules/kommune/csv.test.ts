import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('CSV for Excel', () => {
  it('starts with a UTF-8 byte order mark so Excel shows æøå', () => {
    const csv = toCsv(['Kommune'], [['Høje-Taastrup'], ['Læsø']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1)).toBe('Kommune\r\nHøje-Taastrup\r\nLæsø\r\n');
  });

  it('separates with semicolons and quotes fields that need it', () => {
    expect(toCsv(['a', 'b'], [['x;y', 'sagt "nej"'], ['linje\nto', 'ok']]).slice(1)).toBe(
      'a;b\r\n"x;y";"sagt ""nej"""\r\n"linje\nto";ok\r\n',
    );
  });

  it('never lets a cell run as a spreadsheet formula', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://evil")'], ['+1'], ['-2'], ['@SUM(A1)']]).slice(1)).toBe(
      'x\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n',
    );
  });
});
