import { isCompany, isStaff, isStudent, type Viewer } from '@cb/kit/core';
import { isSearchable, type AssignmentView, type CompanyView } from './read-model';

/**
 * Who may ask what of search: named predicates, tested as a table (test/unit/policy.test.ts). The
 * use cases and resolvers ask these; they decide nothing inline.
 */

type OfCompany = Pick<AssignmentView, 'companyId'>;

/** The assignment's own organisation and staff: they see it and its matches in every state. */
const ownerOrStaff = (viewer: Viewer | undefined, assignment: OfCompany): boolean => isStaff(viewer) || isCompany(viewer, assignment.companyId);

/**
 * Whether an assignment exists for the viewer (the gateway's entity lookup): while it is published
 * by an approved organisation for anyone; a draft, a closed one or one of an organisation under
 * review only for that organisation and staff.
 */
export const maySeeAssignment = (viewer: Viewer | undefined, assignment: Pick<AssignmentView, 'companyId' | 'status'>, company: Pick<CompanyView, 'approved'> | undefined): boolean =>
  ownerOrStaff(viewer, assignment) || isSearchable(assignment, company);

/** The `fit` of a search hit is for a student, about themself: the student it is computed for, or none. */
export const fitStudentOf = (viewer: Viewer | undefined): string | undefined => (viewer?.role === 'STUDENT' ? viewer.studentId : undefined);

/** Candidates for an assignment: for its organisation and staff. */
export const mayRecommendCandidates = ownerOrStaff;

/** Assignments recommended to a student: for the student themself and staff. */
export const mayRecommendAssignments = (viewer: Viewer | undefined, studentId: string): boolean => isStaff(viewer) || isStudent(viewer, studentId);

/** How a student fits an assignment: for the student themself, the assignment's organisation and staff. */
export const mayMatch = (viewer: Viewer | undefined, studentId: string, assignment: OfCompany): boolean =>
  isStudent(viewer, studentId) || ownerOrStaff(viewer, assignment);

/** Whether the student applied to the assignment: told to its organisation and staff (the student knows). */
export const maySeeApplied = ownerOrStaff;

/**
 * An organisation sees how a student fits only when the student is discoverable or applied to it
 * (DESIGN.md §4); the student themself and staff always.
 */
export const needsDiscoverable = (viewer: Viewer | undefined, assignment: OfCompany): boolean => !isStaff(viewer) && isCompany(viewer, assignment.companyId);
