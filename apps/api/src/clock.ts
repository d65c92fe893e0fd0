// Deadlines and opsigelse dates are Danish calendar days, whatever the server's time zone.
const danishDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** Today in Denmark as "YYYY-MM-DD". */
export function todayInDenmark(now: Date = new Date()): string {
  return danishDay.format(now);
}

/** Today in Denmark, read on first use and then fixed: one request sees one day throughout. */
export function fixedDay(): () => string {
  let day: string | undefined;
  return () => (day ??= todayInDenmark());
}

// The server's notion of "now" for rules that depend on elapsed time (session timeouts, login
// rate limits). Tests move it forward instead of sleeping; production never moves it.
let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Test hook: let `ms` pass for every time-based rule. */
export function advanceClock(ms: number): void {
  offsetMs += ms;
}

/** Test hook: back to real time. */
export function resetClock(): void {
  offsetMs = 0;
}
