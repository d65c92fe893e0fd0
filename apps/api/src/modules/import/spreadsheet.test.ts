import { describe, expect, it } from 'vitest';
import { normaliseHeader, parseDanishDate, readSpreadsheet } from './spreadsheet.js';

describe('reading spreadsheet headers and days as Danish sheets write them', () => {
  it('matches headers whatever their case, punctuation or spelling of æøå', () => {
    expect(normaliseHeader(' E-mail ')).toBe(normaliseHeader('Email'));
    expect(normaliseHeader('Bemærkning')).toBe('bemaerkning');
    expect(normaliseHeader('BEMAERKNING')).toBe('bemaerkning');
    expect(normaliseHeader('Kommunekode')).not.toBe(normaliseHeader('Kommune'));
  });

  it('reads ISO and Danish day formats and refuses days that do not exist', () => {
    expect(parseDanishDate('2022-04-01')).toBe('2022-04-01');
    expect(parseDanishDate('1-4-2022')).toBe('2022-04-01');
    expect(parseDanishDate('01.04.2022')).toBe('2022-04-01');
    expect(parseDanishDate('1/4-2022')).toBe('2022-04-01');
    expect(parseDanishDate('29-02-2023')).toBeNull();
    expect(parseDanishDate('april 2022')).toBeNull();
  });

  it('maps columns by header, skips empty rows and keeps line numbers', async () => {
    const file = Buffer.from('\uFEFFNote;KOMMUNE\r\nhej;101\r\n;\r\n;147\r\n').toString('base64');
    const rows = await readSpreadsheet(file, 'x.csv', [
      { key: 'kommune', headers: ['Kommune'], required: true },
      { key: 'note', headers: ['Note'] },
    ]);
    expect(rows).toEqual([
      { line: 2, cells: { kommune: '101', note: 'hej' } },
      { line: 4, cells: { kommune: '147', note: '' } },
    ]);
  });
});
