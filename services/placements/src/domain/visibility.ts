import { isCompany, isStaff, isStudent, type Viewer } from '@cb/kit/core';
import type { Actor } from './workflow';

/** An application or placement is between one student and one company. */
export interface Parties {
  studentId: string;
  companyId: string;
}

/**
 * DESIGN.md §4: a student sees their own applications and placements, a company those for its own
 * assignments (discoverable or not), staff everything. Resolvers and __resolveReference both use it.
 */
export const maySee = (viewer: Viewer | undefined, p: Parties): boolean =>
  isStaff(viewer) || isStudent(viewer, p.studentId) || isCompany(viewer, p.companyId);

/** What the viewer is to this application in the workflow, if anything. */
export function actorOf(viewer: Viewer | undefined, p: Parties): Actor | null {
  if (isCompany(viewer, p.companyId)) return 'COMPANY';
  if (isStudent(viewer, p.studentId)) return 'STUDENT';
  return null;
}
