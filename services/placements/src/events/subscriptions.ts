import { EventTypes } from '@cb/contracts';
import type { Subscriptions } from '@cb/kit';
import type { StudentErasure } from '../app/erasure';
import type { PlacementsData } from '../app/data';
import { projectAssignment } from './assignment-facts';
import { dropCompany, projectCompany } from './company-facts';
import { onStudentErased } from './student-erased';
import { projectStudent } from './student-facts';

/**
 * What the placements context listens to: the facts it keeps as read models, and erasure. (The
 * service's own placement and application events feed the progress context: progress/events/.)
 */
export function placementSubscriptions(data: PlacementsData, erasure: StudentErasure): Subscriptions {
  const assignment = projectAssignment(data.assignments);
  const company = projectCompany(data.companies);
  const student = projectStudent(data.students, data.erased);
  return {
    [EventTypes.assignmentChanged]: assignment,
    [EventTypes.assignmentPublished]: assignment,
    [EventTypes.assignmentClosed]: assignment,
    [EventTypes.companyRegistered]: company,
    [EventTypes.companyUpdated]: company,
    [EventTypes.companyRemoved]: dropCompany(data.companies, data.assignments),
    [EventTypes.studentRegistered]: student,
    [EventTypes.studentProfileUpdated]: student,
    [EventTypes.studentErased]: onStudentErased(erasure),
  };
}
