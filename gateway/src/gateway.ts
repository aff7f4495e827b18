import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway, LocalGraphQLDataSource } from '@apollo/gateway';
import { supergraphSdl } from '@cb/contracts';
import {
  TRUSTED_CLIENT_HEADER,
  addReadinessCheck,
  apolloServerOptions,
  clientAddressHeaders,
  close,
  currentRequestId,
  currentTraceHeaders,
  graphqlHttpApp,
  jsonBodyErrors,
  listen,
  operationTextLimits,
  requestLanguage,
  type LimitsConfig,
  type RateLimitSettings,
  type InProcessSubgraph,
  type RateLimitStore,
  type SubgraphContext,
  TokenService,
  deriveInternalKey,
  introspectionEnabled,
  limitsFromEnv,
  rateLimitSettings,
  type Env,
} from '@cb/kit';
import type { Express } from 'express';
import { exportsProxy } from './exports-proxy';
import { identitySchema } from './identity';
import { securityHeaders } from './security-headers';
import { InProcessSubgraphSource, PooledSubgraphSource, type WillSendRequest } from './subgraph-source';
import { SignInLimits } from './sign-in-limits';

type SubgraphName = 'students' | 'companies' | 'placements' | 'search' | 'notifications';

export interface GatewayOptions {
  tokens: TokenService;
  internalKey: string;
  /** Subgraph name → its /graphql URL (identity is hosted here and needs none). */
  subgraphUrls: Record<SubgraphName, string>;
  /**
   * Subgraphs hosted in this same process (the embedded profile), asked in-process instead of over
   * their URL; the distributed gateway has none.
   */
  inProcess?: Partial<Record<SubgraphName, InProcessSubgraph>>;
  host: string;
  port: number;
  /** Operation limits, checked before any subgraph is asked (services/kit/src/graphql/limits.ts). */
  limits: LimitsConfig;
  introspection: boolean;
  /** Mounts more routes (the web app) on the same server. */
  extend?(app: Express): void;
  /** Where sign-in's counters live (kit/src/rate-limit), and the rate limits. */
  rateLimits: RateLimitStore;
  rateLimitSettings: RateLimitSettings;
  /** Express `trust proxy` (CB_TRUST_PROXY): which proxies' X-Forwarded-For names the client. */
  trustProxy?: string;
}

interface GatewayContext extends SubgraphContext {
  authorization?: string;
  /** Passed on so the subgraphs apply the same raised limits as the gateway. */
  trustedClient?: string;
  /** The client's address with its proof (an HMAC), for every subgraph call of the request. */
  clientAddressHeaders: Record<string, string>;
}

/** The one public GraphQL endpoint: composes the subgraphs from the checked-in supergraph. */
export async function startGateway(options: GatewayOptions) {
  // @apollo/gateway 2.14 otherwise starts a metrics exporter to Apollo's usage-reporting endpoint and
  // probes the cloud metadata addresses (AWS, GCP, Azure) at start: nothing of ours may phone home.
  // An operator who wants Apollo's telemetry sets APOLLO_TELEMETRY_DISABLED=false.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const sources: PooledSubgraphSource<GatewayContext>[] = [];
  const willSendRequest: WillSendRequest<GatewayContext> = ({ request, context }) => {
    // The subgraphs check the token themselves; the gateway only passes it on.
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    // Read once here (requestLanguage) and passed on as the one language the subgraphs answer in.
    if (context.language) request.http?.headers.set('accept-language', context.language.toLowerCase());
    if (context.trustedClient) request.http?.headers.set(TRUSTED_CLIENT_HEADER, context.trustedClient);
    // One trace and one request id from the gateway through every subgraph it asks.
    for (const [name, value] of Object.entries(currentTraceHeaders())) request.http?.headers.set(name, value);
    const requestId = currentRequestId();
    if (requestId) request.http?.headers.set('x-request-id', requestId);
    // Who the client is, vouched for with the internal key, for the subgraphs' rate limits
    // (signed once per client request in the context, not once per subgraph call).
    for (const [name, value] of Object.entries<string>(context.clientAddressHeaders ?? {})) request.http?.headers.set(name, value);
  };
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSdl(),
    buildService({ name }) {
      if (name === 'identity') {
        return new LocalGraphQLDataSource(
          identitySchema(
            options.tokens,
            { students: options.subgraphUrls.students, companies: options.subgraphUrls.companies },
            options.internalKey,
            new SignInLimits(options.rateLimits, options.rateLimitSettings),
            new SignInLimits(options.rateLimits, options.rateLimitSettings, 'reset'),
          ),
        );
      }
      const local = options.inProcess?.[name as SubgraphName];
      // In one process, three loopback HTTP round trips per search were most of the embedded
      // profile's time (bench/results/gateway.md).
      if (local) return new InProcessSubgraphSource<GatewayContext>(local, willSendRequest);
      const url = options.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`no URL for subgraph ${name}`);
      const source = new PooledSubgraphSource<GatewayContext>({ url, willSendRequest });
      sources.push(source);
      return source;
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    ...apolloServerOptions<GatewayContext>({ name: 'gateway', limits: options.limits, introspection: options.introspection }),
  });
  await server.start();
  const app = graphqlHttpApp('gateway');
  if (options.trustProxy) app.set('trust proxy', trustProxySetting(options.trustProxy));
  app.use(securityHeaders());
  app.use(
    '/graphql',
    operationTextLimits(options.limits),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const { viewer, invalid } = options.tokens.fromHeader(req.headers.authorization);
        const clientAddress = req.ip ?? req.socket.remoteAddress;
        return {
          viewer,
          tokenRejected: invalid,
          internal: false,
          clientAddress,
          clientAddressHeaders: clientAddress ? clientAddressHeaders(clientAddress, options.internalKey) : {},
          authorization: req.headers.authorization,
          language: requestLanguage(req.headers['accept-language']),
          trustedClient: req.get(TRUSTED_CLIENT_HEADER),
        };
      },
    }),
  );
  // The progress CSV downloads, served by the placements service (both profiles).
  app.get('/exports/{*file}', exportsProxy(options.subgraphUrls.placements));
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
      for (const source of sources) source.destroy();
    },
  };
}

/**
 * The distributed gateway's options from the environment: the subgraphs at their URLs, the token
 * key and the key for internal calls from JWT_SECRET, the limits. `rateLimits` holds the sign-in
 * counters (in the identity database when MONGO_URL is set, so gateways share them).
 */
export function gatewayOptionsFromEnv(env: Env, rateLimits: RateLimitStore): GatewayOptions {
  return {
    tokens: new TokenService(env.JWT_SECRET!),
    internalKey: deriveInternalKey(env.JWT_SECRET!),
    subgraphUrls: { students: env.STUDENTS_URL!, companies: env.COMPANIES_URL!, placements: env.PLACEMENTS_URL!, search: env.SEARCH_URL!, notifications: env.NOTIFICATIONS_URL! },
    host: env.HOST,
    port: env.PORT,
    limits: limitsFromEnv(env),
    introspection: introspectionEnabled(env),
    rateLimits,
    rateLimitSettings: rateLimitSettings(env),
    trustProxy: env.CB_TRUST_PROXY,
  };
}

/** CB_TRUST_PROXY as Express takes it: a hop count, `true`, or a list of addresses/subnets/names. */
function trustProxySetting(value: string): number | boolean | string[] {
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true') return true;
  return value.split(',').map((s) => s.trim());
}
