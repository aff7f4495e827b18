import { isInRegion } from '@cb/contracts';
import type { Placement, PlacementSnapshot } from './placement';
import { periodOf, type GoalPeriod } from './periods';

export { type GoalPeriod, type PeriodKind } from './periods';

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
/**
 * The facts the rule reads. `confirmedAt` only breaks ties between two starts on one day, and
 * `plannedStart` only places a placement that has not started in a period for the audit list.
 */
export type GoalFacts = Pick<Placement, 'id' | 'studentId' | 'status' | 'startDate' | 'cancelledAfterStart' | 'snapshot'> &
  Partial<Pick<Placement, 'confirmedAt' | 'plannedStart'>>;

export const FINAL_PHASE_FROM_YEAR = 3;

/**
 * Where a placement's work counts ("where" in the table): the assignment's municipality, or for a
 * fully remote assignment the organisation's registered municipality. Snapshotted at confirmation.
 */
export function workMunicipality(assignment: { municipality: string; remote: boolean }, companyMunicipality?: string): string {
  return workplaceOf(assignment, companyMunicipality).municipality;
}

/** How the work municipality was decided, shown in the audit list. */
export type WorkplaceRule = 'ON_SITE' | 'REMOTE_ORGANISATION_MUNICIPALITY';

/** The work municipality and the case of the rule that decided it. */
export function workplaceOf(assignment: { municipality: string; remote: boolean }, companyMunicipality?: string): { municipality: string; decidedBy: WorkplaceRule } {
  return assignment.remote && companyMunicipality
    ? { municipality: companyMunicipality, decidedBy: 'REMOTE_ORGANISATION_MUNICIPALITY' }
    : { municipality: assignment.municipality, decidedBy: 'ON_SITE' };
}

/** Why a placement does not count, as shown in the staff audit list (the schema's NotCountedReason, test/quality/enums.test.ts). */
export const NOT_COUNTED_REASONS = ['NOT_STARTED', 'CANCELLED_BEFORE_START', 'AD', 'NOT_FINAL_PHASE', 'OUTSIDE_REGION', 'ALREADY_COUNTED'] as const;
export type NotCountedReason = (typeof NOT_COUNTED_REASONS)[number];

/** "Who" and "where": a final-phase bachelor student working in the region, as snapshotted; else why not. */
function studentReason(s: PlacementSnapshot): 'AD' | 'NOT_FINAL_PHASE' | 'OUTSIDE_REGION' | null {
  if (s.level !== 'BACHELOR') return 'AD';
  if (s.studyYear < FINAL_PHASE_FROM_YEAR) return 'NOT_FINAL_PHASE';
  return isInRegion(s.municipality) ? null : 'OUTSIDE_REGION';
}

/** Started, and not cancelled before it started (a cancellation after the start does not undo it). */
function hasStarted(p: Pick<GoalFacts, 'status' | 'startDate' | 'cancelledAfterStart'>): boolean {
  if (p.startDate === null) return false;
  return p.status !== 'CANCELLED' || p.cancelledAfterStart;
}

/**
 * Why this placement on its own does not make its student count, or null when it does: the first
 * reason that applies, in the order the rule reads (started? then who, then where). Whether another
 * placement of the same student was counted first is decided per period, by `judgePeriod`.
 */
export function whyNotCounted(p: GoalFacts): Exclude<NotCountedReason, 'ALREADY_COUNTED'> | null {
  if (!hasStarted(p)) return p.status === 'CANCELLED' ? 'CANCELLED_BEFORE_START' : 'NOT_STARTED';
  return studentReason(p.snapshot);
}

/** Whether this placement's facts make its student count toward the goal in the period it started. */
export function countsTowardGoal(p: GoalFacts): boolean {
  // Confirmed but not started: the forecast, not the count.
  return whyNotCounted(p) === null;
}

/** Confirmed and not (yet) started nor cancelled: it would count once it starts, so it is in the forecast. */
export function countsInForecast(p: GoalFacts): boolean {
  return p.status === 'CONFIRMED' && p.startDate === null && studentReason(p.snapshot) === null;
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

/** The day a placement belongs to a period by: its start, or while it has not started its planned start. */
export const periodDateOf = (p: GoalFacts): string | null => p.startDate ?? p.plannedStart ?? null;

/** One placement of the period, judged: the audit list's row, and (when it counts) one unit of the count. */
export interface Verdict<P extends GoalFacts> {
  placement: P;
  countsTowardGoal: boolean;
  reason: NotCountedReason | null;
  /** For ALREADY_COUNTED: the placement the student was counted with. */
  attributedTo: string | null;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order in which a student's qualifying placements are considered, the first one being counted:
 * the earliest start; on the same day the earliest confirmation; then the id, so the attribution
 * never depends on the order the store returns. (ISO dates and ids compare as plain strings;
 * localeCompare would be ten times slower at a year's worth of placements.)
 */
const attributionOrder = (a: GoalFacts, b: GoalFacts) =>
  compare(a.startDate ?? '', b.startDate ?? '') || compare(a.confirmedAt ?? '', b.confirmedAt ?? '') || compare(a.id, b.id);

/**
 * The rule applied to one period: every placement that started in it (or, not started, was planned
 * to), judged, in attribution order. The count and the staff audit list both come from here.
 */
export function judgePeriod<P extends GoalFacts>(placements: readonly P[], period: GoalPeriod): Array<Verdict<P>> {
  const inPeriod = placements.filter((p) => {
    const date = periodDateOf(p);
    return date !== null && periodOf(date, period.kind).year === period.year;
  });
  inPeriod.sort(attributionOrder);
  const first = new Map<string, string>();
  return inPeriod.map((placement) => {
    const reason = whyNotCounted(placement);
    if (reason) return { placement, countsTowardGoal: false, reason, attributedTo: null };
    const counted = first.get(placement.studentId);
    if (counted) return { placement, countsTowardGoal: false, reason: 'ALREADY_COUNTED', attributedTo: counted };
    first.set(placement.studentId, placement.id);
    return { placement, countsTowardGoal: true, reason: null, attributedTo: null };
  });
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
  const counted = judgePeriod(placements, period)
    .filter((v) => v.countsTowardGoal)
    .map(({ placement }) => ({ studentId: placement.studentId, placement }));
  return { count: counted.length, counted };
}
