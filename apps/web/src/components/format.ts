const dateFormat = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

/** "2022-04-01" → "1. apr. 2022"; empty for null. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  return dateFormat.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

const timeFormat = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });

/** "14.05" (Danish clock time); empty for null. */
export function formatTime(value: Date | string | null | undefined): string {
  if (!value) return '';
  return timeFormat.format(typeof value === 'string' ? new Date(value) : value);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  return dateTimeFormat.format(new Date(value));
}

/** Today in the calendar of Denmark, "YYYY-MM-DD". */
export function todayIso(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

/** Things named for people to pick from (kommuner, systems), in Danish alphabetical order (Æ, Ø, Å last). */
export function byDanishName<T extends { name: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** A label inside a sentence: "Aftale om KMD Sag" → "aftale om KMD Sag" (names keep their capitals). */
export function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}
