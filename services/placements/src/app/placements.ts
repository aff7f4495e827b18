import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  DomainError,
  DuplicateKeyError,
  StaleWriteError,
  badInput,
  conflict,
  forbidden,
  isoDate,
  notFound,
  parseInput,
  requireRole,
  requireViewer,
  text,
  type Viewer,
  updateWithRetry,
} from '@cb/kit';
import { MAX_NOTE, offerHasLapsed, withMove, type Application } from '../domain/application';
import { Reasons } from '@cb/contracts';
import { amsterdamDate, periodsOverlap } from '@cb/contracts';
import { closedPeriodsOf } from '../domain/periods';
import { mayAcceptOffer, mayChangePlacement, mayCorrectClosedPeriod, maySeeStudentHistory } from '../domain/policy';
import { workplaceOf } from '../domain/counting';
import {
  APPLICATION_INDEX,
  HOLDING_STATUSES,
  SEAT_INDEX,
  checkPlacementMove,
  endDateError,
  placesLeft,
  releasedSeat,
  startDateError,
  type Placement,
  type PlacementSnapshot,
  type StartCorrection,
} from '../domain/placement';
import type { AssignmentView } from '../domain/read-models';
import { checkMove, isOpen } from '../domain/workflow';
import { placesTaken, systemClock, type Clock, type PlacementsData } from './data';
import { findVisible } from './find-visible';
import { applicationMoved, placementChanged, placementConfirmed } from './outgoing';
import { directReads, type AssignmentReads } from './assignment-reads';


const correctionInput = text.long(MAX_NOTE).nullish();

/** Input parsed with the failing field in `extensions.field`, as clients expect for bad input. */
function fieldInput<T extends z.ZodTypeAny>(schema: T, raw: unknown, field: string): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw badInput(field, Reasons.INVALID_FORMAT, `${field}: ${parsed.error.issues[0].message}`);
}

const dateInput = (raw: unknown, field: string): string | null => fieldInput(isoDate().nullish(), raw, field) ?? null;

const reasonInput = text.long(MAX_NOTE).pipe(z.string().min(1, 'is required: say why the placement is cancelled'));

/** Accepting offers (capacity), the placement's own lifecycle, and who may see which placement. */
export class PlacementUseCases {
  constructor(
    private readonly data: PlacementsData,
    private readonly clock: Clock = systemClock,
  ) {}

  /**
   * The student takes a place. Idempotent: a retry (after a crash or a double click) finds the
   * placement already made and finishes the remaining steps instead of taking a second place.
   */
  async acceptOffer(viewer: Viewer | undefined, rawId: unknown): Promise<Placement> {
    const v = requireRole(viewer, 'STUDENT');
    const applicationId = parseInput(text.id(), rawId, 'applicationId');
    const application = await this.data.applications.get(applicationId);
    if (!application) throw notFound('application', applicationId);
    if (!mayAcceptOffer(v, application)) throw forbidden(Reasons.NOT_YOURS, 'Only the applicant may accept this offer.');
    const assignment = await this.data.assignments.get(application.assignmentId);
    if (!assignment) throw conflict(Reasons.NOT_YET_PROCESSED, 'This assignment is still being processed; try again in a moment.');

    let placement = await this.byApplication(application.id);
    if (!placement || application.status !== 'ACCEPTED') {
      // Decided now, by the server's clock: a lapsed offer holds no claim, even before the expiry job ran.
      if (offerHasLapsed(application, amsterdamDate(this.clock()))) {
        throw conflict(Reasons.OFFER_EXPIRED, `This offer lapsed: it had to be accepted by ${application.offerAnswerBy ?? 'its answer-by date'}.`);
      }
      checkMove(application.status, 'ACCEPTED', 'STUDENT', null, 'acceptOffer');
      placement ??= await this.takeSeat(application, assignment);
      try {
        await this.markAccepted(application.id);
      } catch (err) {
        // The company revoked the offer while the seat was being taken: give the seat back.
        if (err instanceof DomainError && placement.status === 'CONFIRMED') {
          await this.release(placement.id, 'The offer was revoked before it was accepted.');
        }
        throw err;
      }
    }
    // Also on a retry: a crash may have come before this last step.
    if (placement.status !== 'CANCELLED') await this.withdrawOverlapping(application, assignment);
    return placement;
  }

