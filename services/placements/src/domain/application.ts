import { Reasons } from '@cb/contracts';
import { z } from 'zod';
import type { ApplicationFacts, ApplicationStatus, Role, StudyLevel } from '@cb/contracts';
import { conflict, text, type Doc } from '@cb/kit';
import type { AssignmentView } from './read-models';

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

/** Throws CONFLICT saying why this assignment does not take this student's application now. */
export function checkCanApply(assignment: AssignmentView, level: StudyLevel, today: string, placesLeft: number): void {
  if (assignment.status === 'CLOSED') throw conflict(Reasons.ASSIGNMENT_CLOSED, 'This assignment is closed: it takes no more applications.');
  if (assignment.applicationDeadline && assignment.applicationDeadline < today) {
    throw conflict(Reasons.APPLICATIONS_CLOSED, `The application deadline of this assignment (${assignment.applicationDeadline}) has passed.`);
  }
  if (!assignment.levels.includes(level)) {
    throw conflict(Reasons.LEVEL_NOT_ADMITTED, `This assignment is for ${assignment.levels.join(' and ')} students; your profile says ${level}.`);
  }
  if (placesLeft === 0) throw conflict(Reasons.ASSIGNMENT_FULL, `This assignment is full: all ${assignment.places} places are taken.`);
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
