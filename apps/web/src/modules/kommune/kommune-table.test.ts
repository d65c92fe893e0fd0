import { describe, expect, it } from 'vitest';
import { TrafficLight } from '@udfasning/domain';
import { applyView, readView, regionsOf, writeView, type KommuneRow } from './kommune-table';

const row = (patch: Partial<KommuneRow> & Pick<KommuneRow, 'code' | 'name'>): KommuneRow => ({
  region: 'Region Hovedstaden',
  trafficLight: TrafficLight.GREEN,
  finished: 0,
  total: 10,
  agreementDate: null,
  manualDate: null,
  ...patch,
});

const rows: KommuneRow[] = [
  row({ code: 101, name: 'København', agreementDate: '2021-05-01', manualDate: '2021-06-01', finished: 8 }),
  row({ code: 147, name: 'Frederiksberg', trafficLight: TrafficLight.RED, finished: 2 }),
  row({ code: 751, name: 'Aarhus', region: 'Region Midtjylland', trafficLight: TrafficLight.YELLOW, agreementDate: '2020-01-15', finished: 5 }),
  row({ code: 860, name: 'Hjørring', region: 'Region Nordjylland', manualDate: '2022-02-02', finished: 10 }),
  row({ code: 461, name: 'Odense', region: 'Region Syddanmark', finished: 5 }),
];

const view = (params = '') => readView(new URLSearchParams(params));
const codes = (list: KommuneRow[]) => list.map((r) => r.code);

describe('the kommune table view', () => {
  it('lists every kommune by kommunekode when nothing is chosen', () => {
    expect(codes(applyView(rows, view()))).toEqual([101, 147, 461, 751, 860]);
  });

  it('searches names case-insensitively, with æøå, and codes by prefix', () => {
    expect(codes(applyView(rows, view('q=KØBEN')))).toEqual([101]);
    expect(codes(applyView(rows, view('q=hjør')))).toEqual([860]);
    expect(codes(applyView(rows, view('q=14')))).toEqual([147]);
  });

  it('filters by region, traffic light and opsagt, combined', () => {
    expect(codes(applyView(rows, view('region=Region+Hovedstaden')))).toEqual([101, 147]);
    expect(codes(applyView(rows, view('trafiklys=RED')))).toEqual([147]);
    expect(codes(applyView(rows, view('opsagt=begge')))).toEqual([101]);
    expect(codes(applyView(rows, view('opsagt=aftale')))).toEqual([101, 751]);
    expect(codes(applyView(rows, view('opsagt=manuelle')))).toEqual([101, 860]);
    expect(codes(applyView(rows, view('opsagt=mangler')))).toEqual([147, 461, 751, 860]);
    expect(codes(applyView(rows, view('region=Region+Hovedstaden&opsagt=mangler')))).toEqual([147]);
  });

  it('sorts any column both ways, Danish alphabet for names, ties by code', () => {
    expect(codes(applyView(rows, view('sort=name')))).toEqual([147, 860, 101, 461, 751]); // Aarhus sorts as Å, last
    expect(codes(applyView(rows, view('sort=progress&retning=faldende')))).toEqual([860, 101, 461, 751, 147]);
    expect(codes(applyView(rows, view('sort=trafficLight')))).toEqual([147, 751, 101, 461, 860]);
    expect(codes(applyView(rows, view('sort=agreement')))).toEqual([751, 101, 147, 461, 860]);
  });

  it('round-trips through the URL and ignores unknown values', () => {
    const v = view('q=aa&region=Region+Midtjylland&trafiklys=YELLOW&opsagt=aftale&sort=name&retning=faldende');
    expect(readView(writeView(v))).toEqual(v);
    expect(view('trafiklys=BLUE&sort=drop+table&opsagt=x')).toEqual(view());
    expect(writeView(view()).toString()).toBe('');
  });

  it('offers each region once, alphabetically', () => {
    expect(regionsOf(rows)).toEqual(['Region Hovedstaden', 'Region Midtjylland', 'Region Nordjylland', 'Region Syddanmark']);
  });
});