  /**
   * Without a start date it started today, in Amsterdam: 31 December 23:30 there is still 31 December.
   * The date keeps history honest (domain/placement.ts `startDateError`); in a closed period
   * (periods.ts `isPeriodClosed`) only staff may record it, as a correction with a reason.
   */
  async start(viewer: Viewer | undefined, id: string, rawStartDate: unknown, rawCorrectionReason?: unknown): Promise<Placement> {
    const today = amsterdamDate(this.clock());
    const startDate = dateInput(rawStartDate, 'startDate') ?? today;
    const correctionReason = fieldInput(correctionInput, rawCorrectionReason, 'correctionReason') ?? null;
    const placement = await this.forChange(viewer, id, 'start');
    checkPlacementMove(placement.status, 'ACTIVE');
    const assignment = await this.data.assignments.get(placement.assignmentId);
    const periodStart = assignment?.periodStart ?? placement.plannedStart ?? null;
    const wrong = startDateError(startDate, { today, confirmedOn: amsterdamDate(new Date(placement.confirmedAt)), periodStart });
    if (wrong) throw wrong;
    const correction = this.correction(viewer!, startDate, today, correctionReason);
    return this.change(id, 'ACTIVE', (p) => ({ ...p, status: 'ACTIVE', startDate, correction }));
  }

  async complete(viewer: Viewer | undefined, id: string, rawEndDate: unknown): Promise<Placement> {
    const today = amsterdamDate(this.clock());
    const endDate = dateInput(rawEndDate, 'endDate') ?? today;
    await this.forChange(viewer, id, 'complete');
    return this.change(id, 'COMPLETED', (p) => {
      const wrong = endDateError(endDate, { today, startDate: p.startDate });
      if (wrong) throw wrong;
      return { ...p, status: 'COMPLETED', endDate };
    });
  }

  /** A start in a closed period: refused, except as a staff correction with its reason recorded. */
  private correction(viewer: Viewer, startDate: string, today: string, reason: string | null): StartCorrection | null {
    const closed = closedPeriodsOf(startDate, today);
    if (closed.length === 0) return null;
    const which = closed.map((p) => (p.kind === 'CALENDAR' ? `the year ${p.year}` : `the academic year ${p.year}–${p.year + 1}`)).join(' and ');
    if (!mayCorrectClosedPeriod(viewer)) {
      throw new DomainError('FORBIDDEN', Reasons.PERIOD_CLOSED, `startDate: ${startDate} lies in ${which}, whose figures have closed; Dordrecht Academy staff can record it as a correction.`, {
        field: 'startDate',
      });
    }
    if (!reason) {
      throw badInput('correctionReason', Reasons.CORRECTION_REASON_REQUIRED, `correctionReason: ${startDate} lies in ${which}, whose figures have closed; say why the start is recorded now.`);
    }
    return { reason, by: viewer.accountId, at: this.clock().toISOString() };
  }

  async cancel(viewer: Viewer | undefined, id: string, rawReason: unknown): Promise<Placement> {
    const reason = parseInput(reasonInput, rawReason, 'reason');
    await this.forChange(viewer, id, 'cancel');
    return this.release(id, reason);
  }

  /** The placement if the viewer may see it (findVisible). */
  find(viewer: Viewer | undefined, id: string): Promise<Placement | null> {
    return findVisible(viewer, this.data.placements, id, 'placement');
  }

  /** For Application.placement: whoever may see the application may see its placement. */
  byApplication(applicationId: string): Promise<Placement | undefined> {
    return this.data.placements.find({ applicationId }, { limit: 1 }).then((found) => found[0]);
  }

