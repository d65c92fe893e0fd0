import { todayInDenmark } from '../../apps/api/src/clock.js';

// Calendar days as the API speaks them ("YYYY-MM-DD", Danish days), for tests that need dates
// relative to today.

/** `day` moved by `days` calendar days (negative: back). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Danish calendar day `days` from today (negative: in the past). */
export function danishDayFromToday(days: number): string {
  return addDays(todayInDenmark(), days);
}
