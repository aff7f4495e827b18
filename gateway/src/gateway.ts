import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway, LocalGraphQLDataSource, RemoteGraphQLDataSource } from '@apollo/gateway';
import { supergraphSdl } from '@cb/contracts';
import { close, formatError, graphqlHttpApp, jsonBodyErrors, listen, type SubgraphContext, type TokenService } from '@cb/kit';
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
  // @apollo/gateway 2.14 otherwise starts a metrics exporter to Apollo's usage-reporting endpoint and
  // probes the cloud metadata addresses (AWS, GCP, Azure) at start: nothing of ours may phone home.
  // An operator who wants Apollo's telemetry sets APOLLO_TELEMETRY_DISABLED=false.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
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
  });
  await server.start();
  const app = graphqlHttpApp();
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
  return {
    url: `${url}/graphql`,
    async stop() {
      await close(http);
      await server.stop();
    },
  };
}
