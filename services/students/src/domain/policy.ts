import { isStaff, isStudent, type Viewer } from '@cb/kit/core';

/**
 * Who may do what with a student: named predicates, tested as a table (test/policy.test.ts). Use
 * cases and resolvers ask these; they decide nothing inline.
 */

/**
 * Who may see a student's profile (DESIGN.md §4): the student, staff, a company the student applied
 * to, and — because they may be recommended — any company when the student is discoverable.
 */
export function maySeeStudent(viewer: Viewer | undefined, student: { id: string; discoverable: boolean }, appliedToViewer: boolean): boolean {
  if (isStaff(viewer) || isStudent(viewer, student.id)) return true;
  if (viewer?.role === 'COMPANY') return appliedToViewer || student.discoverable;
  return false;
}

/** Contact details stay between the student and staff. */
export const maySeeContact = (viewer: Viewer | undefined, studentId: string) => isStaff(viewer) || isStudent(viewer, studentId);

/** A profile is the student's own: staff do not edit it. */
export const mayEditProfile = (viewer: Viewer | undefined, studentId: string) => isStudent(viewer, studentId);

/** Erasure: the student themself, or staff on their behalf. */
export const mayErase = (viewer: Viewer | undefined, studentId: string) => isStudent(viewer, studentId) || isStaff(viewer);

/** The list of all students is for staff. */
export const mayListStudents = (viewer: Viewer | undefined) => isStaff(viewer);
