import type { ApplicationStatus, PlacementStatus } from '@cb/contracts';
import type { Doc } from '@cb/kit/core';
import type { PlacementSnapshot } from '../../domain/placement';
import { besideGoal, countTowardGoal, countsInForecast, countsTowardGoal, type GoalFacts } from '../../domain/counting';
import { dayIndexer, daysIn, inPeriod, monthOfPeriod, periodOf, PERIOD_KINDS, type GoalPeriod } from '../../domain/periods';

/**
 * The progress read model (DESIGN.md §1–2): what staff see of the goal comes from it, not from a
 * scan of the placements. It has three layers, each rebuildable from the one before:
 *
 * - a goal entry per placement and a funnel entry per application: the anonymous facts the figures
 *   need, kept by this service's own placement and application events;
 * - period figures per period kind and year: the counts, breakdowns, curve and funnel of a period,
 *   summarized from the entries by `summarizePeriod` (the counting rule itself is counting.ts);
 * - the Progress a staff member sees: figures, target and seasonal history together (report.ts).
 */

/** One placement's goal facts (no personal data: the student is an opaque id). */
export interface GoalEntryFacts extends GoalFacts {
  applicationId: string;
  /** Where the forecast expects it to start while it has not. */
  plannedStart: string | null;
  /** The Amsterdam date its application was submitted: the funnel cohort it belongs to. */
  appliedOn: string | null;
}

/** Application facts for the funnel: the cohort (the day it was submitted) and whether it was ever offered a place. */
export interface FunnelEntryFacts {
  id: string;
  submittedOn: string;
  offered: boolean;
}

/** Stored entries carry their months as top-level fields, so a period's entries are found by index. */
export interface GoalEntry extends GoalEntryFacts, Doc {
  startMonth: string | null;
  /** The month it is planned to start in, only while it is confirmed and has not started: the pipeline. */
  plannedMonth: string | null;
  appliedMonth: string | null;
  /** How far along its lifecycle the facts are (see `lifecycleRank`): an older event never overwrites newer facts. */
  rank: number;
  /** False between writing the entry and marking its periods for a recount (see app/progress-projection.ts). */
  settled: boolean;
}

export interface FunnelEntry extends FunnelEntryFacts, Doc {
  appliedMonth: string;
  settled: boolean;
}

/** The funnel is counted by these indexes alone, without reading an entry (app/progress-projection.ts). */
export const GOAL_ENTRIES = {
  name: 'progress_goal_entries',
  indexes: [{ fields: ['plannedMonth'] }, { fields: ['appliedMonth', 'status'] }],
};

/**
 * The goal facts of the placements that started in one month (YYYY-MM), packed into one document:
 * a period's summary reads its twelve months instead of thousands of entries. Like the entries it is
 * a set keyed by placement id, so writing a placement's facts into it again changes nothing.
 * A month belongs to one calendar and one academic year, so both kinds share these documents.
 */
export interface MonthStarts extends Doc {
  starts: Record<string, PackedStart>;
}

/**
 * [studentId, status, startDate, cancelledAfterStart, level, studyYear, institutionId, programmeId, municipality, sector, type, confirmedAt].
 * confirmedAt came last and later: months packed before it lack it until a rebuild, and their same-day ties fall back to the id.
 */
export type PackedStart = [string, PlacementStatus, string, boolean, PlacementSnapshot['level'], number, string, string, string, string, PlacementSnapshot['type'], string?];

export const MONTH_STARTS = { name: 'progress_month_starts' };

export function packStart(e: GoalFacts): PackedStart {
  const s = e.snapshot;
  const packed: PackedStart = [e.studentId, e.status, e.startDate!, e.cancelledAfterStart, s.level, s.studyYear, s.institutionId, s.programmeId, s.municipality, s.sector, s.type];
  if (e.confirmedAt) packed.push(e.confirmedAt);
  return packed;
}

