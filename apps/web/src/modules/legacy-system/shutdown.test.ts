import { describe, expect, it } from 'vitest';
import { earliestShutdownCell, earliestShutdownText, riskText } from './shutdown';

const base = { kind: 'PREREQUISITE', earliestShutdown: null, plannedShutdown: null, lastMoversKnown: true, shutdownAtRisk: false, lastMovers: [] };

describe('how a shutdown reads', () => {
  it('says unknown, not none, while the last movers are not known', () => {
    expect(earliestShutdownText({ ...base, lastMoversKnown: false })).toMatch(/^Ukendt/);
    expect(earliestShutdownCell({ ...base, lastMoversKnown: false })).toBe('Ukendt');
    expect(earliestShutdownText(base)).toBe('Ingen last movers tilbage');
  });

  it('says why a date cannot be computed, and flags a computed date after the planned one', () => {
    expect(earliestShutdownText({ ...base, lastMovers: [{ exited: false, expectedExit: null }] })).toMatch(/mangler en forventet udgang/);
    const late = { ...base, earliestShutdown: '2024-04-30', plannedShutdown: '2020-12-31', shutdownAtRisk: true };
    expect(riskText(late)).toMatch(/^Risiko: den beregnede lukning \(30\. apr.* 2024\) ligger efter den planlagte \(31\. dec.* 2020\)\.$/);
    expect(riskText({ ...late, shutdownAtRisk: false })).toBeNull();
  });
});
