import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway, LocalGraphQLDataSource, RemoteGraphQLDataSource } from '@apollo/gateway';
import { supergraphSdl } from '@cb/contracts';
import {
  addReadinessCheck,
  close,
  currentRequestId,
  currentTraceHeaders,
  formatError,
  graphqlHttpApp,
  jsonBodyErrors,
  listen,
  operationMetrics,
  type SubgraphContext,
  type TokenService,
} from '@cb/kit';
import type { Express } from 'express';
import { identitySchema } from './identity';

export interface GatewayOptions {
  tokens: TokenService;
  internalKey: string;
  /** Subgraph name → its /graphql URL (identity is hosted here and needs none). */
  subgraphUrls: Record<'students' | 'companies' | 'placements' | 'search', string>;
  host: string;
  port: number;
  /** Mounts more routes (the web app) on the same server. */
  extend?(app: Express): void;
}

interface GatewayContext extends SubgraphContext {
  authorization?: string;
  language?: string;
}

/** The one public GraphQL endpoint: composes the subgraphs from the checked-in supergraph. */
export async function startGateway(options: GatewayOptions) {
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSdl(),
    buildService({ name }) {
      if (name === 'identity') {
        return new LocalGraphQLDataSource(
          identitySchema(
            options.tokens,
            { students: options.subgraphUrls.students, companies: options.subgraphUrls.companies },
            options.internalKey,
          ),
        );
      }
      const url = options.subgraphUrls[name as keyof GatewayOptions['subgraphUrls']];
      if (!url) throw new Error(`no URL for subgraph ${name}`);
      return new RemoteGraphQLDataSource<GatewayContext>({
        url,
        willSendRequest({ request, context }) {
          // The subgraphs check the token themselves; the gateway only passes it on.
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          if (context.language) request.http?.headers.set('accept-language', context.language);
          // One trace and one request id from the gateway through every subgraph it asks.
          for (const [name, value] of Object.entries(currentTraceHeaders())) request.http?.headers.set(name, value);
          const requestId = currentRequestId();
          if (requestId) request.http?.headers.set('x-request-id', requestId);
        },
      });
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Our process entry points own shutdown (they stop the consumers and relays too).
    stopOnTerminationSignals: false,
    plugins: [operationMetrics('gateway')],
  });
  await server.start();
  const app = graphqlHttpApp('gateway');
  app.use(
    '/graphql',
    expressMiddleware(server, {
      context: async ({ req }) => {
        const { viewer, invalid } = options.tokens.fromHeader(req.headers.authorization);
        return {
          viewer,
          tokenRejected: invalid,
          internal: false,
          authorization: req.headers.authorization,
          language: req.headers['accept-language'],
        };
      },
    }),
  );
  options.extend?.(app);
  app.use(jsonBodyErrors);
  const { server: http, url } = await listen(app, options.port, options.host);
  // The gateway holds no store and no bus: it is ready once it has composed the supergraph and
  // listens. (Subgraphs report their own readiness; the gateway does not fan out to them.)
  const notReady = addReadinessCheck('gateway', () => undefined);
  return {
    url: `${url}/graphql`,
    async stop() {
      notReady();
      await close(http);
      await server.stop();
    },
  };
}
