import type { ApplicationFacts, ApplicationStatus, PlacementFacts } from '@cb/contracts';
import { DuplicateKeyError, StaleWriteError, type Collection } from '@cb/kit';
import type { Application } from '../../domain/application';
import { amsterdamDate } from '@cb/contracts';
import type { Placement } from '../../domain/placement';
import { monthsOf, periodBounds, periodKey, type GoalPeriod, type PeriodKind } from '../../domain/periods';
import {
  funnelEntry,
  goalEntry,
  lifecycleRank,
  packStart,
  periodsTouched,
  sameFacts,
  showsOffer,
  summarizeGoal,
  summarizePeriod,
  unpackStart,
  wasOffered,
  type DatedFacts,
  type FunnelEntry,
  type GoalEntry,
  type GoalEntryFacts,
  type PackedStart,
  type PeriodFigures,
  type StoredPeriodFigures,
} from '../domain/progress';
import { HISTORY_PERIODS } from '../domain/report';
import type { PlacementRecords, ProgressData } from './data';

const MAX_ATTEMPTS = 20;

/**
 * Keeps the progress read model (domain/progress.ts) from this service's own placement and
 * application events, and answers a period's figures from it.
 *
 * Entries are written by state, not by increment: an event's facts replace the entry unless they are
 * older (a lower lifecycle rank), and "offered" only ever turns on. So a duplicate, a redelivery or a
 * replay of the whole log leaves the entries as they were. The facts an event does not carry and
 * that never change after the fact (the placement's snapshot and planned start, the day the
 * application was submitted) are read once from this service's own aggregates.
 *
 * A placement that started is also packed into the document of its month (MonthStarts), so that a
 * period's summary reads twelve documents rather than thousands of entries; the funnel is counted
 * from indexes. A period's figures are summarized and stored. Every entry change marks the periods
 * it touches dirty — after writing the entry and its month, with a version bump, so a summary that
 * read them before the change can never store itself as clean — and the next question about a
 * dirty period summarizes it again. An entry is "settled" once its periods are marked, so a crash in
 * between is finished by the redelivery, and a duplicate of a settled entry costs one read.
 */
export class ProgressProjection {
  constructor(
    private readonly data: ProgressData,
    private readonly records: PlacementRecords,
  ) {}

  async placementChanged(facts: PlacementFacts): Promise<void> {
    const sync = (before: GoalEntry | undefined, entry: GoalEntry) => this.syncMonthStarts(before, entry);
    await this.apply(this.data.goalEntries, facts.placementId, sync, async (current) => {
      if (current && current.rank > lifecycleRank(facts.status)) return undefined; // an older event
      const fixed = current ? fixedFacts(current) : await this.fixedPlacementFacts(facts.placementId);
      if (!fixed) return undefined; // not a placement of ours: nothing to count
      return goalEntry({
        ...fixed,
        id: facts.placementId,
        studentId: facts.studentId,
        applicationId: facts.applicationId,
        status: facts.status,
        confirmedAt: facts.confirmedAt,
        startDate: facts.startDate,
        cancelledAfterStart: facts.cancelledAfterStart,
      });
    });
  }

  async applicationChanged(facts: ApplicationFacts & { from?: ApplicationStatus }): Promise<void> {
    await this.apply(this.data.funnelEntries, facts.applicationId, undefined, async (current) => {
      const submittedOn = current?.submittedOn ?? (await this.submittedOn(facts.applicationId));
      if (!submittedOn) return undefined;
      return funnelEntry({ id: facts.applicationId, submittedOn, offered: (current?.offered ?? false) || showsOffer(facts) });
    });
  }

  /** The figures of a period, summarized again first if its entries changed since. */
  async figures(period: GoalPeriod): Promise<PeriodFigures> {
    const stored = await this.data.periodFigures.get(periodKey(period));
    if (stored && !stored.dirty) return figuresOf(stored);
    const fresh = await this.summarize(period);
    const doc: StoredPeriodFigures = { ...fresh, id: periodKey(period), dirty: false, version: stored?.version };
    try {
      if (stored) await this.data.periodFigures.update(doc);
      else await this.data.periodFigures.insert(doc);
    } catch (err) {
      // Marked again while we summarized: leave it dirty for the next question; this answer stands.
      if (!(err instanceof StaleWriteError || err instanceof DuplicateKeyError)) throw err;
    }
    return fresh;
  }

