import { subgraphTypeDefs } from '@cb/contracts';
import { logger, type Handler, type ServiceDefinition, type Store, type Subscriptions } from '@cb/kit';
import { ApplicationUseCases } from './app/applications';
import { ApplicationLimits } from './app/application-limits';
import { CommittedEvents, openData, systemClock, type Clock } from './app/data';
import { StudentErasure } from './app/erasure';
import { PlacementUseCases } from './app/placements';
import { ProgressAuditUseCase } from './app/progress-audit';
import { ProgressUseCases } from './app/progress';
import { ProgressProjection } from './app/progress-projection';
import { progressSubscriptions } from './events/progress-facts';
import { placementSubscriptions } from './events/subscriptions';
import { placementResolvers } from './graphql/resolvers';

export interface ComposeOptions {
  clock?: Clock;
  /**
   * Also feed the progress read model right after each write, in the request (the default), and not
   * only when the events come back from the bus. Tests of the event path turn it off.
   */
  readYourWrites?: boolean;
  /** Applications a student may have open at once (unlimited when left out). */
  maxOpenApplications?: number;
}

/** The service's parts on a store: the use cases, the progress read model and the subscription table. */
export function composePlacements(store: Store, { clock = systemClock, readYourWrites = true, maxOpenApplications }: ComposeOptions = {}) {
  const committed = new CommittedEvents();
  const data = openData(store, readYourWrites ? committed : undefined);
  const projection = new ProgressProjection(data);
  const ownEvents: Subscriptions = progressSubscriptions(projection);
  committed.listen(async (event) => (ownEvents[event.type] as Handler | undefined)?.(event));
  return {
    data,
    projection,
    applications: new ApplicationUseCases(data, clock, maxOpenApplications),
    placements: new PlacementUseCases(data, clock),
    progress: new ProgressUseCases(data, projection, clock),
    audit: new ProgressAuditUseCase(data, clock),
    subscriptions: placementSubscriptions(data, new StudentErasure(data, clock), projection),
  };
}

/** Placements: applications and placements (workflow, capacity) and progress toward the goal. */
export const placementsService: ServiceDefinition = {
  name: 'placements',
  typeDefs: subgraphTypeDefs('placements'),
  async compose({ store, runtime }) {
    const parts = composePlacements(store, { maxOpenApplications: runtime.limits.openApplications });
    const applicationLimits = new ApplicationLimits(await runtime.openRateLimits('placements'), runtime.limits);
    return {
      resolvers: placementResolvers({ ...parts, applicationLimits }),
      subscriptions: parts.subscriptions,
      async beforeConsuming() {
        if (await parts.projection.rebuildIfEmpty()) logger.info({ service: 'placements' }, 'built the progress read model from the stored placements');
      },
    };
  },
};
