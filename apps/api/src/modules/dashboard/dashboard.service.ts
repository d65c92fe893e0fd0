import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { OpsigelseKind } from '@udfasning/domain';
import { todayInDenmark } from '../../clock.js';
import type { Kommune } from '../kommune/kommune.entity.js';
import type { DrejebogStep } from '../drejebog/drejebog-step.entity.js';
import * as q from './dashboard.queries.js';
import type { CountAtDate, Forecast, StepProgress, TrafficLightCounts, WaveSummary } from './dashboard.types.js';

/** The pace is taken from opsigelser dated within this many days up to today. */
export const FORECAST_WINDOW_DAYS = 180;
/** Fewer opsigelser than this in the window is too little to call a pace. */
export const FORECAST_MIN_POINTS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;
/** toLocaleString builds a formatter on every call, twice per dashboard. */
const danishNumber = new Intl.NumberFormat('da-DK');

export type DashboardLoaders = ReturnType<DashboardService['createLoaders']>;

/** The cumulative count on `day`: the last point of the series dated on or before it. */
function countAt(series: q.SeriesPointRow[], day: string): number {
  let count = 0;
  for (const point of series) {
    if (point.date > day) break;
    count = point.count;
  }
  return count;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export class DashboardService {
  constructor(private readonly db: DataSource) {}

  /**
   * Per request: every dashboard field asked for (any number of fields and aliases) is answered from
   * one statement that computes just the facts they need.
   */
  createLoaders(day: () => string) {
    return {
      dashboardFacts: new DataLoader<q.DashboardFact, unknown>(async (facts) => {
        const row = await q.dashboardFacts(this.db, facts, day());
        return facts.map((fact) => row[fact]);
      }),
    };
  }

  private fact<F extends q.DashboardFact>(loaders: DashboardLoaders, fact: F): Promise<q.DashboardFacts[F]> {
    return loaders.dashboardFacts.load(fact) as Promise<q.DashboardFacts[F]>;
  }

  private async series(loaders: DashboardLoaders, kind: OpsigelseKind): Promise<q.SeriesPointRow[]> {
    return (await this.fact(loaders, 'series')).filter((point) => point.kind === kind);
  }

  // Each method reads through the request's loaders.

  kommuneCount(loaders: DashboardLoaders): Promise<number> {
    return this.fact(loaders, 'kommuneCount');
  }

  async terminated(
    kind: OpsigelseKind,
    asOf: string | null | undefined,
    loaders: DashboardLoaders,
  ): Promise<number> {
    return countAt(await this.series(loaders, kind), asOf ?? todayInDenmark());
  }

  async terminationsOverTime(
    kind: OpsigelseKind,
    loaders: DashboardLoaders,
  ): Promise<CountAtDate[]> {
    return (await this.series(loaders, kind)).map(({ date, count }) => ({ date, count }));
  }

  async notTerminated(kind: OpsigelseKind, loaders: DashboardLoaders): Promise<Kommune[]> {
    return (await this.fact(loaders, 'missing'))
      .filter((row) => row.kind === kind)
      .map(({ kind: _kind, ...kommune }) => kommune as Kommune);
  }

  trafficLights(loaders: DashboardLoaders): Promise<TrafficLightCounts> {
    return this.fact(loaders, 'trafficLights');
  }

  async waves(loaders: DashboardLoaders): Promise<WaveSummary[]> {
    return (await this.fact(loaders, 'waves')).map(({ wave, kommuneCount, green, yellow, red, gatesMissed }) => ({
      wave,
      kommuneCount,
      green,
      yellow,
      red,
      gatesMissed,
    }));
  }

  async stepProgress(loaders: DashboardLoaders): Promise<StepProgress[]> {
    const rows = await this.fact(loaders, 'stepProgress');
    return rows.map(({ done, started, notStarted, notApplicable, ...step }) => ({
      step: step as DrejebogStep,
      done,
      started,
      notStarted,
      notApplicable,
    }));
  }

  /**
   * Linear extrapolation of the recent pace: opsigelser dated in the last FORECAST_WINDOW_DAYS days,
   * spread over the window, carried forward from today until every kommune is out.
   */
  async forecast(
    kind: OpsigelseKind,
    today: string = todayInDenmark(),
    loaders: DashboardLoaders,
  ): Promise<Forecast | null> {
    const [total, series] = await Promise.all([this.fact(loaders, 'kommuneCount'), this.series(loaders, kind)]);
    const windowStart = addDays(today, -FORECAST_WINDOW_DAYS);
    const pace = {
      total: series.at(-1)?.count ?? 0,
      inWindow: countAt(series, today) - countAt(series, windowStart),
      latest: series.at(-1)?.date ?? null,
    };
    const remaining = Math.max(total - pace.total, 0);
    const perDay = pace.inWindow / FORECAST_WINDOW_DAYS;
    const pacePer30Days = Math.round(perDay * 30 * 10) / 10;
    if (remaining === 0 && pace.latest) {
      return {
        date: pace.latest,
        method: `Alle ${total} kommuner har opsagt; datoen er den seneste opsigelse.`,
        pacePer30Days,
        remaining,
      };
    }
    if (pace.inWindow < FORECAST_MIN_POINTS) return null;
    return {
      date: addDays(today, Math.ceil(remaining / perDay)),
      method:
        `Lineær fremskrivning: ${pace.inWindow} opsigelser de seneste ${FORECAST_WINDOW_DAYS} dage ` +
        `(${danishNumber.format(pacePer30Days)} pr. 30 dage). Med det tempo har de sidste ${remaining} ` +
        `af ${total} kommuner opsagt på den viste dato.`,
      pacePer30Days,
      remaining,
    };
  }
}
