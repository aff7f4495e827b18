import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
// 2.14 (the train the gateway and composition are on) exports the type only from its schema helper.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode } from 'graphql';
import type { TokenService } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import type { TokenRevocations } from '../auth/revocations';
import { formatError } from './errors';
import { operationMetrics } from '../observability/requests';
import { clientAddressFrom } from './client-address';
import { close, graphqlHttpApp, jsonBodyErrors, listen } from './http';
import { operationLimitsPlugin, operationTextLimits, type LimitsConfig } from './limits';
import { requestChecksPlugin } from './request-checks';

export interface SubgraphContext {
  viewer?: Viewer;
  /** True when a token was sent but was not valid, so "sign in" errors can say so. */
  tokenRejected: boolean;
  /** True for calls from the gateway's own identity component (see gateway/src/identity.ts). */
  internal: boolean;
  /** The client's address as the gateway vouched for it (graphql/client-address.ts), for rate limits. */
  clientAddress?: string;
}

export type Resolvers = GraphQLResolverMap<SubgraphContext>;

export interface SubgraphOptions {
  name: string;
  typeDefs: DocumentNode;
  resolvers: Resolvers;
  tokens: TokenService;
  /** Shared by the gateway and the subgraphs for internal-only fields. */
  internalKey: string;
  host: string;
  port: number;
  /** The same operation limits as the gateway (defence in depth). */
  limits: LimitsConfig;
  introspection: boolean;
  /** Refuses tokens of erased or locked accounts (auth/revocations.ts); every token is checked. */
  revocations?: TokenRevocations;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  stop(): Promise<void>;
}

/** Serves one federation subgraph over HTTP at /graphql. Subgraphs are reached only through the gateway. */
export async function startSubgraph(options: SubgraphOptions): Promise<RunningSubgraph> {
  const server = new ApolloServer<SubgraphContext>({
    schema: buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: options.resolvers }]),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection,
    // Our process entry points own shutdown (they stop the consumers and relays too).
    stopOnTerminationSignals: false,
    // The gateway never uses automatic persisted queries; refused with PERSISTED_QUERY_NOT_SUPPORTED.
    persistedQueries: false,
    plugins: [
      // Traces would go to Apollo's hosted studio, which this product does not use.
      ApolloServerPluginInlineTraceDisabled(),
      // Apollo's landing page loads from a CDN; a subgraph is no place to browse anyway.
      ApolloServerPluginLandingPageDisabled(),
      operationLimitsPlugin(options.limits),
      requestChecksPlugin(),
      operationMetrics(options.name),
    ],
  });
  await server.start();
  const app = graphqlHttpApp(options.name);
  app.use(
    '/graphql',
    operationTextLimits(options.limits),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const { viewer, invalid } = options.tokens.fromHeader(req.headers.authorization);
        const revoked = viewer && options.revocations ? !(await options.revocations.accepts(viewer)) : false;
        return {
          viewer: revoked ? undefined : viewer,
          tokenRejected: invalid || revoked,
          internal: req.headers['x-cb-internal'] === options.internalKey,
          clientAddress: clientAddressFrom(req.headers, req.socket.remoteAddress, options.internalKey),
        };
      },
    }),
  );
  app.use(jsonBodyErrors);
  const { server: http, url } = await listen(app, options.port, options.host);
  return {
    name: options.name,
    url: `${url}/graphql`,
    async stop() {
      await close(http);
      await server.stop();
    },
  };
}
