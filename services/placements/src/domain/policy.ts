import { isCompany, isStaff, isStudent, type Viewer } from '@cb/kit/core';
import type { StudentView } from './read-models';

/**
 * Who may do what beyond seeing a placement (visibility.ts): named predicates, tested as a table.
 */

/** Only staff change the figures of a closed period, and only with a recorded reason (DESIGN.md §4). */
export const mayCorrectClosedPeriod = (viewer: Viewer | undefined): boolean => isStaff(viewer);

/** The audit list behind the goal's number is for staff, like the number itself. */
export const mayAuditProgress = (viewer: Viewer | undefined): boolean => isStaff(viewer);

/**
 * A student applies only once their address is verified (issue 14); signing in and editing the
 * profile need no verification. Decided from our own view of the student, never by asking students.
 */
export const mayApplyWithAddressOf = (student: Pick<StudentView, 'emailVerified'>): boolean => student.emailVerified !== false;

/** A student's applications and placements, as a list: for the student themself and staff. */
export const maySeeStudentHistory = (viewer: Viewer | undefined, studentId: string): boolean => isStaff(viewer) || isStudent(viewer, studentId);

/** An assignment's applicants: for its organisation and staff (an assignment not known here yet: any organisation, it has none). */
export const maySeeApplicants = (viewer: Viewer | undefined, assignment: { companyId: string } | undefined): boolean =>
  isStaff(viewer) || (assignment ? isCompany(viewer, assignment.companyId) : viewer?.role === 'COMPANY');

/** An offer is accepted by the applicant, nobody else. */
export const mayAcceptOffer = (viewer: Viewer | undefined, application: { studentId: string }): boolean => isStudent(viewer, application.studentId);

/** The organisation and staff run a placement (start, complete, cancel); the student may also cancel it. */
export const mayChangePlacement = (viewer: Viewer | undefined, placement: { studentId: string; companyId: string }, what: 'start' | 'complete' | 'cancel'): boolean =>
  isStaff(viewer) || isCompany(viewer, placement.companyId) || (what === 'cancel' && isStudent(viewer, placement.studentId));
