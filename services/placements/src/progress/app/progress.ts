import { z } from 'zod';
import { DuplicateKeyError, StaleWriteError, parseInput, requireRole, type Viewer } from '@cb/kit';
import { amsterdamDate } from '@cb/contracts';
import { LANGUAGES, type Language } from '../domain/labels';
import { PERIOD_KINDS, periodOf, previousPeriod, type GoalPeriod } from '../../domain/periods';
import { backtest, type ForecastBacktest } from '../domain/backtest';
import { progressReport, type Progress } from '../domain/report';
import { changedTarget, historyOf, targetId, targetInput, targetOf, type TargetChange } from '../domain/targets';
import { systemClock, type Clock } from '../../app/data';
import type { ProgressData } from './data';
import { progressCsv } from './csv';
import type { ProgressProjection } from './projection';

export type { Progress } from '../domain/report';

/** The years progress can be asked for. */
export const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
const yearInput = z.number().int().min(FIRST_YEAR, 'must be 2000 to 2100').max(LAST_YEAR, 'must be 2000 to 2100');
const periodInput = z.enum(PERIOD_KINDS, 'must be CALENDAR or ACADEMIC').nullish();
const languageInput = z.enum(LANGUAGES, 'must be NL or EN').nullish();

/** The period asked for: by default the calendar year, and the current one in Amsterdam. */
export function parsePeriod(rawYear: unknown, rawKind: unknown, today: string): GoalPeriod {
  const kind = parseInput(periodInput, rawKind, 'period') ?? 'CALENDAR';
  const year = parseInput(yearInput, rawYear ?? periodOf(today, kind).year, 'year');
  return { kind, year };
}

export interface ProgressOptions {
  period?: unknown;
  language?: unknown;
}

/**
 * Staff's view of the goal (DESIGN.md §1): the figures come from the progress read model
 * (projection.ts); the counting rule itself lives in domain/counting.ts (the placements context's).
 */
export class ProgressUseCases {
  constructor(
    private readonly data: ProgressData,
    private readonly projection: ProgressProjection,
    private readonly clock: Clock = systemClock,
  ) {}

  /** A calendar year (or with period ACADEMIC an academic year), by default the current one in Amsterdam. */
  async progress(viewer: Viewer | undefined, rawYear?: unknown, options: ProgressOptions = {}): Promise<Progress> {
    requireRole(viewer, 'STAFF');
    const { period, language, today } = this.parse(rawYear, options);
    return this.report(period, language, today);
  }

  /** The same figures and the period before as CSV: no personal data, only counts. */
  async csv(viewer: Viewer | undefined, rawYear?: unknown, options: ProgressOptions = {}): Promise<string> {
    requireRole(viewer, 'STAFF');
    const { period, language, today } = this.parse(rawYear, options);
    const current = await this.report(period, language, today);
    const previous = period.year > FIRST_YEAR ? await this.report(previousPeriod(period), language, today) : null;
    return progressCsv(current, previous, language);
  }

  /** Staff set the target of a period; the figures come back with it. */
  async setTarget(viewer: Viewer | undefined, args: { year: unknown; period?: unknown; target: unknown }): Promise<Progress> {
    const staff = requireRole(viewer, 'STAFF');
    const year = parseInput(yearInput, args.year, 'year');
    const kind = parseInput(periodInput, args.period, 'period') ?? 'CALENDAR';
    const target = parseInput(targetInput, args.target, 'target');
    await this.changeTarget({ kind, year }, target, staff.accountId);
    return this.progress(viewer, year, { period: kind });
  }

  /** Staff put a period back on the default ramp; the change is recorded like any other. */
  async resetTarget(viewer: Viewer | undefined, args: { year: unknown; period?: unknown }): Promise<Progress> {
    const staff = requireRole(viewer, 'STAFF');
    const year = parseInput(yearInput, args.year, 'year');
    const kind = parseInput(periodInput, args.period, 'period') ?? 'CALENDAR';
    await this.changeTarget({ kind, year }, null, staff.accountId);
    return this.progress(viewer, year, { period: kind });
  }

  /** How the forecast method would have done in the periods of this kind that had ended by `asOf` (staff only). */
  async forecastBacktest(viewer: Viewer | undefined, period: GoalPeriod, asOf: string): Promise<ForecastBacktest> {
    requireRole(viewer, 'STAFF');
    return backtest(await this.projection.finished(period.kind, period.year, asOf));
  }

  /** Every change of a period's target, oldest first (staff only). */
  async targetHistory(viewer: Viewer | undefined, period: GoalPeriod): Promise<TargetChange[]> {
    requireRole(viewer, 'STAFF');
    return historyOf(period, await this.data.targets.get(targetId(period)));
  }

  /**
   * Two staff members changing a target at once both meant to change it: both changes are kept, in
   * the order they were written (the later one's "from" is the earlier one's "to").
   */
  private async changeTarget(period: GoalPeriod, to: number | null, by: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const stored = await this.data.targets.get(targetId(period));
      const next = changedTarget(period, stored, to, by, this.clock().toISOString());
      try {
        if (stored) await this.data.targets.update(next);
        else await this.data.targets.insert(next);
        return;
      } catch (err) {
        if (!(err instanceof StaleWriteError || err instanceof DuplicateKeyError) || attempt >= 20) throw err;
      }
    }
  }

  private parse(rawYear: unknown, options: ProgressOptions) {
    const language: Language = parseInput(languageInput, options.language, 'language') ?? 'NL';
    const today = amsterdamDate(this.clock());
    return { period: parsePeriod(rawYear, options.period, today), language, today };
  }

  private async report(period: GoalPeriod, language: Language, today: string): Promise<Progress> {
    const before = previousPeriod(period);
    const [figures, previous, history, stored] = await Promise.all([
      this.projection.figures(period),
      before.year >= FIRST_YEAR ? this.projection.figures(before) : undefined,
      this.projection.history(period.kind, period.year, today),
      this.data.targets.get(targetId(period)),
    ]);
    return progressReport({
      figures,
      target: targetOf(period, stored),
      today,
      history,
      previousCount: previous?.count ?? 0,
      language,
    });
  }
}