  async ofStudent(viewer: Viewer | undefined, studentId: string): Promise<Placement[]> {
    requireViewer(viewer);
    if (!maySeeStudentHistory(viewer, studentId)) {
      throw forbidden(Reasons.NOT_YOURS, "Only the student themself or staff may see a student's placements.");
    }
    return this.data.placements.find({ studentId }, { sort: { field: 'confirmedAt', direction: 'asc' } });
  }

  /**
   * Public: how many places an assignment has left. An assignment this service has not heard of yet
   * has no placements, but its places are unknown too; it shows 0 left and not filled until it has.
   */
  async capacity(assignmentId: string, reads: AssignmentReads = directReads(this.data)): Promise<{ placesLeft: number; filled: boolean }> {
    const assignment = await reads.assignment(assignmentId);
    if (!assignment) return { placesLeft: 0, filled: false };
    const left = placesLeft(assignment.places, await reads.placesTaken(assignmentId));
    return { placesLeft: left, filled: left === 0 };
  }

  /**
   * Capacity (DESIGN.md §4): a placement holds one seat 1..places and the unique index
   * {assignmentId, seatNo} refuses a second holder, so two students can never get the same place,
   * in any number of processes. Nothing here decides by reading first: the count is only a hint of
   * which seat is probably free.
   */
  private async takeSeat(application: Application, assignment: AssignmentView): Promise<Placement> {
    const snapshot = await this.snapshot(application, assignment);
    if (!(await this.reseatAboveCapacity(assignment))) throw full(assignment);
    const taken = await placesTaken(this.data, assignment.id);
    const placement: Placement = {
      id: `pla_${randomUUID()}`,
      applicationId: application.id,
      assignmentId: assignment.id,
      studentId: application.studentId,
      companyId: application.companyId,
      seatNo: 0,
      status: 'CONFIRMED',
      confirmedAt: this.clock().toISOString(),
      plannedStart: assignment.periodStart,
      startDate: null,
      endDate: null,
      cancelledAt: null,
      cancelReason: null,
      cancelledAfterStart: false,
      snapshot,
      correction: null,
    };
    for (const seatNo of seatOrder(taken + 1, assignment.places)) {
      const candidate = { ...placement, seatNo };
      try {
        return await this.data.placements.insert(candidate, { events: [placementConfirmed(candidate)] });
      } catch (err) {
        if (!(err instanceof DuplicateKeyError)) throw err;
        if (err.index === SEAT_INDEX) continue;
        if (err.index !== APPLICATION_INDEX) throw err;
        break; // a concurrent accept of this same application took a seat for it
      }
    }
    const mine = await this.byApplication(application.id);
    if (mine) return mine;
    throw full(assignment);
  }

  /**
   * When places were lowered below a seat number already held (say seats 1 and 3 held, places now 2),
   * a new seat 2 would make three placements for two places. Such placements move down into a free
   * seat first; the unique index guards each move. Returns false when one cannot move: no seat is free.
   */
  private async reseatAboveCapacity(assignment: AssignmentView): Promise<boolean> {
    const holding = await this.data.placements.find({ assignmentId: assignment.id, status: { in: HOLDING_STATUSES } });
    for (const p of holding.filter((h) => typeof h.seatNo === 'number' && h.seatNo > assignment.places)) {
      if (!(await this.moveIntoPlaces(p.id, assignment.places))) return false;
    }
    return true;
  }

  private async moveIntoPlaces(id: string, places: number): Promise<boolean> {
    for (let seatNo = 1; seatNo <= places; ) {
      const p = await this.data.placements.get(id);
      // Cancelled meanwhile (its seat is a "released:" string), or already within the places.
      if (!p || typeof p.seatNo !== 'number' || p.seatNo <= places) return true;
      try {
        await this.data.placements.update({ ...p, seatNo });
        return true;
      } catch (err) {
        if (err instanceof DuplicateKeyError) seatNo++;
        else if (!(err instanceof StaleWriteError)) throw err;
      }
    }
    return false;
  }

