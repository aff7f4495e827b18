import { ALWAYS_LISTED, breakdownLabel, type Dimension, type Language } from './labels';
import { daysElapsed, daysIn, monthsOf, periodBounds, type GoalPeriod, type PeriodKind } from '../../domain/periods';
import type { Counts, Funnel, PeriodFigures } from './progress';

/**
 * What staff see of a period (DESIGN.md §1): the figures of the read model with the target, the
 * pace against the seasonal curve of past years, a year-end forecast, and labels in their language.
 */
export type Pace = 'AHEAD' | 'ON_TRACK' | 'BEHIND';

export interface Breakdown {
  key: string;
  label: string;
  count: number;
}

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  count: number;
  cumulative: number;
}

export interface Forecast {
  low: number;
  expected: number;
  high: number;
}

export interface FunnelReport extends Funnel {
  /** null when there is nothing to convert (no applications, offers or placements yet). */
  applicationToOffer: number | null;
  offerToPlacement: number | null;
  placementToCompleted: number | null;
}

export interface Progress {
  year: number;
  periodKind: PeriodKind;
  periodStart: string;
  periodEnd: string;
  /** The Amsterdam date "now" is for the pace and the forecast. */
  asOf: string;
  target: number;
  /** No target stored for the period: the default ramp's figure. */
  targetIsDefault: boolean;
  count: number;
  expectedByNow: number;
  forecast: Forecast;
  pace: Pace;
  bySector: Breakdown[];
  byMunicipality: Breakdown[];
  byInstitution: Breakdown[];
  byType: Breakdown[];
  byLevel: Breakdown[];
  beside: PeriodFigures['beside'];
  monthly: MonthCount[];
  funnel: FunnelReport;
  /** The language the labels are in (and the year before is asked in). */
  language: Language;
}

/** Below this share of the season the count says too little to project a year-end from. */
export const MIN_SHARE_TO_PROJECT = 0.05;
/** Within this fraction of expectedByNow (and at least one student) the pace is on track. */
export const PACE_TOLERANCE = 0.05;
/** How many past periods make the seasonal curve. */
export const HISTORY_PERIODS = 5;

/**
 * The share of a period's starts that past periods had by this many of its days: their counted
 * starts up to that day over their total, pooled. Pooling weighs each past period by its size, so a
 * year with one placement moves the curve as much as one placement does, not as much as a year of
 * 26 (an equal-weight average let one start shift the forecast by a dozen). Without history, starts
 * are assumed evenly spread (linear). `shares` are the past periods one by one, for the range.
 */
export function seasonalShare(elapsed: number, days: number, history: ReadonlyArray<readonly number[]>): { share: number; shares: number[] } {
  const shares: number[] = [];
  let startedBy = 0;
  let started = 0;
  for (const curve of history) {
    const total = curve.reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    // A leap year has a day more: compare the same fraction of the period.
    const upTo = Math.round((elapsed / days) * curve.length);
    let cumulative = 0;
    for (let d = 0; d < upTo; d++) cumulative += curve[d];
    shares.push(cumulative / total);
    startedBy += cumulative;
    started += total;
  }
  if (started === 0) return { share: elapsed / days, shares: [] };
  return { share: startedBy / started, shares };
}

/**
 * The count at the end of the period (the method is also written in the schema and on the dashboard):
 * - low: what has started plus what is confirmed to start (pending), exactly: the floor, never a guess;
 * - expected: once enough of the season has passed, the count projected along the seasonal curve
 *   (count / share); earlier, the period before's count; never below low;
 * - high: expected plus a Poisson band (1.96 √ of the starts still to come), widened by half the
 *   spread of the projections the past periods' curves give one by one.
 */
export function forecastPeriodEnd(input: {
  count: number;
  pending: number;
  share: number;
  shares: readonly number[];
  previousCount: number;
  finished: boolean;
}): Forecast {
  const { count, pending, share, shares, previousCount, finished } = input;
  if (finished) return { low: count, expected: count, high: count };
  const low = count + pending;
  const noise = (expected: number) => 1.96 * Math.sqrt(Math.max(0, expected - count));
  if (share < MIN_SHARE_TO_PROJECT) {
    const expected = Math.max(low, previousCount);
    return { low, expected, high: Math.round(expected + noise(expected)) };
  }
  const expected = Math.max(low, Math.round(count / share));
  const projections = shares.filter((s) => s >= MIN_SHARE_TO_PROJECT).map((s) => count / s);
  const spread = projections.length > 1 ? (Math.max(...projections) - Math.min(...projections)) / 2 : 0;
  return { low, expected, high: Math.round(expected + noise(expected) + spread) };
}

export function paceOf(count: number, expectedByNow: number): Pace {
  const tolerance = Math.max(1, Math.round(expectedByNow * PACE_TOLERANCE));
  if (count > expectedByNow + tolerance) return 'AHEAD';
  if (count < expectedByNow - tolerance) return 'BEHIND';
  return 'ON_TRACK';
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

export function funnelReport(f: Funnel): FunnelReport {
  return {
    ...f,
    applicationToOffer: ratio(f.offers, f.applications),
    offerToPlacement: ratio(f.placements, f.offers),
    placementToCompleted: ratio(f.completed, f.placements),
  };
}

export function breakdown(dimension: Dimension, counts: Counts, language: Language): Breakdown[] {
  const keys = new Set([...(ALWAYS_LISTED[dimension] ?? []), ...Object.keys(counts)]);
  return [...keys]
    .map((key) => ({ key, label: breakdownLabel(dimension, key, language), count: counts[key] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
}

export function monthlyTrend(period: GoalPeriod, monthly: readonly number[]): MonthCount[] {
  let cumulative = 0;
  return monthsOf(period).map((month, i) => {
    cumulative += monthly[i] ?? 0;
    return { month, count: monthly[i] ?? 0, cumulative };
  });
}

export interface ReportInput {
  figures: PeriodFigures;
  target: { target: number; isDefault: boolean };
  /** Today in Amsterdam. */
  today: string;
  /** Figures of finished earlier periods of the same kind: the seasonal curve. */
  history: readonly PeriodFigures[];
  /** The period before's count: the forecast's guess before the season says enough. */
  previousCount: number;
  language: Language;
}

export function progressReport({ figures, target, today, history, previousCount, language }: ReportInput): Progress {
  const period: GoalPeriod = { kind: figures.kind, year: figures.year };
  const { start, end } = periodBounds(period);
  const days = daysIn(period);
  const elapsed = daysElapsed(today, period);
  const finished = elapsed === days;
  const { share, shares } = finished ? { share: 1, shares: [] } : seasonalShare(elapsed, days, history.map((h) => h.startsByDay));
  const expectedByNow = Math.round(target.target * share);
  return {
    year: figures.year,
    periodKind: figures.kind,
    periodStart: start,
    periodEnd: end,
    asOf: today,
    target: target.target,
    targetIsDefault: target.isDefault,
    count: figures.count,
    expectedByNow,
    forecast: forecastPeriodEnd({ count: figures.count, pending: figures.pending, share, shares, previousCount, finished }),
    pace: paceOf(figures.count, expectedByNow),
    bySector: breakdown('sector', figures.bySector, language),
    byMunicipality: breakdown('municipality', figures.byMunicipality, language),
    byInstitution: breakdown('institution', figures.byInstitution, language),
    byType: breakdown('type', figures.byType, language),
    byLevel: breakdown('level', figures.byLevel, language),
    beside: figures.beside,
    monthly: monthlyTrend(period, figures.monthly),
    funnel: funnelReport(figures.funnel),
    language,
  };
}
