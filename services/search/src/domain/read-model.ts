import { placesLeft as placesLeftOf } from '@cb/contracts';
import type { AssignmentFacts, CompanyFacts, StudentFacts } from '@cb/contracts';
import type { CollectionSpec, Doc } from '@cb/kit/core';

/**
 * What search keeps of the other services, learned only from their events (DESIGN.md §2). Each doc
 * is the latest facts of one aggregate; events of one aggregate arrive in order, so last writer wins.
 */
export type StudentProfile = Doc & Omit<StudentFacts, 'studentId'>;
export type CompanyView = Doc & Omit<CompanyFacts, 'companyId'>;
export type AssignmentView = Doc & Omit<AssignmentFacts, 'assignmentId'>;

/**
 * A placement holds a place of its assignment until it is cancelled (completed ones still took it).
 * Deliberately without the student's id, so erasure has nothing to remove here and the count of
 * places taken stays right.
 */
export interface PlacementSeat extends Doc {
  assignmentId: string;
  holdsPlace: boolean;
}

/**
 * That a student applied to an assignment: a company may see how its applicants fit
 * (Assignment.matchFor), discoverable or not. Ids only; dropped when the student is erased.
 */
export interface Application extends Doc {
  assignmentId: string;
  studentId: string;
  companyId: string;
}

/**
 * An erased student's tombstone, so no later or replayed event can bring them back: keyed by
 * `erasureTombstoneKey` (contracts/src/rules/erasure.ts), nothing else (the erasure test looks for
 * the raw id in every file search writes).
 */
export type ErasedStudent = Doc;

export const STUDENT_PROFILES: CollectionSpec = { name: 'student_profiles' };
export const COMPANIES: CollectionSpec = { name: 'companies' };
export const ASSIGNMENTS: CollectionSpec = { name: 'assignments', indexes: [{ fields: ['companyId'] }, { fields: ['status'] }] };
export const PLACEMENT_SEATS: CollectionSpec = { name: 'placement_seats', indexes: [{ fields: ['assignmentId'] }] };
export const ERASED_STUDENTS: CollectionSpec = { name: 'erased_students' };
export const APPLICATIONS: CollectionSpec = { name: 'applications', indexes: [{ fields: ['studentId'] }, { fields: ['companyId', 'studentId'] }] };

/** Search shows an assignment while it is published and its organisation is approved. */
export function isSearchable(assignment: Pick<AssignmentView, 'status'>, company: Pick<CompanyView, 'approved'> | undefined): boolean {
  return assignment.status === 'PUBLISHED' && company?.approved === true;
}

/** The capacity rule of contracts, for an assignment view. */
export const placesLeft = (assignment: Pick<AssignmentView, 'places'>, placesTaken: number): number => placesLeftOf(assignment.places, placesTaken);
