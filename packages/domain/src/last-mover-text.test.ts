import { describe, expect, it } from 'vitest';
import { parseExpectedExit, parseLastMovers } from './last-mover-text.js';

describe('parseLastMovers', () => {
  it('splits "eller" into two last movers with their expected exits', () => {
    expect(parseLastMovers('ESR ved udgang af 2023 eller VALG ca. april 2024')).toEqual([
      { name: 'ESR', expectedExit: '2023-12-31', note: 'ved udgang af 2023' },
      { name: 'VALG', expectedExit: '2024-04-30', note: 'ca. april 2024' },
    ]);
  });

  it('reads both quarter spellings as the end of the later quarter', () => {
    expect(parseLastMovers('KSD – Forventes omlagt Q3-4/22')).toEqual([
      { name: 'KSD', expectedExit: '2022-12-31', note: 'Forventes omlagt Q3-4/22' },
    ]);
    expect(parseLastMovers('KSD – Forventes omlagt Q3/4-22')[0].expectedExit).toBe('2022-12-31');
  });

  it('keeps a bare system name without a date', () => {
    expect(parseLastMovers('KMD Aktiv')).toEqual([{ name: 'KMD Aktiv', expectedExit: null, note: null }]);
  });

  it('treats empty cells and "I.a.b." as no last mover', () => {
    expect(parseLastMovers('')).toEqual([]);
    expect(parseLastMovers('I.a.b.')).toEqual([]);
  });
});

describe('parseExpectedExit', () => {
  it('handles months, years and single quarters', () => {
    expect(parseExpectedExit('ca. februar 2024')).toBe('2024-02-29');
    expect(parseExpectedExit('Forventes i drift 2024')).toBe('2024-12-31');
    expect(parseExpectedExit('Q2 2025')).toBe('2025-06-30');
    expect(parseExpectedExit('snart')).toBeNull();
  });
});
