import { EventTypes, type ApplicationFacts, type ApplicationStatus, type PlacementFacts } from '@cb/contracts';
import type { Subscriptions } from '@cb/kit';
import type { ProgressProjection } from '../app/progress-projection';

/**
 * This service's own placement and application events, back from the bus: they keep the progress
 * read model. The same handlers also run right after each write (app/data.ts, CommittedEvents);
 * they are idempotent, so the second delivery changes nothing.
 */
export function progressSubscriptions(projection: ProgressProjection) {
  const placement = (event: { data: PlacementFacts }) => projection.placementChanged(event.data);
  const application = (event: { data: ApplicationFacts & { from?: ApplicationStatus } }) => projection.applicationChanged(event.data);
  return {
    [EventTypes.placementConfirmed]: placement,
    [EventTypes.placementChanged]: placement,
    [EventTypes.applicationSubmitted]: application,
    [EventTypes.applicationMoved]: application,
  } satisfies Subscriptions;
}
