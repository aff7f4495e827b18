/**
 * Dates in the region's time zone, once for every service. Period boundaries and deadlines are
 * Europe/Amsterdam calendar days (DESIGN.md §1): a calendar date (`2027-01-01`) already is an
 * Amsterdam date, but an instant (`2026-12-31T23:30:00Z`) must be mapped to one before it is compared
 * or bucketed, or New Year's Eve lands in the wrong year and a deadline closes an hour early.
 */
const AMSTERDAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

let lastDate = { minute: NaN, date: '' };

/** The calendar date (YYYY-MM-DD) in Amsterdam at this instant. */
export function amsterdamDate(instant: Date): string {
  // Amsterdam's offset from UTC is a whole number of hours, so its date cannot change within a UTC
  // minute: the last answer is reused for the same minute (formatToParts was ~1% of a search request).
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute === lastDate.minute) return lastDate.date;
  const parts = AMSTERDAM.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  lastDate = { minute, date: `${part('year')}-${part('month')}-${part('day')}` };
  return lastDate.date;
}

/** The calendar year in Amsterdam at this instant. */
export const amsterdamYear = (instant: Date): number => Number(amsterdamDate(instant).slice(0, 4));

/** Two inclusive date ranges (YYYY-MM-DD) share at least one day. */
export const periodsOverlap = (a: { start: string; end: string }, b: { start: string; end: string }): boolean =>
  a.start <= b.end && b.start <= a.end;

/** The calendar date `days` after (or, negative, before) a YYYY-MM-DD date; plain day arithmetic, no time zone involved. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