  /** The most recent finished periods of a kind before `year` that had starts: the seasonal curve. */
  async history(kind: PeriodKind, year: number, today: string): Promise<PeriodFigures[]> {
    const known = await this.data.periodFigures.find({ kind });
    const past = known
      .filter((f) => f.year < year && periodBounds(f).end < today)
      .sort((a, b) => b.year - a.year)
      .slice(0, HISTORY_PERIODS);
    const figures = await Promise.all(past.map(async (f) => (f.dirty ? this.figures(f) : figuresOf(f))));
    return figures.filter((f) => f.count > 0);
  }

  /** Every period of this kind before `year` that had ended by `today`: what the forecast's backtest replays. */
  async finished(kind: PeriodKind, year: number, today: string): Promise<PeriodFigures[]> {
    const known = await this.data.periodFigures.find({ kind });
    const past = known.filter((f) => f.year < year && periodBounds(f).end < today);
    return Promise.all(past.map(async (f) => (f.dirty ? this.figures(f) : figuresOf(f))));
  }

  /**
   * Builds the read model again from the stored placements and applications (the same entries their
   * events would have made), and marks every period for a new summary. For a first start on data
   * from before this read model, or after its collections were lost.
   */
  async rebuild(): Promise<void> {
    const touched: GoalPeriod[] = await this.data.periodFigures.find();
    const applications = await this.records.applications.find();
    const submitted = new Map(applications.map((a) => [a.id, amsterdamDate(new Date(a.submittedAt))]));
    for (const a of applications) {
      const entry = funnelEntry({ id: a.id, submittedOn: submitted.get(a.id)!, offered: wasOffered(a.history) });
      await this.replace(this.data.funnelEntries, entry);
      touched.push(...periodsTouched(entry));
    }
    const months = new Map<string, Record<string, PackedStart>>((await this.data.monthStarts.find()).map((m) => [m.id, {}]));
    for (const p of await this.records.placements.find()) {
      const entry = goalEntry(goalFactsOf(p, submitted.get(p.applicationId) ?? null));
      await this.replace(this.data.goalEntries, entry);
      touched.push(...periodsTouched(entry));
      if (!entry.startMonth) continue;
      const starts = months.get(entry.startMonth) ?? {};
      starts[entry.id] = packStart(entry);
      months.set(entry.startMonth, starts);
    }
    for (const [id, starts] of months) {
      const current = await this.data.monthStarts.get(id);
      if (current) await this.data.monthStarts.update({ ...current, starts });
      else await this.data.monthStarts.insert({ id, starts });
    }
    await this.markDirty(touched);
  }

  /** Rebuilds when the read model is empty but there is something to count (the first start after an upgrade). */
  async rebuildIfEmpty(): Promise<boolean> {
    const empty = (await this.data.goalEntries.count()) === 0 && (await this.data.funnelEntries.count()) === 0;
    if (!empty || (await this.records.applications.count()) === 0) return false;
    await this.rebuild();
    return true;
  }

  /**
   * Summarizes a period from the entries that take part in it: the goal from the placements that
   * started in its twelve months (packed per month) and those confirmed to start in it, the funnel by
   * counting index entries only. The same figures as `summarizePeriod` over all entries (tested).
   */
  private async summarize(period: GoalPeriod): Promise<PeriodFigures> {
    const months = { in: monthsOf(period) };
    const [startedByMonth, planned, applications, offers, placements, completed] = await Promise.all([
      this.data.monthStarts.find({ id: months }),
      this.data.goalEntries.find({ plannedMonth: months }),
      this.data.funnelEntries.count({ appliedMonth: months }),
      this.data.funnelEntries.count({ appliedMonth: months, offered: true }),
      this.data.goalEntries.count({ appliedMonth: months }),
      this.data.goalEntries.count({ appliedMonth: months, status: 'COMPLETED' }),
    ]);
    const started = startedByMonth.flatMap((m) => Object.entries(m.starts).map(([id, packed]) => unpackStart(id, packed)));
    return { ...summarizeGoal(period, [...started, ...planned]), funnel: { applications, offers, placements, completed } };
  }

