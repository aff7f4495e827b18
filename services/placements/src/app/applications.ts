import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Reasons, APPLICATION_STATUSES, amsterdamDate, applicationsCloseOn, lastDayToApply, openForApplications, type ApplicationStatus, type Reason } from '@cb/contracts';
import {
  DuplicateKeyError,
  conflict,
  forbidden,
  isoDate,
  notFound,
  parseInput,
  requireRole,
  requireViewer,
  type Viewer,
  updateWithRetry,
} from '@cb/kit';
import { applyInput, noteInput, offerHasLapsed, whyCannotApply, withMove, type Application, type ApplyFacts } from '../domain/application';
import { offerAnswerBy } from '../domain/offers';
import { placesLeft } from '../domain/placement';
import { maySeeApplicants, maySeeStudentHistory } from '../domain/policy';
import { actorOf } from '../domain/visibility';
import { OPEN_STATUSES, checkMove, movesFor } from '../domain/workflow';
import { systemClock, type Clock, type PlacementsData } from './data';
import { findVisible } from './find-visible';
import { applicationMoved, applicationSubmitted } from './outgoing';
import { batchedReads, directReads, type AssignmentReads } from './assignment-reads';

/** Applying and moving applications along the workflow; and who may see which application. */
const NO_FACTS = (assignmentId: string): ApplyFacts => ({
  assignmentId,
  assignment: undefined,
  student: undefined,
  placesLeft: 0,
  alreadyApplied: false,
  openApplications: 0,
  maxOpenApplications: 0,
});

export class ApplicationUseCases {
  constructor(
    private readonly data: PlacementsData,
    private readonly clock: Clock = systemClock,
    /** How many applications a student may have open at once (the runtime's limit; none in tests of other rules). */
    private readonly maxOpenApplications = Number.POSITIVE_INFINITY,
  ) {}

  /** `admit` is the caller's hourly rate limit, run once the application could be made (mistakes never count). */
  async apply(viewer: Viewer | undefined, rawInput: unknown, admit: (studentId: string) => Promise<void> = async () => undefined): Promise<Application> {
    const { studentId } = requireRole(viewer, 'STUDENT');
    const input = parseInput(applyInput, rawInput);
    const now = this.clock();
    const facts = await this.applyFacts(studentId!, input.assignmentId);
    const refusal = whyCannotApply(viewer, facts, now);
    if (refusal) throw refusal;
    // No refusal means both are known.
    const assignment = facts.assignment!;
    const student = facts.student!;
    await admit(student.id);

    const at = now.toISOString();
    const application: Application = {
      id: `app_${randomUUID()}`,
      assignmentId: assignment.id,
      studentId: student.id,
      companyId: assignment.companyId,
      status: 'SUBMITTED',
      motivation: input.motivation,
      submittedAt: at,
      updatedAt: at,
      history: [{ from: null, to: 'SUBMITTED', by: 'STUDENT', at, note: null }],
    };
    try {
      return await this.data.applications.insert(application, { events: [applicationSubmitted(application)] });
    } catch (err) {
      if (err instanceof DuplicateKeyError) throw conflict(Reasons.ALREADY_APPLIED, 'You have already applied to this assignment; see your applications.');
      throw err;
    }
  }

  /** Whether this viewer may apply now: the same decision `apply` makes, for the assignment page. */
  async canApply(viewer: Viewer | undefined, assignmentId: string, reads: AssignmentReads = directReads(this.data)): Promise<{ allowed: boolean; reason: Reason | null }> {
    const facts = viewer?.role === 'STUDENT' && viewer.studentId ? await this.applyFacts(viewer.studentId, assignmentId, reads) : NO_FACTS(assignmentId);
    const refusal = whyCannotApply(viewer, facts, this.clock());
    return refusal ? { allowed: false, reason: refusal.reason } : { allowed: true, reason: null };
  }

  /** The assignment's answer to the open rule, for everyone (the viewer's own checks are in canApply). */
  async openForApplications(assignmentId: string, reads: AssignmentReads = directReads(this.data)): Promise<boolean> {
    const assignment = await reads.assignment(assignmentId);
    if (!assignment) return false;
    const left = placesLeft(assignment.places, await reads.placesTaken(assignment.id));
    return openForApplications({ ...assignment, placesLeft: left }, this.clock()).open;
  }

