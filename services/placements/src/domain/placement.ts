import { type Reason, Reasons, type AssignmentType, type PlacementFacts, type PlacementStatus, type StudyLevel } from '@cb/contracts';
import { badInput, conflict, type DomainError, type Doc } from '@cb/kit/core';
import type { WorkplaceRule } from './counting';
import { addDays } from './periods';

/**
 * The facts the goal count needs, frozen when the placement is confirmed (DESIGN.md §1: the study
 * level and year as they were then, not the current profile). Anonymous: no name, no free text.
 */
export interface PlacementSnapshot {
  level: StudyLevel;
  studyYear: number;
  institutionId: string;
  programmeId: string;
  /** Where the work is done; for a fully remote assignment the organisation's registered municipality. */
  municipality: string;
  /** Which of the two decided `municipality`; absent on placements confirmed before it was recorded. */
  workplace?: WorkplaceRule;
  sector: string;
  type: AssignmentType;
}

export interface Placement extends Doc {
  applicationId: string;
  assignmentId: string;
  studentId: string;
  companyId: string;
  /**
   * The seat this placement holds: 1..places, unique per assignment, which is what enforces capacity.
   * A cancelled placement holds `released:<id>` instead, so its number is free again.
   */
  seatNo: number | string;
  status: PlacementStatus;
  confirmedAt: string;
  /**
   * The first day of the assignment's period as it was at confirmation: when the placement is
   * expected to start, which is where the forecast counts it until it does. Absent on placements
   * confirmed before it was recorded; those are left out of the forecast.
   */
  plannedStart?: string | null;
  startDate: string | null;
  endDate: string | null;
  cancelledAt: string | null;
  /** Free text: erased with the student. */
  cancelReason: string | null;
  cancelledAfterStart: boolean;
  snapshot: PlacementSnapshot;
  /**
   * A staff correction: the start date lies in a period whose figures had closed when it was recorded.
   * The reason is free text, so it stays in this store (never in an event) and is blanked on erasure.
   */
  correction?: StartCorrection | null;
}

export interface StartCorrection {
  reason: string;
  /** The staff account that recorded it. */
  by: string;
  at: string;
}

export const PLACEMENTS = {
  name: 'placements',
  indexes: [
    { fields: ['assignmentId', 'seatNo'], unique: true },
    { fields: ['applicationId'], unique: true },
    { fields: ['studentId'] },
    { fields: ['status'] },
    // Places taken (`assignmentId IN … AND status IN HOLDING_STATUSES`, a page of search hits at
    // once): without it SQLite walks the status index, i.e. nearly every placement (issue 13).
    { fields: ['assignmentId', 'status'] },
  ],
};

/** The names the store gives the two unique indexes in a DuplicateKeyError. */
export const SEAT_INDEX = 'assignmentId+seatNo';
export const APPLICATION_INDEX = 'applicationId';

// The capacity rule lives once in contracts; re-exported for this service's use cases.
export { HOLDING_STATUSES, placesLeft } from '@cb/contracts';

export const releasedSeat = (placementId: string) => `released:${placementId}`;

const MOVES: Record<PlacementStatus, PlacementStatus[]> = {
  CONFIRMED: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

export function checkPlacementMove(from: PlacementStatus, to: PlacementStatus): void {
  if (!MOVES[from].includes(to)) {
    const allowed = MOVES[from].length > 0 ? MOVES[from].join(' or ') : 'nothing: it is final';
    throw conflict(Reasons.PLACEMENT_MOVE_NOT_ALLOWED, `A placement that is ${from} cannot become ${to}; it can become ${allowed}.`, { from, to });
  }
}

/**
 * How long before the assignment's period a placement may start. Periods are posted as round dates
 * (the first of a month) and an introduction or onboarding before the official start is common;
 * a month covers that without letting a start drift into an earlier goal year by much.
 */
export const EARLY_START_TOLERANCE_DAYS = 31;

export interface StartDateFacts {
  /** Today in Amsterdam. */
  today: string;
  /** The day (in Amsterdam) the placement was confirmed. */
  confirmedOn: string;
  /** The first day of the assignment's period, if known. */
  periodStart: string | null;
}

const dateError = (field: string, reason: Reason, message: string) => badInput(field, reason, `${field}: ${message}`);

/**
 * What a start date may be (DESIGN.md §4), apart from the closed-period rule (periods.ts): not after
 * today — a planned start is the confirmation's planned date, counted in the forecast — not before
 * the confirmation, and not more than the tolerance before the assignment's period.
 */
export function startDateError(startDate: string, f: StartDateFacts): DomainError | null {
  if (startDate > f.today) return dateError('startDate', Reasons.START_DATE_IN_FUTURE, `${startDate} is in the future; record the start on or after the day it happens (today is ${f.today}).`);
  if (startDate < f.confirmedOn) return dateError('startDate', Reasons.START_BEFORE_CONFIRMATION, `must not be before the placement was confirmed on ${f.confirmedOn}.`);
  const earliest = f.periodStart ? addDays(f.periodStart, -EARLY_START_TOLERANCE_DAYS) : null;
  if (earliest && startDate < earliest) {
    return dateError('startDate', Reasons.START_BEFORE_PERIOD, `must not be more than ${EARLY_START_TOLERANCE_DAYS} days before the assignment's period starts on ${f.periodStart} (${earliest} at the earliest).`);
  }
  return null;
}

/** What an end date may be: not after today, not before the start. */
export function endDateError(endDate: string, f: { today: string; startDate: string | null }): DomainError | null {
  if (endDate > f.today) return dateError('endDate', Reasons.DATE_IN_FUTURE, `${endDate} is in the future; record the completion on or after the day it happens (today is ${f.today}).`);
  if (f.startDate && endDate < f.startDate) return dateError('endDate', Reasons.END_BEFORE_START, `must not be before the start date ${f.startDate}.`);
  return null;
}

export function placementFacts(p: Placement): PlacementFacts {
  return {
    placementId: p.id,
    applicationId: p.applicationId,
    assignmentId: p.assignmentId,
    studentId: p.studentId,
    companyId: p.companyId,
    status: p.status,
    confirmedAt: p.confirmedAt,
    startDate: p.startDate,
    endDate: p.endDate,
    cancelledAfterStart: p.cancelledAfterStart,
  };
}
