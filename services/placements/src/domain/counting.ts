import { isInRegion } from '@cb/contracts';
import type { Placement, PlacementSnapshot } from './placement';
import { periodOf, type GoalPeriod } from './periods';

export { periodOf, type GoalPeriod, type PeriodKind } from './periods';

/**
 * What counts toward the goal (DESIGN.md §1), written down once. Everything that reports the goal
 * (progress, its breakdowns, the forecast, what is shown beside the count, the
 * Placement.countsTowardGoal field) goes through the functions in this file.
 *
 * A placement qualifies when, as snapshotted at confirmation, its student was a BACHELOR student in
 * year 3 or later, its work location (for a fully remote assignment: the organisation's registered
 * municipality) is in the Drechtsteden, and it has started (startPlacement recorded a start date).
 * A placement cancelled after it started still qualifies; one cancelled before never does.
 * An erased student's placements keep their anonymous snapshot, so they keep counting.
 */
export type GoalFacts = Pick<Placement, 'id' | 'studentId' | 'status' | 'startDate' | 'cancelledAfterStart' | 'snapshot'>;

export const FINAL_PHASE_FROM_YEAR = 3;

/**
 * Where a placement's work counts ("where" in the table): the assignment's municipality, or for a
 * fully remote assignment the organisation's registered municipality. Snapshotted at confirmation.
 */
export function workMunicipality(assignment: { municipality: string; remote: boolean }, companyMunicipality?: string): string {
  return assignment.remote && companyMunicipality ? companyMunicipality : assignment.municipality;
}

/** "Who" and "where": a final-phase bachelor student working in the region, as snapshotted. */
function isGoalStudentInRegion(s: PlacementSnapshot): boolean {
  return s.level === 'BACHELOR' && s.studyYear >= FINAL_PHASE_FROM_YEAR && isInRegion(s.municipality);
}

/** Started, and not cancelled before it started (a cancellation after the start does not undo it). */
function hasStarted(p: Pick<GoalFacts, 'status' | 'startDate' | 'cancelledAfterStart'>): boolean {
  if (p.startDate === null) return false;
  return p.status !== 'CANCELLED' || p.cancelledAfterStart;
}

/** Whether this placement's facts make its student count toward the goal in the period it started. */
export function countsTowardGoal(p: GoalFacts): boolean {
  // Confirmed but not started: the forecast, not the count.
  return hasStarted(p) && isGoalStudentInRegion(p.snapshot);
}

/** Confirmed and not (yet) started nor cancelled: it would count once it starts, so it is in the forecast. */
export function countsInForecast(p: GoalFacts): boolean {
  return p.status === 'CONFIRMED' && p.startDate === null && isGoalStudentInRegion(p.snapshot);
}

export type BesideGoal = 'AD' | 'NON_FINAL_PHASE';

/**
 * Started placements in the region of students the goal does not count, reported beside the count
 * and never in it: Associate Degree students, and bachelor students before the final phase.
 */
export function besideGoal(p: GoalFacts): BesideGoal | null {
  if (!hasStarted(p) || !isInRegion(p.snapshot.municipality)) return null;
  if (p.snapshot.level === 'AD') return 'AD';
  return p.snapshot.studyYear < FINAL_PHASE_FROM_YEAR ? 'NON_FINAL_PHASE' : null;
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

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function countTowardGoal<P extends GoalFacts>(placements: readonly P[], period: GoalPeriod): GoalCount<P> {
  const inPeriod = placements
    .filter((p) => countsTowardGoal(p) && periodOf(p.startDate!, period.kind).year === period.year)
    // Earliest start first; the id only makes ties deterministic. (ISO dates and ids compare as
    // plain strings; localeCompare would be ten times slower at a year's worth of placements.)
    .sort((a, b) => compare(a.startDate!, b.startDate!) || compare(a.id, b.id));
  const first = new Map<string, P>();
  for (const p of inPeriod) if (!first.has(p.studentId)) first.set(p.studentId, p);
  const counted = [...first].map(([studentId, placement]) => ({ studentId, placement }));
  return { count: counted.length, counted };
}
