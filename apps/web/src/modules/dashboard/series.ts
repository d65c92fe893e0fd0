// The cumulative opsigelse series as one row per month: what a table alternative to the curve
// needs (a row per date would run to pages in a printed meeting pack).

export interface CountAtDate {
  date: string;
  count: number;
}

export interface MonthRow {
  month: string;
  label: string;
  agreement: number;
  manual: number;
}

const monthLabel = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The running total on the last day of `month` ("YYYY-MM"): the last point dated in or before it. */
function totalAt(series: readonly CountAtDate[], month: string): number {
  let total = 0;
  for (const point of series) if (point.date.slice(0, 7) <= month) total = point.count;
  return total;
}

export function monthlyTotals(agreement: readonly CountAtDate[], manual: readonly CountAtDate[]): MonthRow[] {
  const dates = [...agreement, ...manual].map((p) => p.date).sort();
  if (dates.length === 0) return [];
  const rows: MonthRow[] = [];
  let [year, month] = dates[0]!.slice(0, 7).split('-').map(Number) as [number, number];
  const last = dates.at(-1)!.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    rows.push({
      month: key,
      label: monthLabel.format(new Date(Date.UTC(year, month - 1, 1))),
      agreement: totalAt(agreement, key),
      manual: totalAt(manual, key),
    });
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return rows;
}
