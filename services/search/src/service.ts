import { subgraphTypeDefs } from '@cb/contracts';
import { ConfigError, openMiniSearchIndex, type SearchIndex, type ServiceDefinition } from '@cb/kit';
import { prepareProjection } from './app/prepare-projection';
import { SearchProjection } from './app/projection';
import { RecommendAssignments } from './app/recommend-assignments';
import { SearchAssignments } from './app/search-assignments';
import { searchConfig, type SearchConfig } from './config';
import { ASSIGNMENT_INDEX, type AssignmentSearchDoc } from './domain/assignment-doc';
import { searchSubscriptions, subscribedTopics } from './events/subscriptions';
import { searchResolvers } from './graphql/resolvers';

/** The host runs the consumer under the service's name; rewinding must name the same group. */
const CONSUMER_GROUP = 'search';

/** Search owns nothing: projections of the others' events, full-text search, facets and matching. */
export const searchService: ServiceDefinition = {
  name: 'search',
  typeDefs: subgraphTypeDefs('search'),
  async compose({ store, bus, runtime }) {
    const index = await openAssignmentIndex(searchConfig(runtime.env));
    const projection = new SearchProjection(store, index);
    const subscriptions = searchSubscriptions(projection);
    return {
      resolvers: searchResolvers(new SearchAssignments(index), new RecommendAssignments(projection)),
      subscriptions,
      async beforeConsuming() {
        const how = await prepareProjection(projection, bus, CONSUMER_GROUP, subscribedTopics(subscriptions));
        if (how === 'rebuilt') console.log('[search] rebuilding the search projection from the event log');
      },
      stop: () => index.close(),
    };
  },
};

async function openAssignmentIndex(config: SearchConfig): Promise<SearchIndex<AssignmentSearchDoc>> {
  switch (config.profile) {
    case 'embedded':
      return openMiniSearchIndex({ settings: ASSIGNMENT_INDEX, file: config.indexFile });
    case 'distributed':
      // The Meilisearch adapter is its own issue; until it lands the profile refuses to start.
      throw new ConfigError(['MEILI_URL: the Meilisearch search index is not available in this build yet; use CB_PROFILE=embedded']);
  }
}
