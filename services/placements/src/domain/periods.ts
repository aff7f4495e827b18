/**
 * The periods the goal is counted in (DESIGN.md §1): a calendar year, or an academic year
 * (1 Sep – 31 Aug) named by the year it starts in. Everything here works on calendar dates
 * (YYYY-MM-DD) that already are Amsterdam dates; map an instant with `amsterdamDate` first
 * (domain/calendar.ts), or New Year's Eve lands in the wrong year.
 */
export const PERIOD_KINDS = ['CALENDAR', 'ACADEMIC'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface GoalPeriod {
  kind: PeriodKind;
  year: number;
}

const ACADEMIC_YEAR_STARTS_IN_MONTH = 9;
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const utcDay = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/** The period a calendar date falls in. */
export function periodOf(date: string, kind: PeriodKind): GoalPeriod {
  const year = Number(date.slice(0, 4));
  if (kind === 'CALENDAR') return { kind, year };
  const month = Number(date.slice(5, 7));
  return { kind, year: month >= ACADEMIC_YEAR_STARTS_IN_MONTH ? year : year - 1 };
}

export const inPeriod = (date: string, period: GoalPeriod): boolean => periodOf(date, period.kind).year === period.year;

/** First and last day of the period, both inclusive. */
export function periodBounds({ kind, year }: GoalPeriod): { start: string; end: string } {
  return kind === 'CALENDAR'
    ? { start: `${year}-01-01`, end: `${year}-12-31` }
    : { start: `${year}-${pad(ACADEMIC_YEAR_STARTS_IN_MONTH)}-01`, end: `${year + 1}-${pad(ACADEMIC_YEAR_STARTS_IN_MONTH - 1)}-31` };
}

/** The twelve months of the period in order, as YYYY-MM. */
export function monthsOf(period: GoalPeriod): string[] {
  const first = period.kind === 'CALENDAR' ? 1 : ACADEMIC_YEAR_STARTS_IN_MONTH;
  return Array.from({ length: 12 }, (_, i) => {
    const m = first - 1 + i;
    return `${period.year + Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
  });
}

/** Which of the period's twelve months a date in it falls in (0 = the first). */
export function monthOfPeriod(date: string, period: GoalPeriod): number {
  const months = (Number(date.slice(0, 4)) - period.year) * 12 + Number(date.slice(5, 7)) - 1;
  return period.kind === 'CALENDAR' ? months : months - (ACADEMIC_YEAR_STARTS_IN_MONTH - 1);
}

export const daysIn = (period: GoalPeriod): number => {
  const { start, end } = periodBounds(period);
  return (utcDay(end) - utcDay(start)) / DAY_MS + 1;
};

/** Days from the period's first day (0) to the date; negative before it, ≥ daysIn after it. */
export const dayOfPeriod = (date: string, period: GoalPeriod): number => (utcDay(date) - utcDay(periodBounds(period).start)) / DAY_MS;

/** `dayOfPeriod` for many dates of one period, with the period's first day worked out once. */
export function dayIndexer(period: GoalPeriod): (date: string) => number {
  const first = utcDay(periodBounds(period).start);
  return (date) => (utcDay(date) - first) / DAY_MS;
}

/** How many of the period's days have begun by the end of `today` (0 before it, all after it). */
export const daysElapsed = (today: string, period: GoalPeriod): number =>
  Math.min(daysIn(period), Math.max(0, dayOfPeriod(today, period) + 1));

export const periodKey = (p: GoalPeriod): string => `${p.kind}:${p.year}`;

export const previousPeriod = (p: GoalPeriod): GoalPeriod => ({ kind: p.kind, year: p.year - 1 });

/** The calendar date `days` after (or, negative, before) `date`. */
export const addDays = (date: string, days: number): string => new Date(utcDay(date) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * How long after its last day a period's figures stay open. The city's figures for a year are
 * compiled in the first weeks after it ends; two weeks lets a start in the last days of December
 * (or August) that was recorded after the holidays still land in its own year, and after that the
 * reported number no longer moves except by a staff correction.
 */
export const CLOSING_GRACE_DAYS = 14;

/** The closed-period rule, written once: a period is closed once it ended more than the grace period before `today`. */
export const isPeriodClosed = (period: GoalPeriod, today: string): boolean => today > addDays(periodBounds(period).end, CLOSING_GRACE_DAYS);

/** The closed periods (of either kind) a date falls in: a start on it would change their figures. */
export const closedPeriodsOf = (date: string, today: string): GoalPeriod[] =>
  PERIOD_KINDS.map((kind) => periodOf(date, kind)).filter((period) => isPeriodClosed(period, today));
