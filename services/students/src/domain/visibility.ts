import { isStaff, isStudent, type Viewer } from '@cb/kit/core';

/** A company learns that a student applied to it from application events, and may then see them. */
export interface ApplicantLink {
  id: string;
  studentId: string;
  companyId: string;
}

export const APPLICANT_LINKS = { name: 'applicant_links', indexes: [{ fields: ['studentId'] }] };
export const applicantLinkId = (studentId: string, companyId: string) => `${studentId}:${companyId}`;

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
