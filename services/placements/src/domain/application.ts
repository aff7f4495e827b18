import { Reasons, openForApplications, type ClosedReason } from '@cb/contracts';
import { z } from 'zod';
import type { ApplicationFacts, ApplicationStatus, Role } from '@cb/contracts';
import { conflict, forbidden, notFound, text, unauthenticated, type Doc, type DomainError, type Viewer } from '@cb/kit';
import type { AssignmentView, StudentView } from './read-models';

export interface StatusChange {
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  by: Role;
  at: string;
  /** Free text: personal data, so it never leaves this service and is erased with the student. */
  note: string | null;
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
}

export const APPLICATIONS = {
  name: 'applications',
  indexes: [{ fields: ['assignmentId', 'studentId'], unique: true }, { fields: ['studentId'] }, { fields: ['assignmentId'] }],
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
  if (!assignment || assignment.status === 'DRAFT') return notFound('assignment', facts.assignmentId);
  if (!student) return conflict(Reasons.NOT_YET_PROCESSED, 'Your profile is still being processed; try again in a moment.');
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

/** The application after one move, with the move recorded in its history. */
export function withMove(a: Application, to: ApplicationStatus, by: Role, note: string | null, at: Date): Application {
  const when = at.toISOString();
  return { ...a, status: to, updatedAt: when, history: [...a.history, { from: a.status, to, by, at: when, note }] };
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

/** Erasure (AVG/GDPR): the free text goes, the anonymous facts of what happened stay. */
export function withoutPersonalData(a: Application): Application {
  return { ...a, motivation: '', history: a.history.map((h) => ({ ...h, note: null })) };
}
