import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
// 2.14 (the train the gateway and composition are on) exports the type only from its schema helper.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode } from 'graphql';
import type { TokenService } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import { formatError } from './errors';
import { close, graphqlHttpApp, jsonBodyErrors, listen } from './http';

export interface SubgraphContext {
  viewer?: Viewer;
  /** True when a token was sent but was not valid, so "sign in" errors can say so. */
  tokenRejected: boolean;
  /** True for calls from the gateway's own identity component (see gateway/src/identity.ts). */
  internal: boolean;
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
    introspection: true,
    // Our process entry points own shutdown (they stop the consumers and relays too).
    stopOnTerminationSignals: false,
    // Traces would go to Apollo's hosted studio, which this product does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  const app = graphqlHttpApp();
  app.use(
    '/graphql',
    expressMiddleware(server, {
      context: async ({ req }) => {
        const { viewer, invalid } = options.tokens.fromHeader(req.headers.authorization);
        return { viewer, tokenRejected: invalid, internal: req.headers['x-cb-internal'] === options.internalKey };
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
