import { TrafficLight } from '@udfasning/domain';

// The /kommuner view as pure functions: the URL holds the view (bookmarkable), these compute it.

export interface KommuneRow {
  code: number;
  name: string;
  region: string;
  trafficLight: TrafficLight;
  /** Finished (done or not applicable) of total steps. */
  finished: number;
  total: number;
  /** Date of the standing opsigelse of the KMD Sag agreement, or null. */
  agreementDate: string | null;
  /** Date of the standing opsigelse of manual cases, or null. */
  manualDate: string | null;
  /** The name of the bølge the kommune is placed in; null when not placed. */
  wave?: string | null;
}

export type SortKey = 'code' | 'name' | 'region' | 'wave' | 'trafficLight' | 'progress' | 'agreement' | 'manual';
export type SortDirection = 'asc' | 'desc';
export type OpsagtFilter = '' | 'begge' | 'aftale' | 'manuelle' | 'mangler';

export interface KommuneView {
  search: string;
  region: string;
  trafficLight: '' | TrafficLight;
  opsagt: OpsagtFilter;
  /** A bølge's name, NO_WAVE for the kommuner not placed, or '' for all. */
  wave: string;
  sort: SortKey;
  direction: SortDirection;
}

/** The wave filter's value for kommuner not placed in any bølge. */
export const NO_WAVE = 'ingen';

export const SORT_KEYS: SortKey[] = ['code', 'name', 'region', 'wave', 'trafficLight', 'progress', 'agreement', 'manual'];
const TRAFFIC_ORDER: Record<TrafficLight, number> = { RED: 0, YELLOW: 1, GREEN: 2 };

export function readView(params: URLSearchParams): KommuneView {
  const sort = params.get('sort') as SortKey | null;
  const light = params.get('trafiklys');
  const opsagt = params.get('opsagt');
  return {
    search: params.get('q') ?? '',
    region: params.get('region') ?? '',
    trafficLight: Object.values(TrafficLight).find((value) => value === light) ?? '',
    opsagt: opsagt === 'begge' || opsagt === 'aftale' || opsagt === 'manuelle' || opsagt === 'mangler' ? opsagt : '',
    wave: params.get('bolge') ?? '',
    sort: sort && SORT_KEYS.includes(sort) ? sort : 'code',
    direction: params.get('retning') === 'faldende' ? 'desc' : 'asc',
  };
}

export function writeView(view: KommuneView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search) params.set('q', view.search);
  if (view.region) params.set('region', view.region);
  if (view.trafficLight) params.set('trafiklys', view.trafficLight);
  if (view.opsagt) params.set('opsagt', view.opsagt);
  if (view.wave) params.set('bolge', view.wave);
  if (view.sort !== 'code') params.set('sort', view.sort);
  if (view.direction === 'desc') params.set('retning', 'faldende');
  return params;
}

/** Case- and accent-insensitive enough for Danish: "aar" does not match "år", but case never matters. */
function normalise(text: string): string {
  return text.toLocaleLowerCase('da-DK').trim();
}

export function matches(row: KommuneRow, view: KommuneView): boolean {
  const query = normalise(view.search);
  if (query && !normalise(row.name).includes(query) && !String(row.code).startsWith(query)) return false;
  if (view.region && row.region !== view.region) return false;
  if (view.trafficLight && row.trafficLight !== view.trafficLight) return false;
  if (view.wave && (row.wave ?? NO_WAVE) !== view.wave) return false;
  switch (view.opsagt) {
    case 'begge':
      return row.agreementDate !== null && row.manualDate !== null;
    case 'aftale':
      return row.agreementDate !== null;
    case 'manuelle':
      return row.manualDate !== null;
    case 'mangler':
      return row.agreementDate === null || row.manualDate === null;
    default:
      return true;
  }
}

export function progressShare(row: KommuneRow): number {
  return row.total === 0 ? 0 : row.finished / row.total;
}

const collator = new Intl.Collator('da-DK');

function compare(a: KommuneRow, b: KommuneRow, key: SortKey): number {
  switch (key) {
    case 'code':
      return a.code - b.code;
    case 'name':
      return collator.compare(a.name, b.name);
    case 'region':
      return collator.compare(a.region, b.region);
    case 'wave':
      // Not placed sorts last when ascending.
      return a.wave && b.wave ? collator.compare(a.wave, b.wave) : a.wave ? -1 : b.wave ? 1 : 0;
    case 'trafficLight':
      return TRAFFIC_ORDER[a.trafficLight] - TRAFFIC_ORDER[b.trafficLight];
    case 'progress':
      return progressShare(a) - progressShare(b);
    case 'agreement':
    case 'manual': {
      const field = key === 'agreement' ? 'agreementDate' : 'manualDate';
      // Missing opsigelser sort last when ascending: they are "not yet".
      const x = a[field] ?? '9999';
      const y = b[field] ?? '9999';
      return x < y ? -1 : x > y ? 1 : 0;
    }
  }
}

/** Filtered and sorted rows; ties keep kommunekode order so the result is stable. */
export function applyView(rows: readonly KommuneRow[], view: KommuneView): KommuneRow[] {
  const sign = view.direction === 'asc' ? 1 : -1;
  return rows
    .filter((row) => matches(row, view))
    .sort((a, b) => sign * compare(a, b, view.sort) || a.code - b.code);
}

export function regionsOf(rows: readonly KommuneRow[]): string[] {
  return [...new Set(rows.map((row) => row.region))].sort(collator.compare);
}