  async applicationsCloseOn(assignmentId: string, reads: AssignmentReads = directReads(this.data)): Promise<string | null> {
    const assignment = await reads.assignment(assignmentId);
    return assignment ? applicationsCloseOn(assignment) : null;
  }

  /** Reads for the Assignment fields of one GraphQL request, batched over its page of hits. */
  readsForOneRequest(): AssignmentReads {
    return batchedReads(this.data);
  }

  private async applyFacts(studentId: string, assignmentId: string, reads: AssignmentReads = directReads(this.data)): Promise<ApplyFacts> {
    const [assignment, student, taken, mine, open] = await Promise.all([
      reads.assignment(assignmentId),
      this.data.students.get(studentId),
      reads.placesTaken(assignmentId),
      this.data.applications.count({ studentId, assignmentId }),
      this.data.applications.count({ studentId, status: { in: [...OPEN_STATUSES] } }),
    ]);
    return {
      assignmentId,
      assignment,
      student,
      placesLeft: assignment ? placesLeft(assignment.places, taken) : 0,
      alreadyApplied: mine > 0,
      openApplications: open,
      maxOpenApplications: this.maxOpenApplications,
    };
  }

  /** `rawAnswerBy` counts only for an offer (status OFFERED); see domain/offers.ts. */
  async move(viewer: Viewer | undefined, id: string, rawStatus: unknown, rawNote: unknown, rawAnswerBy?: unknown): Promise<Application> {
    const v = requireViewer(viewer);
    const to = parseInput(z.enum(APPLICATION_STATUSES), rawStatus, 'status');
    const note = parseInput(noteInput, rawNote, 'note');
    const requestedAnswerBy = parseInput(isoDate().nullish(), rawAnswerBy, 'answerBy') ?? null;
    const current = await this.find(v, id);
    if (!current) throw notFound('application', id);
    const actor = actorOf(v, current);
    const now = this.clock();
    let answerBy: string | undefined;
    if (to === 'OFFERED') {
      checkMove(current.status, to, actor, note);
      const assignment = await this.data.assignments.get(current.assignmentId);
      if (!assignment) throw conflict(Reasons.NOT_YET_PROCESSED, 'This assignment is still being processed; try again in a moment.');
      answerBy = offerAnswerBy(requestedAnswerBy, amsterdamDate(now), lastDayToApply(assignment));
    }
    const moved = await updateWithRetry(this.data.applications, id, (a) => {
      checkMove(a.status, to, actor, note);
      const next = withMove(a, to, v.role, note, now, { offerAnswerBy: answerBy });
      return { doc: next, events: [applicationMoved(a.status, next)] };
    });
    return moved!;
  }

  /**
   * Application.allowedMoves: what the viewer may do with it now, from the workflow alone; a lapsed
   * offer can no longer be accepted (acceptOffer would answer OFFER_EXPIRED).
   */
  allowedMoves(viewer: Viewer | undefined, a: Application): ApplicationStatus[] {
    if (!viewer) return [];
    const moves = movesFor(a.status, actorOf(viewer, a));
    return offerHasLapsed(a, amsterdamDate(this.clock())) ? moves.filter((to) => to !== 'ACCEPTED') : moves;
  }

  /** The application if the viewer may see it (findVisible). */
  find(viewer: Viewer | undefined, id: string): Promise<Application | null> {
    return findVisible(viewer, this.data.applications, id, 'application');
  }

  async ofStudent(viewer: Viewer | undefined, studentId: string): Promise<Application[]> {
    requireViewer(viewer);
    if (!maySeeStudentHistory(viewer, studentId)) {
      throw forbidden(Reasons.NOT_YOURS, "Only the student themself or staff may see a student's applications.");
    }
    return this.data.applications.find({ studentId }, { sort: { field: 'submittedAt', direction: 'asc' } });
  }

  /** The company that posted the assignment and staff see its applicants; nobody else. */
  async ofAssignment(viewer: Viewer | undefined, assignmentId: string): Promise<Application[]> {
    const v = requireViewer(viewer);
    const assignment = await this.data.assignments.get(assignmentId);
    if (!maySeeApplicants(v, assignment)) throw forbidden(Reasons.NOT_YOURS, 'Only the organisation that posted this assignment, or staff, may see its applications.');
    // Not known here yet (just created): then it has no applications either.
    if (!assignment) return [];
    return this.data.applications.find({ assignmentId }, { sort: { field: 'submittedAt', direction: 'asc' } });
  }
}