  /**
   * Writes the entry `next` makes of the current one (optimistically: a concurrent write of the same
   * entry makes it decide again), then marks its periods, then settles it.
   */
  private async apply<E extends GoalEntry | FunnelEntry>(
    collection: Collection<E>,
    id: string,
    sync: ((before: E | undefined, entry: E) => Promise<void>) | undefined,
    next: (current: E | undefined) => Promise<Omit<E, 'settled'> | undefined>,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const current = await collection.get(id);
      const wanted = await next(current);
      if (!wanted) return;
      const changed = !current || !sameFacts<Omit<E, 'settled'>>(current, wanted);
      if (!changed && current.settled) return; // a duplicate: all done before
      let written = current;
      try {
        if (changed) {
          const doc = { ...wanted, settled: false, version: current?.version } as E;
          written = current ? await collection.update(doc) : await collection.insert(doc);
        }
      } catch (err) {
        if (!(err instanceof StaleWriteError || err instanceof DuplicateKeyError) || attempt >= MAX_ATTEMPTS) throw err;
        continue;
      }
      await sync?.(current, written!);
      await this.markDirty([...(current ? periodsTouched(current) : []), ...periodsTouched(wanted as DatedFacts)]);
      try {
        await collection.update({ ...written!, settled: true });
      } catch (err) {
        // Changed again meanwhile: that writer marks and settles it.
        if (!(err instanceof StaleWriteError)) throw err;
      }
      return;
    }
  }

  /**
   * Keeps the placement's packed facts in the document of the month it started in. A start date
   * never changes once set, so a placement moves at most from no month to one.
   */
  private async syncMonthStarts(before: GoalEntry | undefined, entry: GoalEntry): Promise<void> {
    if (before?.startMonth && before.startMonth !== entry.startMonth) await this.changeMonth(before.startMonth, entry.id, undefined);
    if (entry.startMonth) await this.changeMonth(entry.startMonth, entry.id, packStart(entry));
  }

  private async changeMonth(month: string, id: string, packed: PackedStart | undefined): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.data.monthStarts.get(month);
      if (JSON.stringify(current?.starts[id]) === JSON.stringify(packed)) return;
      const starts = { ...current?.starts };
      if (packed) starts[id] = packed;
      else delete starts[id];
      try {
        if (current) await this.data.monthStarts.update({ ...current, starts });
        else await this.data.monthStarts.insert({ id: month, starts });
        return;
      } catch (err) {
        if (!(err instanceof StaleWriteError || err instanceof DuplicateKeyError) || attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  }

  /** Rebuild: the entry becomes exactly the facts given, settled (its periods are marked at the end). */
  private async replace<E extends GoalEntry | FunnelEntry>(collection: Collection<E>, entry: Omit<E, 'settled'>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const current = await collection.get(entry.id);
      try {
        const doc = { ...entry, settled: true, version: current?.version } as E;
        if (current) await collection.update(doc);
        else await collection.insert(doc);
        return;
      } catch (err) {
        if (!(err instanceof StaleWriteError || err instanceof DuplicateKeyError) || attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  }

  /** Marks periods for a new summary; always bumps the version, so a summary in flight cannot store itself as clean. */
  private async markDirty(periods: readonly GoalPeriod[]): Promise<void> {
    const keys = new Map(periods.map((p) => [periodKey(p), { kind: p.kind, year: p.year }]));
    for (const [id, period] of keys) {
      for (let attempt = 1; ; attempt++) {
        const current = await this.data.periodFigures.get(id);
        try {
          if (current) await this.data.periodFigures.update({ ...current, dirty: true });
          else await this.data.periodFigures.insert({ ...summarizePeriod(period, [], []), id, dirty: true });
          break;
        } catch (err) {
          if (!(err instanceof StaleWriteError || err instanceof DuplicateKeyError) || attempt >= MAX_ATTEMPTS) throw err;
        }
      }
    }
  }

  private async fixedPlacementFacts(placementId: string): Promise<FixedFacts | undefined> {
    const placement = await this.records.placements.get(placementId);
    if (!placement) return undefined;
    return fixedFacts(goalFactsOf(placement, await this.submittedOn(placement.applicationId)));
  }

  private async submittedOn(applicationId: string): Promise<string | null> {
    const application: Application | undefined = await this.records.applications.get(applicationId);
    return application ? amsterdamDate(new Date(application.submittedAt)) : null;
  }
}

/** The figures without the store's bookkeeping. */
const figuresOf = ({ id: _i, version: _v, dirty: _d, ...figures }: StoredPeriodFigures): PeriodFigures => figures;

/** What a placement's events do not carry and never changes after confirmation. */
type FixedFacts = Pick<GoalEntryFacts, 'snapshot' | 'plannedStart' | 'appliedOn'>;
const fixedFacts = ({ snapshot, plannedStart, appliedOn }: GoalEntryFacts): FixedFacts => ({ snapshot, plannedStart, appliedOn });

/** A placement's goal facts as stored now: what its events add up to. */
export function goalFactsOf(p: Placement, appliedOn: string | null): GoalEntryFacts {
  return {
    id: p.id,
    studentId: p.studentId,
    applicationId: p.applicationId,
    status: p.status,
    confirmedAt: p.confirmedAt,
    startDate: p.startDate,
    cancelledAfterStart: p.cancelledAfterStart,
    snapshot: p.snapshot,
    plannedStart: p.plannedStart ?? null,
    appliedOn,
  };
}
