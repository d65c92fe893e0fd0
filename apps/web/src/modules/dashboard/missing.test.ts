import { describe, expect, it } from 'vitest';
import { byRegion, missingRows } from './OverblikPage';

const kommune = (code: number, region: string) => ({ __typename: 'Kommune' as const, code, officialName: `K${code} Kommune`, region, contacts: [] });

describe("Overblik's missing kommuner", () => {
  it('merges both kinds per kommune and groups them by region, regions in Danish order', () => {
    const rows = missingRows({
      agreementMissing: [kommune(851, 'Region Nordjylland'), kommune(101, 'Region Hovedstaden')],
      manualMissing: [kommune(101, 'Region Hovedstaden'), kommune(461, 'Region Syddanmark')],
    });
    expect(rows.map((r) => [r.kommune.code, r.agreement, r.manual])).toEqual([
      [101, true, true],
      [461, false, true],
      [851, true, false],
    ]);
    expect(byRegion(rows).map((g) => [g.region, g.rows.length])).toEqual([
      ['Region Hovedstaden', 1],
      ['Region Nordjylland', 1],
      ['Region Syddanmark', 1],
    ]);
  });
});
