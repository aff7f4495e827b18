import { subgraphTypeDefs } from '@cb/contracts';
import { Quota, clientKey, logger, openMeilisearchIndex, openTypedIndex, type SearchIndex, type ServiceDefinition } from '@cb/kit';
import { MatchFor } from './app/match-for';
import { prepareProjection } from './app/prepare-projection';
import { SearchProjection } from './app/projection';
import { RecommendAssignments } from './app/recommend-assignments';
import { RecommendCandidates } from './app/recommend-candidates';
import { SearchAssignments } from './app/search-assignments';
import { SuggestSkills } from './app/suggest-skills';
import { searchConfig, type IndexConfig } from './config';
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
    const config = searchConfig(runtime.env);
    if (config.profile === 'distributed' && config.index.engine === 'embedded') {
      logger.warn({ service: 'search' }, 'MEILI_URL is not set: keeping the assignment index embedded in this process');
    }
    const index = await openAssignmentIndex(config.index);
    const projection = new SearchProjection(store, index);
    const subscriptions = searchSubscriptions(projection);
    // Anonymous search per client address, counted in the search service's store.
    const anonymous = new Quota(await runtime.openRateLimits('search'), 'anonymous_searches', runtime.limits.anonymousSearchesPerMinute, 60, (s) =>
      `Too many searches from your network in the last minute. Try again in ${s} seconds, or sign in.`,
    );
    return {
      resolvers: searchResolvers({
        search: new SearchAssignments(index),
        recommendAssignments: new RecommendAssignments(projection),
        recommendCandidates: new RecommendCandidates(projection),
        matchFor: new MatchFor(projection),
        suggestSkills: new SuggestSkills(),
        anonymousSearches: (clientAddress) => anonymous.take(clientKey(runtime.limits, clientAddress)),
      }),
      subscriptions,
      async beforeConsuming() {
        const how = await prepareProjection(projection, bus, CONSUMER_GROUP, subscribedTopics(subscriptions));
        if (how === 'rebuilt') logger.info({ service: 'search' }, 'rebuilding the search projection from the event log');
        // Matching works from memory; load it now rather than on the first request.
        await projection.pool();
      },
      stop: () => index.close(),
    };
  },
};

async function openAssignmentIndex(config: IndexConfig): Promise<SearchIndex<AssignmentSearchDoc>> {
  switch (config.engine) {
    case 'embedded':
      return openTypedIndex({ settings: ASSIGNMENT_INDEX, file: config.file });
    case 'meilisearch':
      return openMeilisearchIndex({ settings: ASSIGNMENT_INDEX, host: config.host, apiKey: config.apiKey, indexUid: config.indexUid });
  }
}
