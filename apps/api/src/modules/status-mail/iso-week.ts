// ISO 8601 weeks ("2026-W49"): the unit the weekly status mail is sent and de-duplicated by.

const WEEK = /^(\d{4})-W(\d{2})$/;

/** The ISO week of a calendar day given as "YYYY-MM-DD". */
export function isoWeekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  // The Thursday of the same week decides the week-numbering year.
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const dayOfYear = (thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000;
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

/** How many ISO weeks a year has (52 or 53). */
function weeksIn(year: number): number {
  return isoWeekOf(`${year}-12-28`).endsWith('53') ? 53 : 52;
}

/** The week itself when it is a real ISO week written as "YYYY-Www", else null. */
export function parseIsoWeek(value: string): { year: number; week: number } | null {
  const match = WEEK.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 2015 || year > 2100 || week < 1 || week > weeksIn(year)) return null;
  return { year, week };
}
