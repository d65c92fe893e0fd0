import { describe, expect, it } from 'vitest';
import { nameKey, parseWavePlanCsv } from './wave.import.js';

const kommuner = [
  { code: 101, name: 'København' },
  { code: 400, name: 'Bornholm' },
  { code: 492, name: 'Ærø' },
  { code: 580, name: 'Aabenraa' },
  { code: 147, name: 'Frederiksberg' },
];
const waves = [
  { id: 'w1', name: 'Bølge 1' },
  { id: 'w2', name: 'Bølge 2' },
];

describe('the wave plan CSV', () => {
  it('knows a kommune by code, name, official name, any case and æøå spelled out', () => {
    expect(nameKey('Københavns Kommune')).toBe('koebenhavns');
    expect(nameKey('Bornholms  Regionskommune')).toBe('bornholms');
    const csv = 'kommune;bølge;foreløbig\n101;Bølge 1;\nKøbenhavns Kommune;bølge 2;ja\nBORNHOLMS REGIONSKOMMUNE;Bølge 1;nej\naeroe;Bølge 2;\nÅbenrå;Bølge 2;x';
    const { rows, problems } = parseWavePlanCsv(csv.replace('101;Bølge 1;\n', '147;Bølge 1;\n'), kommuner, waves);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.kommuneCode, r.waveId, r.provisional])).toEqual([
      [147, 'w1', false],
      [101, 'w2', true],
      [400, 'w1', false],
      [492, 'w2', false],
      [580, 'w2', true],
    ]);
  });

  it('names every bad line: unknown kommune or wave, a kommune twice, a bad flag, extra columns', () => {
    const csv = 'kommune,bølge\n101,Bølge 1\n999,Bølge 1\nOdense,Bølge 1\n147,Bølge 7\n101,Bølge 2\n580,Bølge 1,måske\n400,Bølge 1,,x';
    const { rows, problems } = parseWavePlanCsv(csv, kommuner, waves);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(problems[3].message).toBe('samme kommune som linje 2');
    expect(rows).toHaveLength(1);
  });

  it('refuses a file without the header', () => {
    expect(parseWavePlanCsv('101,Bølge 1', kommuner, waves).problems).toEqual([
      { line: 1, message: 'Første linje skal være overskrifterne: kommune, bølge (og evt. foreløbig).' },
    ]);
    expect(parseWavePlanCsv('', kommuner, waves).problems[0].line).toBe(1);
  });
});