  /** The facts the goal count needs, as they are at confirmation (DESIGN.md §1). */
  private async snapshot(application: Application, assignment: AssignmentView): Promise<PlacementSnapshot> {
    const student = await this.data.students.get(application.studentId);
    if (!student) throw conflict(Reasons.NOT_YET_PROCESSED, 'Your profile is still being processed; try again in a moment.');
    const company = assignment.remote ? await this.data.companies.get(assignment.companyId) : undefined;
    const workplace = workplaceOf(assignment, company?.municipality);
    return {
      level: student.level,
      studyYear: student.studyYear,
      institutionId: student.institutionId,
      programmeId: student.programmeId,
      municipality: workplace.municipality,
      workplace: workplace.decidedBy,
      sector: assignment.sector,
      type: assignment.type,
    };
  }

  private async markAccepted(applicationId: string): Promise<void> {
    await updateWithRetry(this.data.applications, applicationId, (a) => {
      if (a.status === 'ACCEPTED') return undefined;
      checkMove(a.status, 'ACCEPTED', 'STUDENT', null, 'acceptOffer');
      const next = withMove(a, 'ACCEPTED', 'STUDENT', null, this.clock());
      return { doc: next, events: [applicationMoved(a.status, next)] };
    });
  }

  /** DESIGN.md §4: accepting withdraws the student's other open applications for an overlapping period. */
  private async withdrawOverlapping(accepted: Application, assignment: AssignmentView): Promise<void> {
    const period = { start: assignment.periodStart, end: assignment.periodEnd };
    const others = await this.data.applications.find({ studentId: accepted.studentId });
    for (const other of others.filter((a) => a.id !== accepted.id && isOpen(a.status))) {
      const theirs = await this.data.assignments.get(other.assignmentId);
      if (!theirs || !periodsOverlap(period, { start: theirs.periodStart, end: theirs.periodEnd })) continue;
      await updateWithRetry(this.data.applications, other.id, (a) => {
        if (!isOpen(a.status)) return undefined;
        // The marketplace withdraws it, not the student: recorded as SYSTEM with a reason the web translates.
        const next = withMove(a, 'WITHDRAWN', 'SYSTEM', null, this.clock(), { reason: Reasons.OVERLAPPING_PLACEMENT_ACCEPTED });
        return { doc: next, events: [applicationMoved(a.status, next)] };
      });
    }
  }

  /** Cancels a placement and frees its seat number for the next student. */
  private release(id: string, reason: string): Promise<Placement> {
    return this.change(id, 'CANCELLED', (p) => ({
      ...p,
      status: 'CANCELLED',
      seatNo: releasedSeat(p.id),
      cancelledAt: this.clock().toISOString(),
      cancelReason: reason,
      cancelledAfterStart: p.status === 'ACTIVE',
    }));
  }

  private async change(id: string, to: Placement['status'], next: (p: Placement) => Placement): Promise<Placement> {
    const changed = await updateWithRetry(this.data.placements, id, (p) => {
      checkPlacementMove(p.status, to);
      const doc = next(p);
      return { doc, events: [placementChanged(doc)] };
    });
    if (!changed) throw notFound('placement', id);
    return changed;
  }

  /** The company of the assignment and staff run a placement; the student may also cancel it. */
  private async forChange(viewer: Viewer | undefined, id: string, what: 'start' | 'complete' | 'cancel'): Promise<Placement> {
    const placement = await this.find(requireViewer(viewer), id);
    if (!placement) throw notFound('placement', id);
    if (!mayChangePlacement(viewer, placement, what)) {
      throw forbidden(
        Reasons.NOT_YOURS,
        what === 'cancel'
          ? 'Only the student, the organisation or staff may cancel this placement.'
          : `Only the organisation or staff may ${what} this placement.`,
      );
    }
    return placement;
  }
}

const full = (assignment: AssignmentView) => conflict(Reasons.ASSIGNMENT_FULL, `This assignment is full: all ${assignment.places} places are taken.`);

/** Seats 1..places, starting at the hint and wrapping around, so concurrent accepts rarely collide twice. */
export function seatOrder(hint: number, places: number): number[] {
  const start = hint >= 1 && hint <= places ? hint : 1;
  return Array.from({ length: places }, (_, i) => ((start - 1 + i) % places) + 1);
}
