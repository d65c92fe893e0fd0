import type { DataSource } from 'typeorm';
import type { OpsigelseKind } from '@udfasning/domain';
import { todayInDenmark } from '../../clock.js';
import type { Kommune } from '../kommune/kommune.entity.js';
import type { DrejebogStep } from '../drejebog/drejebog-step.entity.js';
import { trafficLightCounts } from '../checklist/checklist.queries.js';
import * as q from './dashboard.queries.js';
import type { CountAtDate, Forecast, StepProgress, TrafficLightCounts } from './dashboard.types.js';

/** The pace is taken from opsigelser dated within this many days up to today. */
export const FORECAST_WINDOW_DAYS = 180;
/** Fewer opsigelser than this in the window is too little to call a pace. */
export const FORECAST_MIN_POINTS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export class DashboardService {
  constructor(private readonly db: DataSource) {}

  kommuneCount(): Promise<number> {
    return q.kommuneCount(this.db);
  }

  terminated(kind: OpsigelseKind, asOf: string | null | undefined): Promise<number> {
    return q.terminatedCount(this.db, kind, asOf ?? todayInDenmark());
  }

  terminationsOverTime(kind: OpsigelseKind): Promise<CountAtDate[]> {
    return q.terminationsOverTime(this.db, kind);
  }

  notTerminated(kind: OpsigelseKind): Promise<Kommune[]> {
    return q.notTerminated(this.db, kind);
  }

  trafficLights(): Promise<TrafficLightCounts> {
    return trafficLightCounts(this.db, todayInDenmark());
  }

  async stepProgress(): Promise<StepProgress[]> {
    const rows = await q.stepProgress(this.db);
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
  async forecast(kind: OpsigelseKind, today: string = todayInDenmark()): Promise<Forecast | null> {
    const total = await q.kommuneCount(this.db);
    const windowStart = addDays(today, -FORECAST_WINDOW_DAYS);
    const pace = await q.terminationPace(this.db, kind, windowStart, today);
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
        `(${pacePer30Days.toLocaleString('da-DK')} pr. 30 dage). Med det tempo har de sidste ${remaining} ` +
        `af ${total} kommuner opsagt på den viste dato.`,
      pacePer30Days,
      remaining,
    };
  }
}
