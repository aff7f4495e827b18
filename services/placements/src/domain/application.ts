import { Reasons, maySeeAssignment, openForApplications, type ClosedReason } from '@cb/contracts';
import { z } from 'zod';
import type { ApplicationFacts, ApplicationStatus, Reason } from '@cb/contracts';
import { conflict, emailNotVerified, forbidden, notFound, text, unauthenticated, type Doc, type DomainError, type Viewer } from '@cb/kit/core';
import { offerLapsed } from './offers';
import { mayApplyWithAddressOf } from './policy';
import { isOpen } from './workflow';
import type { AssignmentView, StudentView } from './read-models';

/** Who made a move: a party, staff, or the marketplace itself (an offer that lapsed, an overlap). */
export type ActorKind = 'STUDENT' | 'COMPANY' | 'STAFF' | 'SYSTEM';

export interface StatusChange {
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  by: ActorKind;
  at: string;
  /** Free text: personal data, so it never leaves this service and is erased with the student. */
  note: string | null;
  /** Why the system moved it (a reason constant the web translates); absent on a person's move. */
  reason?: Reason | null;
}

export interface Application extends Doc {
  assignmentId: string;
  studentId: string;
  /** The company of the assignment, copied at apply time so visibility needs no other read. */
  companyId: string;
  status: ApplicationStatus;
  /** Personal data: never in an event, blanked when the student is erased. */
  motivation: string;
  submittedAt: string;
  updatedAt: string;
  history: StatusChange[];
  /** While OFFERED: the last day (Amsterdam) the offer may be accepted. Absent on offers made before answer-by dates existed. */
  offerAnswerBy?: string | null;
}

export const APPLICATIONS = {
  name: 'applications',
  // status: the expiry job looks up the offers that are out.
  indexes: [{ fields: ['assignmentId', 'studentId'], unique: true }, { fields: ['studentId'] }, { fields: ['assignmentId'] }, { fields: ['status'] }],
};

export const MAX_MOTIVATION = 5000;
export const MAX_NOTE = 2000;

export const applyInput = z.object({
  assignmentId: text.id(),
  motivation: text.long(MAX_MOTIVATION).pipe(z.string().min(1, 'is required: tell the company why you want this assignment')),
});

/** An optional free-text note; blank means none. */
export const noteInput = text
  .long(MAX_NOTE)
  .nullish()
  .transform((n) => n || null);

/** What decides whether a viewer may apply to an assignment now; gathered by the use case. */
export interface ApplyFacts {
  assignmentId: string;
  /** Undefined when placements has not heard of the assignment. */
  assignment: AssignmentView | undefined;
  /** Undefined while the student's profile event has not arrived. */
  student: StudentView | undefined;
  placesLeft: number;
  alreadyApplied: boolean;
  openApplications: number;
  maxOpenApplications: number;
}

/**
 * Why this viewer cannot apply now, or null when `apply` would take the application. The one
 * decision behind both `apply` (which throws it) and `Assignment.canApply` (which shows its reason),
 * so the page never offers a form the server then refuses.
 */
export function whyCannotApply(viewer: Viewer | undefined, facts: ApplyFacts, now: Date): DomainError | null {
  if (!viewer) return unauthenticated('Sign in as a student to apply.');
  if (viewer.role !== 'STUDENT') return forbidden(Reasons.ROLE_NOT_ALLOWED, 'Only student accounts may apply.');
  const { assignment, student } = facts;
  // A draft is not public: to a student it does not exist yet.
  if (!assignment || !maySeeAssignment(viewer, assignment)) return notFound('assignment', facts.assignmentId);
  if (!student) return conflict(Reasons.NOT_YET_PROCESSED, 'Your profile is still being processed; try again in a moment.');
  if (!mayApplyWithAddressOf(student)) return emailNotVerified('apply');
  const open = openForApplications({ ...assignment, placesLeft: facts.placesLeft }, now);
  if (!open.open) return conflict(open.reason, closedMessage(open.reason, assignment));
  if (!assignment.levels.includes(student.level)) {
    return conflict(Reasons.LEVEL_NOT_ADMITTED, `This assignment is for ${assignment.levels.join(' and ')} students; your profile says ${student.level}.`);
  }
  if (facts.alreadyApplied) return conflict(Reasons.ALREADY_APPLIED, 'You have already applied to this assignment; see your applications.');
  if (facts.openApplications >= facts.maxOpenApplications) {
    return conflict(
      Reasons.TOO_MANY_OPEN_APPLICATIONS,
      `You have ${facts.openApplications} open applications, the most at once. Withdraw one, or wait for answers, before applying again.`,
    );
  }
  return null;
}

function closedMessage(reason: ClosedReason, a: AssignmentView): string {
  switch (reason) {
    case Reasons.ASSIGNMENT_NOT_PUBLISHED:
      return 'This assignment is not published: it takes no applications yet.';
    case Reasons.ASSIGNMENT_CLOSED:
      return 'This assignment is closed: it takes no more applications.';
    case Reasons.ASSIGNMENT_FULL:
      return `This assignment is full: all ${a.places} places are taken.`;
    case Reasons.APPLICATIONS_CLOSED:
      return a.applicationDeadline
        ? `The application deadline of this assignment (${a.applicationDeadline}) has passed.`
        : `Applications for this assignment closed when its period started (${a.periodStart}).`;
  }
}

/**
 * The application after one move, with the move recorded in its history. An offer carries its
 * answer-by date while it is out; any other status has none.
 */
export function withMove(
  a: Application,
  to: ApplicationStatus,
  by: ActorKind,
  note: string | null,
  at: Date,
  extra: { reason?: Reason; offerAnswerBy?: string } = {},
): Application {
  const when = at.toISOString();
  const change: StatusChange = { from: a.status, to, by, at: when, note, ...(extra.reason ? { reason: extra.reason } : {}) };
  return { ...a, status: to, updatedAt: when, offerAnswerBy: to === 'OFFERED' ? (extra.offerAnswerBy ?? null) : null, history: [...a.history, change] };
}

/**
 * The offer has lapsed (OFFER_EXPIRED): still out after its answer-by day, or already declined by
 * the expiry job. Decided on today's date in Amsterdam, so the answer-by day itself still counts.
 */
export function offerHasLapsed(a: Application, today: string): boolean {
  if (a.status === 'OFFERED') return offerLapsed(a.offerAnswerBy, today);
  return a.status === 'DECLINED' && a.history.at(-1)?.reason === Reasons.OFFER_EXPIRED;
}

/** What other services learn of an application: ids and status, never the motivation or notes. */
export function applicationFacts(a: Application): ApplicationFacts {
  return {
    applicationId: a.id,
    assignmentId: a.assignmentId,
    studentId: a.studentId,
    companyId: a.companyId,
    status: a.status,
    at: a.updatedAt,
  };
}

/** When the application reached its final status (the last move), or null while it is open. */
export function closedAt(a: Pick<Application, 'status' | 'history'>): string | null {
  return isOpen(a.status) ? null : (a.history.at(-1)?.at ?? null);
}

/** Erasure (AVG/GDPR): the free text goes, the anonymous facts of what happened stay. */
export function withoutPersonalData(a: Application): Application {
  return { ...a, motivation: '', history: a.history.map((h) => ({ ...h, note: null })) };
}
