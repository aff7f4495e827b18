import type { AssignmentType, PlacementFacts, PlacementStatus, StudyLevel } from '@cb/contracts';
import { conflict, type Doc } from '@cb/kit';

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
}

export const PLACEMENTS = {
  name: 'placements',
  indexes: [
    { fields: ['assignmentId', 'seatNo'], unique: true },
    { fields: ['applicationId'], unique: true },
    { fields: ['studentId'] },
    { fields: ['status'] },
  ],
};

/** The names the store gives the two unique indexes in a DuplicateKeyError. */
export const SEAT_INDEX = 'assignmentId+seatNo';
export const APPLICATION_INDEX = 'applicationId';

/** Placements that hold a place: everything but cancelled ones. */
export const HOLDING_STATUSES: PlacementStatus[] = ['CONFIRMED', 'ACTIVE', 'COMPLETED'];

export const releasedSeat = (placementId: string) => `released:${placementId}`;

/** Places are never negative, even if an assignment's places were lowered below those taken. */
export const placesLeft = (places: number, holding: number) => Math.max(0, places - holding);

const MOVES: Record<PlacementStatus, PlacementStatus[]> = {
  CONFIRMED: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

export function checkPlacementMove(from: PlacementStatus, to: PlacementStatus): void {
  if (!MOVES[from].includes(to)) {
    const allowed = MOVES[from].length > 0 ? MOVES[from].join(' or ') : 'nothing: it is final';
    throw conflict(`A placement that is ${from} cannot become ${to}; it can become ${allowed}.`, { from, to });
  }
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
