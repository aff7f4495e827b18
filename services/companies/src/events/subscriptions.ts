import { EventTypes } from '@cb/contracts';
import type { Subscriptions } from '@cb/kit';
import type { AssignmentUseCases } from '../app/assignments';

/** What the companies service listens to: placements, so places cannot drop below those taken. */
export const companySubscriptions = (assignments: AssignmentUseCases): Subscriptions => ({
  [EventTypes.placementConfirmed]: (e) => assignments.notePlacement(e.data),
  [EventTypes.placementChanged]: (e) => assignments.notePlacement(e.data),
});