export function unpackStart(id: string, p: PackedStart): GoalFacts & { plannedStart: null } {
  const [studentId, status, startDate, cancelledAfterStart, level, studyYear, institutionId, programmeId, municipality, sector, type, confirmedAt] = p;
  return { id, studentId, status, startDate, cancelledAfterStart, confirmedAt, snapshot: { level, studyYear, institutionId, programmeId, municipality, sector, type }, plannedStart: null };
}
export const FUNNEL_ENTRIES = { name: 'progress_funnel_entries', indexes: [{ fields: ['appliedMonth', 'offered'] }] };
export const PERIOD_FIGURES = { name: 'progress_periods', indexes: [{ fields: ['kind'] }] };

/**
 * A placement only moves forward: CONFIRMED → ACTIVE → COMPLETED, or to CANCELLED from either. Its
 * events therefore carry facts of a rising rank, and a redelivered or replayed event of a lower rank
 * is older than what the read model holds.
 */
const RANK: Record<PlacementStatus, number> = { CONFIRMED: 0, ACTIVE: 1, COMPLETED: 2, CANCELLED: 2 };
export const lifecycleRank = (status: PlacementStatus): number => RANK[status];

/** Whether an application event shows that it was offered a place (an accepted, declined or revoked offer was one). */
export const showsOffer = (facts: { status: ApplicationStatus; from?: ApplicationStatus }): boolean =>
  facts.status === 'OFFERED' || facts.status === 'ACCEPTED' || facts.from === 'OFFERED';

/** The same from the application's own history, for a rebuild or a recount. */
export const wasOffered = (history: ReadonlyArray<{ to: ApplicationStatus }>): boolean =>
  history.some((h) => h.to === 'OFFERED' || h.to === 'ACCEPTED');

const month = (date: string | null) => (date ? date.slice(0, 7) : null);

export function goalEntry(facts: GoalEntryFacts): Omit<GoalEntry, 'settled'> {
  return {
    ...facts,
    startMonth: month(facts.startDate),
    plannedMonth: facts.status === 'CONFIRMED' && facts.startDate === null ? month(facts.plannedStart) : null,
    appliedMonth: month(facts.appliedOn),
    rank: lifecycleRank(facts.status),
  };
}

export function funnelEntry(facts: FunnelEntryFacts): Omit<FunnelEntry, 'settled'> {
  return { ...facts, appliedMonth: facts.submittedOn.slice(0, 7) };
}

