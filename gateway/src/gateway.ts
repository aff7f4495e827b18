import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway, LocalGraphQLDataSource, RemoteGraphQLDataSource } from '@apollo/gateway';
import { supergraphSdl } from '@cb/contracts';
import {
  clientAddressHeaders,
  close,
  formatError,
  graphqlHttpApp,
  jsonBodyErrors,
  listen,
  type RateLimitSettings,
  type RateLimitStore,
  type SubgraphContext,
  type TokenService,
} from '@cb/kit';
import type { Express } from 'express';
import { identitySchema } from './identity';
import { SignInLimits } from './sign-in-limits';

export interface GatewayOptions {
  tokens: TokenService;
  internalKey: string;
  /** Subgraph name → its /graphql URL (identity is hosted here and needs none). */
  subgraphUrls: Record<'students' | 'companies' | 'placements' | 'search', string>;
  host: string;
  port: number;
  /** Mounts more routes (the web app) on the same server. */
  extend?(app: Express): void;
  /** Where sign-in's counters live (kit/src/rate-limit), and the limits. */
  rateLimits: RateLimitStore;
  limits: RateLimitSettings;
  /** Express `trust proxy` (CB_TRUST_PROXY): which proxies' X-Forwarded-For names the client. */
  trustProxy?: string;
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
            new SignInLimits(options.rateLimits, options.limits),
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
          // Who the client is, vouched for with the internal key, for the subgraphs' rate limits.
          if (context.clientAddress) {
            for (const [name, value] of Object.entries(clientAddressHeaders(context.clientAddress, options.internalKey))) {
              request.http?.headers.set(name, value);
            }
          }
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
  if (options.trustProxy) app.set('trust proxy', trustProxySetting(options.trustProxy));
  app.use(
    '/graphql',
    expressMiddleware(server, {
      context: async ({ req }) => {
        const { viewer, invalid } = options.tokens.fromHeader(req.headers.authorization);
        return {
          viewer,
          tokenRejected: invalid,
          internal: false,
          clientAddress: req.ip ?? req.socket.remoteAddress,
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

/** CB_TRUST_PROXY as Express takes it: a hop count, `true`, or a list of addresses/subnets/names. */
function trustProxySetting(value: string): number | boolean | string[] {
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true') return true;
  return value.split(',').map((s) => s.trim());
}
