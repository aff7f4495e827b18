import { subgraphTypeDefs } from '@cb/contracts';
import type { ServiceDefinition } from '@cb/kit';
import { ApplicationUseCases } from './app/applications';
import { openData } from './app/data';
import { StudentErasure } from './app/erasure';
import { PlacementUseCases } from './app/placements';
import { ProgressUseCases } from './app/progress';
import { placementSubscriptions } from './events/subscriptions';
import { placementResolvers } from './graphql/resolvers';

/** Placements: applications and placements (workflow, capacity) and progress toward the goal. */
export const placementsService: ServiceDefinition = {
  name: 'placements',
  typeDefs: subgraphTypeDefs('placements'),
  async compose({ store }) {
    const data = openData(store);
    const app = {
      applications: new ApplicationUseCases(data),
      placements: new PlacementUseCases(data),
      progress: new ProgressUseCases(data),
    };
    return { resolvers: placementResolvers(app), subscriptions: placementSubscriptions(data, new StudentErasure(data)) };
  },
};
