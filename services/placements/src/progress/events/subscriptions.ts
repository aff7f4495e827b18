import { EventTypes, type ApplicationFacts, type ApplicationStatus, type PlacementFacts } from '@cb/contracts';
import type { EventEnvelope, Subscriptions } from '@cb/kit';
import type { ProgressProjection } from '../app/projection';

/**
 * What feeds the progress read model: the placements context's placement and application events,
 * as the bus delivers them. Idempotent (projection.ts), so a redelivery or a replay changes nothing.
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

/**
 * The read-your-writes shortcut (registered in service.ts): a placement's own events, applied in
 * the request that wrote them, so staff who confirm or start a placement see it counted at once.
 * Only placement events: the count and its breakdowns come from them, while the funnel's
 * application figures follow a moment later from the bus, which also delivers the placement events
 * again (a duplicate costs one read).
 */
export function placementEventsInTheRequest(projection: ProgressProjection) {
  return async (event: EventEnvelope): Promise<void> => {
    if (event.type === EventTypes.placementConfirmed || event.type === EventTypes.placementChanged) {
      await projection.placementChanged(event.data as PlacementFacts);
    }
  };
}
