import type { AssignmentType, PlacementStatus } from '@cb/contracts';
import { seededRandom } from '@cb/kit';
import { backtest } from '../../src/progress/domain/backtest';
import { addDays, monthsOf, PERIOD_KINDS, periodBounds, type GoalPeriod } from '../../src/domain/periods';
import { summarizeGoal, type PeriodFigures } from '../../src/progress/domain/progress';
import { progressReport } from '../../src/progress/domain/report';
import type { GoalFacts } from '../../src/domain/counting';

/** mulberry32: a failing history can be run again by its seed. */
const generator = seededRandom;

const FIRST = 2020;
const LAST = 2027;
const STATUSES: PlacementStatus[] = ['CONFIRMED', 'ACTIVE', 'COMPLETED', 'CANCELLED'];
const TYPES: AssignmentType[] = ['PROJECT', 'INTERNSHIP', 'GRADUATION'];

/** Placements over several years, of very different sizes, some confirmed and still to start. */
function history(seed: number): Array<GoalFacts & { plannedStart: string | null }> {
  const random = generator(seed);
  const placements: Array<GoalFacts & { plannedStart: string | null }> = [];
  for (let year = FIRST; year <= LAST; year++) {
    const size = random.pick([0, 1, 3, 26, 80]);
    for (let i = 0; i < size; i++) {
      const day = addDays(`${year}-01-01`, random.int(0, 364));
      const status = random.pick(STATUSES);
      const started = status !== 'CONFIRMED' && !(status === 'CANCELLED' && random.chance(0.5));
      placements.push({
        id: `p-${year}-${i}`,
        studentId: `s-${random.int(0, 400)}`,
        status,
        startDate: started ? day : null,
        cancelledAfterStart: status === 'CANCELLED' && started,
        plannedStart: day,
        snapshot: {
          level: random.chance(0.85) ? 'BACHELOR' : 'AD',
          studyYear: random.int(1, 4),
          institutionId: 'avans-hogeschool',
          programmeId: 'hbo-ict',
          municipality: random.pick(['dordrecht', 'papendrecht', 'breda']),
          sector: 'ICT',
          type: random.pick(TYPES),
        },
      });
    }
  }
  return placements;
}

const figuresOf = (period: GoalPeriod, placements: ReturnType<typeof history>): PeriodFigures => ({
  ...summarizeGoal(period, placements),
  funnel: { applications: 0, offers: 0, placements: 0, completed: 0 },
});

describe("the forecast's low end", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('is what has started plus what is confirmed to start, on every day of a period (history %i)', (seed) => {
    const placements = history(seed);
    for (const kind of PERIOD_KINDS) {
      const period: GoalPeriod = { kind, year: LAST - 1 };
      const figures = figuresOf(period, placements);
      const past = [1, 2, 3, 4, 5].map((back) => figuresOf({ kind, year: period.year - back }, placements));
      const { start, end } = periodBounds(period);
      for (let today = start; today < end; today = addDays(today, 7)) {
        const report = progressReport({
          figures,
          target: { target: 100, isDefault: true },
          today,
          history: past,
          previousCount: past[0].count,
          language: 'EN',
        });
        expect({ today, low: report.forecast.low }).toEqual({ today, low: figures.count + figures.pending });
        expect(report.forecast.expected).toBeGreaterThanOrEqual(report.forecast.low);
        expect(report.forecast.high).toBeGreaterThanOrEqual(report.forecast.expected);
      }
    }
  });
});

describe('the backtest of the forecast', () => {
  it.each([11, 12, 13])('replays each finished period month by month, as the live forecast would have read it then (history %i)', (seed) => {
    const placements = history(seed);
    for (const kind of PERIOD_KINDS) {
      const years = Array.from({ length: LAST - 1 - FIRST }, (_, i) => FIRST + i);
      const finished = years.map((year) => figuresOf({ kind, year }, placements));
      const result = backtest(finished);

      // Directly: the live report on the last day of each month, from the placements started by then.
      const expected = years.flatMap((year) => {
        const period: GoalPeriod = { kind, year };
        const actual = figuresOf(period, placements).count;
        const earlier = finished.filter((f) => f.year < year && f.count > 0).slice(-5);
        return monthsOf(period).slice(0, 11).map((month, m) => {
          const lastDay = addDays(`${monthsOf(period)[m + 1]}-01`, -1);
          const startedByThen = placements.filter((p) => p.startDate !== null && p.startDate <= lastDay).map((p) => ({ ...p, plannedStart: null }));
          const report = progressReport({
            figures: figuresOf(period, startedByThen),
            target: { target: 100, isDefault: true },
            today: lastDay,
            history: earlier,
            previousCount: finished.find((f) => f.year === year - 1)?.count ?? 0,
            language: 'EN',
          });
          return { year, month, forecast: report.forecast.expected, actual, error: report.forecast.expected - actual };
        });
      });
      expect(result.months).toEqual(expected);

      const measurable = expected.filter((m) => m.actual > 0);
      expect(measurable.length).toBeGreaterThan(0);
      const mape = (100 * measurable.reduce((sum, m) => sum + Math.abs(m.error) / m.actual, 0)) / measurable.length;
      expect(result.meanAbsolutePercentageError).toBeCloseTo(mape, 1);
    }
  });

  it('has no typical error without a finished period with starts', () => {
    expect(backtest([])).toEqual({ months: [], meanAbsolutePercentageError: null });
  });
});