/** The same facts, ignoring store and projection bookkeeping. */
export function sameFacts<T extends object>(a: T, b: T): boolean {
  const strip = ({ version: _v, settled: _s, ...rest }: T & { version?: number; settled?: boolean }) => rest;
  return JSON.stringify(sortKeys(strip(a))) === JSON.stringify(sortKeys(strip(b)));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** The dates an entry takes part in a period's figures by: a goal entry's three, a funnel entry's one. */
export type DatedFacts = { startDate?: string | null; plannedStart?: string | null; appliedOn?: string | null; submittedOn?: string };

/** Every period (of both kinds) whose figures these facts take part in. */
export function periodsTouched(entry: DatedFacts): GoalPeriod[] {
  const dates = [entry.startDate, entry.plannedStart, entry.appliedOn, entry.submittedOn].filter((d): d is string => typeof d === 'string');
  return PERIOD_KINDS.flatMap((kind) => dates.map((d) => periodOf(d, kind)));
}

export type Counts = Record<string, number>;

export interface Funnel {
  /** Applications submitted in the period (the cohort)… */
  applications: number;
  /** …of which were offered a place… */
  offers: number;
  /** …became a placement… */
  placements: number;
  /** …and were completed. */
  completed: number;
}

/** The figures of one period, summarized from the entries; stored per period as the read model's aggregate. */
export interface PeriodFigures {
  kind: GoalPeriod['kind'];
  year: number;
  count: number;
  bySector: Counts;
  byMunicipality: Counts;
  byInstitution: Counts;
  byType: Counts;
  /** By study level and year as snapshotted, e.g. `BACHELOR_3`. */
  byLevel: Counts;
  beside: {
    adStudents: number;
    nonFinalPhaseStudents: number;
    /** Counted students whose qualifying placement in the period was cancelled after it started (still in the count). */
    cancelledAfterStart: number;
  };
  /** Counted students by the month of the period their counted placement started in (12 entries). */
  monthly: number[];
  /** Counted students by the day of the period their counted placement started on: the seasonal curve for later years. */
  startsByDay: number[];
  /** Students not counted yet with a placement confirmed to start in the period: the forecast's pipeline. */
  pending: number;
  funnel: Funnel;
}

export interface StoredPeriodFigures extends PeriodFigures, Doc {
  /** Entries of this period changed since it was summarized: summarize again before answering. */
  dirty: boolean;
}

export const levelKey = (s: { level: string; studyYear: number }) => `${s.level}_${s.studyYear}`;

const add = (counts: Counts, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * The figures of a period from the goal and funnel entries (entries of other periods are ignored).
 * Who counts, and which placement a student is attributed to, is decided by counting.ts only.
 */
export function summarizePeriod(period: GoalPeriod, placements: readonly GoalEntryFacts[], applications: readonly FunnelEntryFacts[]): PeriodFigures {
  return { ...summarizeGoal(period, placements), funnel: summarizeFunnel(period, placements, applications) };
}

/** Applications submitted in the period, and how far they got. */
export function summarizeFunnel(period: GoalPeriod, placements: readonly GoalEntryFacts[], applications: readonly FunnelEntryFacts[]): Funnel {
  const funnel: Funnel = { applications: 0, offers: 0, placements: 0, completed: 0 };
  for (const p of placements) {
    if (!p.appliedOn || !inPeriod(p.appliedOn, period)) continue;
    funnel.placements++;
    if (p.status === 'COMPLETED') funnel.completed++;
  }
  for (const a of applications) {
    if (!inPeriod(a.submittedOn, period)) continue;
    funnel.applications++;
    if (a.offered) funnel.offers++;
  }
  return funnel;
}

/** Everything but the funnel: the count, its breakdowns and curve, what is beside it, and the pipeline. */
export function summarizeGoal(period: GoalPeriod, placements: ReadonlyArray<GoalFacts & Pick<GoalEntryFacts, 'plannedStart'>>): Omit<PeriodFigures, 'funnel'> {
  const { count, counted } = countTowardGoal(placements, period);
  const figures: Omit<PeriodFigures, 'funnel'> = {
    kind: period.kind,
    year: period.year,
    count,
    bySector: {},
    byMunicipality: {},
    byInstitution: {},
    byType: {},
    byLevel: {},
    beside: { adStudents: 0, nonFinalPhaseStudents: 0, cancelledAfterStart: 0 },
    monthly: new Array<number>(12).fill(0),
    startsByDay: new Array<number>(daysIn(period)).fill(0),
    pending: 0,
  };
  const dayOf = dayIndexer(period);
  const countedStudents = new Set<string>();
  for (const { studentId, placement: p } of counted) {
    countedStudents.add(studentId);
    add(figures.bySector, p.snapshot.sector);
    add(figures.byMunicipality, p.snapshot.municipality);
    add(figures.byInstitution, p.snapshot.institutionId);
    add(figures.byType, p.snapshot.type);
    add(figures.byLevel, levelKey(p.snapshot));
    figures.monthly[monthOfPeriod(p.startDate!, period)]++;
    figures.startsByDay[dayOf(p.startDate!)]++;
  }

  const ad = new Set<string>();
  const nonFinal = new Set<string>();
  const cancelled = new Set<string>();
  const pending = new Set<string>();
  for (const p of placements) {
    if (p.startDate !== null && inPeriod(p.startDate, period)) {
      const beside = besideGoal(p);
      if (beside === 'AD') ad.add(p.studentId);
      if (beside === 'NON_FINAL_PHASE') nonFinal.add(p.studentId);
      if (p.status === 'CANCELLED' && countsTowardGoal(p)) cancelled.add(p.studentId);
    }
    if (p.plannedStart && inPeriod(p.plannedStart, period) && countsInForecast(p) && !countedStudents.has(p.studentId)) {
      pending.add(p.studentId);
    }
  }
  figures.beside = { adStudents: ad.size, nonFinalPhaseStudents: nonFinal.size, cancelledAfterStart: cancelled.size };
  figures.pending = pending.size;
  return figures;
}
