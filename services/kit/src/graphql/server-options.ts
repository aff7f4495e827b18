import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { operationMetrics } from '../observability/requests';
import { formatError } from './errors';
import { operationLimitsPlugin, type LimitsConfig } from './limits';
import { requestChecksPlugin } from './request-checks';

/**
 * What every Apollo Server of ours runs with, the gateway's and each subgraph's: one list, so the
 * gateway and a subgraph cannot drift apart in how they mask errors, check limits or count operations.
 */
export function apolloServerOptions<TContext extends BaseContext>(options: { name: string; limits: LimitsConfig; introspection: boolean }) {
  const plugins: ApolloServerPlugin<TContext>[] = [
    // Apollo's landing page loads Apollo Sandbox from a CDN; a GET without a query gets a JSON error.
    ApolloServerPluginLandingPageDisabled(),
    // No field carries a cache hint; the default cache-control plugin only added a hook per resolved field.
    ApolloServerPluginCacheControlDisabled(),
    operationLimitsPlugin(options.limits),
    requestChecksPlugin(),
    operationMetrics(options.name),
  ];
  return {
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection,
    // Our process entry points own shutdown (they stop the consumers and relays too).
    stopOnTerminationSignals: false,
    // No automatic persisted queries: a persistedQuery extension gets PERSISTED_QUERY_NOT_SUPPORTED.
    persistedQueries: false as const,
    plugins,
  };
}
