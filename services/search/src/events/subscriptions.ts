import { EventTypes, eventCatalog, type EventType } from '@cb/contracts';
import type { Subscriptions } from '@cb/kit';
import type { SearchProjection } from '../app/projection';

/** What the search service listens to: everything it indexes or matches on, who applied where, and erasures. */
export const searchSubscriptions = (projection: SearchProjection): Subscriptions => ({
  [EventTypes.studentRegistered]: (e) => projection.onStudent(e.data),
  [EventTypes.studentProfileUpdated]: (e) => projection.onStudent(e.data),
  [EventTypes.studentErased]: (e) => projection.onStudentErased(e.data.studentId),
  [EventTypes.companyRegistered]: (e) => projection.onCompany(e.data),
  [EventTypes.companyUpdated]: (e) => projection.onCompany(e.data),
  [EventTypes.companyRemoved]: (e) => projection.onCompanyRemoved(e.data.companyId),
  [EventTypes.assignmentChanged]: (e) => projection.onAssignment(e.data),
  [EventTypes.assignmentPublished]: (e) => projection.onAssignment(e.data),
  [EventTypes.assignmentClosed]: (e) => projection.onAssignment(e.data),
  [EventTypes.applicationSubmitted]: (e) => projection.onApplication(e.data),
  [EventTypes.applicationMoved]: (e) => projection.onApplication(e.data),
  [EventTypes.placementConfirmed]: (e) => projection.onPlacement(e.data),
  [EventTypes.placementChanged]: (e) => projection.onPlacement(e.data),
});

/** The topics a subscription table reads, the same way the kit's consumer derives them. */
export function subscribedTopics(subscriptions: Subscriptions): string[] {
  return [...new Set(Object.keys(subscriptions).map((type) => eventCatalog[type as EventType].topic))];
}
