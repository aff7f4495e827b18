import { isStaff, type Viewer } from '@cb/kit/core';
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
