import { isInRegion } from '@cb/contracts';
import type { Placement } from './placement';

/**
 * What counts toward the goal (DESIGN.md §1), written down once. Everything that reports the goal
 * (progress, breakdowns, the Placement.countsTowardGoal field) goes through these two functions.
 *
 * A placement qualifies when, as snapshotted at confirmation, its student was a BACHELOR student in
 * year 3 or later, its work location (for a fully remote assignment: the organisation's registered
 * municipality) is in the Drechtsteden, and it has started (startPlacement recorded a start date).
 * A placement cancelled after it started still qualifies; one cancelled before never does.
 * An erased student's placements keep their anonymous snapshot, so they keep counting.
 */
export type GoalFacts = Pick<Placement, 'id' | 'studentId' | 'status' | 'startDate' | 'cancelledAfterStart' | 'snapshot'>;

export type PeriodKind = 'CALENDAR' | 'ACADEMIC';

/** A calendar year, or an academic year (1 Sep – 31 Aug) named by the year it starts in. */
export interface GoalPeriod {
  kind: PeriodKind;
  year: number;
}

export const FINAL_PHASE_FROM_YEAR = 3;
const ACADEMIC_YEAR_STARTS_IN_MONTH = 9;

/**
 * Where a placement's work counts ("where" in the table): the assignment's municipality, or for a
 * fully remote assignment the organisation's registered municipality. Snapshotted at confirmation.
 */
export function workMunicipality(assignment: { municipality: string; remote: boolean }, companyMunicipality?: string): string {
  return assignment.remote && companyMunicipality ? companyMunicipality : assignment.municipality;
}

/** Whether this placement's facts make its student count toward the goal in the period it started. */
export function countsTowardGoal(p: GoalFacts): boolean {
  if (p.startDate === null) return false; // confirmed but not started: the forecast, not the count
  if (p.status === 'CANCELLED' && !p.cancelledAfterStart) return false;
  return p.snapshot.level === 'BACHELOR' && p.snapshot.studyYear >= FINAL_PHASE_FROM_YEAR && isInRegion(p.snapshot.municipality);
}

/**
 * The period a calendar date (YYYY-MM-DD) falls in. Start dates are calendar dates in the region,
 * i.e. already Amsterdam dates; map an instant with `amsterdamDate` first (domain/calendar.ts).
 */
export function periodOf(date: string, kind: PeriodKind): GoalPeriod {
  const year = Number(date.slice(0, 4));
  if (kind === 'CALENDAR') return { kind, year };
  const month = Number(date.slice(5, 7));
  return { kind, year: month >= ACADEMIC_YEAR_STARTS_IN_MONTH ? year : year - 1 };
}

export interface GoalCount<P extends GoalFacts> {
  /** Distinct qualifying students whose placement started in the period. */
  count: number;
  /**
   * One entry per counted student: the first of their qualifying placements to start in the period.
   * Breakdowns (by sector, municipality, …) attribute the student to it, so they add up to `count`.
   */
  counted: Array<{ studentId: string; placement: P }>;
}

export function countTowardGoal<P extends GoalFacts>(placements: readonly P[], period: GoalPeriod): GoalCount<P> {
  const inPeriod = placements
    .filter((p) => countsTowardGoal(p) && periodOf(p.startDate!, period.kind).year === period.year)
    // Earliest start first; the id only makes ties deterministic.
    .sort((a, b) => a.startDate!.localeCompare(b.startDate!) || a.id.localeCompare(b.id));
  const first = new Map<string, P>();
  for (const p of inPeriod) if (!first.has(p.studentId)) first.set(p.studentId, p);
  const counted = [...first].map(([studentId, placement]) => ({ studentId, placement }));
  return { count: counted.length, counted };
}
