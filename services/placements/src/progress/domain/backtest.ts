import { dayOfPeriod, daysIn, monthsOf, type GoalPeriod } from '../../domain/periods';
import type { PeriodFigures } from './progress';
import { forecastPeriodEnd, HISTORY_PERIODS, seasonalShare } from './report';

/**
 * How the year-end forecast (report.ts) would have done in the past: for every finished period, the
 * forecast the method gives at the end of each of its first eleven months (at the end of the twelfth it
 * is the count itself), against the count the period ended with.
 *
 * A shortcut, admitted: the read model keeps no record of what was confirmed-to-start on a past day,
 * so the replay takes no pending placements. Pending only lifts the expected forecast when it exceeds
 * the projection, so the backtest measures the seasonal projection, which is the part that guesses.
 */
export interface BacktestMonth {
  year: number;
  /** YYYY-MM: the forecast as at the last day of this month. */
  month: string;
  forecast: number;
  actual: number;
  /** forecast − actual: positive when the method guessed too high. */
  error: number;
}

export interface ForecastBacktest {
  months: BacktestMonth[];
  /** Mean of |error| / actual over the months of periods with starts, in percent (one decimal); null without any. */
  meanAbsolutePercentageError: number | null;
}

/** `finished`: the finished periods of one kind, in any order. */
export function backtest(finished: readonly PeriodFigures[]): ForecastBacktest {
  const byYear = [...finished].sort((a, b) => a.year - b.year);
  const months: BacktestMonth[] = [];
  for (const figures of byYear) {
    const period: GoalPeriod = { kind: figures.kind, year: figures.year };
    // The same history the live forecast would have had then: the latest earlier periods with starts.
    const history = byYear
      .filter((h) => h.year < figures.year && h.count > 0)
      .slice(-HISTORY_PERIODS)
      .map((h) => h.startsByDay);
    const previousCount = byYear.find((h) => h.year === figures.year - 1)?.count ?? 0;
    const days = daysIn(period);
    const starts = monthsOf(period);
    for (let m = 0; m < 11; m++) {
      const elapsed = dayOfPeriod(`${starts[m + 1]}-01`, period);
      const count = figures.startsByDay.slice(0, elapsed).reduce((a, b) => a + b, 0);
      const { share, shares } = seasonalShare(elapsed, days, history);
      const { expected } = forecastPeriodEnd({ count, pending: 0, share, shares, previousCount, finished: false });
      months.push({ year: figures.year, month: starts[m], forecast: expected, actual: figures.count, error: expected - figures.count });
    }
  }
  const measurable = months.filter((m) => m.actual > 0);
  const mape = measurable.length === 0 ? null : measurable.reduce((sum, m) => sum + Math.abs(m.error) / m.actual, 0) / measurable.length;
  return { months, meanAbsolutePercentageError: mape === null ? null : Math.round(mape * 1000) / 10 };
}
