// Deadlines and opsigelse dates are Danish calendar days, whatever the server's time zone.
const danishDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** Today in Denmark as "YYYY-MM-DD". */
export function todayInDenmark(now: Date = new Date()): string {
  return danishDay.format(now);
}
