import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
// 2.14 (the train the gateway and composition are on) exports the type only from its schema helper.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { context as traceContext } from '@opentelemetry/api';
import type { Router } from 'express';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import type { IncomingHttpHeaders } from 'node:http';
import type { TokenService } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import type { TokenRevocations } from '../auth/revocations';
import { formatError } from './errors';
import { requestLanguage, type RequestLanguage } from './language';
import { serveRequest } from '../observability/requests';
import { clientAddressFrom } from './client-address';
import { close, graphqlHttpApp, jsonBodyErrors, listen } from './http';
import { TRUSTED_CLIENT_HEADER, operationTextLimits, sourceRefusal, type LimitsConfig } from './limits';
import { apolloServerOptions } from './server-options';
import { directExecution } from './in-process';

export interface SubgraphContext {
  viewer?: Viewer;
  /** True when a token was sent but was not valid, so "sign in" errors can say so. */
  tokenRejected: boolean;
  /** True for calls from the gateway's own identity component (see gateway/src/identity.ts). */
  internal: boolean;
  /** The client's address as the gateway vouched for it (graphql/client-address.ts), for rate limits. */
  clientAddress?: string;
  /**
   * The language of the request (Accept-Language, graphql/language.ts) for texts the server words
   * itself; a field's explicit `language` argument wins. Absent (Dutch) for calls made without one.
   */
  language?: RequestLanguage;
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
  /** Plain HTTP routes beside /graphql (ServiceParts.routes). */
  routes?: Router;
}

/** One subgraph request as the gateway sends it (the JSON body of its HTTP request). */
export interface SubgraphRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: Record<string, unknown>;
}

/** The subgraph's answer: the HTTP status it would have sent, and the GraphQL body. */
export interface SubgraphAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: ReadonlyArray<GraphQLFormattedError>; extensions?: Record<string, unknown> };
}

/**
 * Runs one request on the subgraph inside this process, with the headers the gateway would have
 * sent over HTTP (lower-case names): the embedded profile's gateway calls its subgraphs this way.
 */
export type InProcessSubgraph = (request: SubgraphRequest, headers: Record<string, string>) => Promise<SubgraphAnswer>;

export interface RunningSubgraph {
  name: string;
  url: string;
  /**
   * The same subgraph without the HTTP hop: same context, limits, checks, metrics and span; its log
   * line at debug. Executed without Apollo's pipeline once it passes the checks (graphql/in-process.ts).
   */
  inProcess: InProcessSubgraph;
  stop(): Promise<void>;
}

/**
 * An in-process caller has no socket; over HTTP the gateway of the same process is seen from the
 * loopback address, so that is what stands in for it (the gateway sends the client's vouched-for
 * address anyway, graphql/client-address.ts).
 */
const IN_PROCESS_ADDRESS = '127.0.0.1';

/** Serves one federation subgraph over HTTP at /graphql. Subgraphs are reached only through the gateway. */
export async function startSubgraph(options: SubgraphOptions): Promise<RunningSubgraph> {
  const schema = buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: options.resolvers }]);
  const base = apolloServerOptions<SubgraphContext>(options);
  const server = new ApolloServer<SubgraphContext>({
    schema,
    ...base,
    // Traces would go to Apollo's hosted studio, which this product does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ...base.plugins],
  });
  await server.start();
  // One way from the request's headers to who asks, for HTTP and in-process calls alike, so no
  // check differs between the two paths.
  const contextFor = async (headers: IncomingHttpHeaders, socketAddress: string | undefined): Promise<SubgraphContext> => {
    const { viewer, invalid } = options.tokens.fromHeader(headers.authorization);
    const revoked = viewer && options.revocations ? !(await options.revocations.accepts(viewer)) : false;
    return {
      viewer: revoked ? undefined : viewer,
      tokenRejected: invalid || revoked,
      internal: headers['x-cb-internal'] === options.internalKey,
      clientAddress: clientAddressFrom(headers, socketAddress, options.internalKey),
      language: requestLanguage(headers['accept-language']),
    };
  };
  const app = graphqlHttpApp(options.name);
  app.use(
    '/graphql',
    operationTextLimits(options.limits),
    expressMiddleware(server, { context: ({ req }) => contextFor(req.headers, req.socket.remoteAddress) }),
  );
  // The gateway of the same process asks without Apollo's pipeline once a request passes every check
  // (graphql/in-process.ts); what any check refuses is answered by Apollo, as over HTTP.
  const direct = directExecution({ name: options.name, schema, limits: options.limits, introspection: options.introspection, formatError });
  const viaApollo = async (request: SubgraphRequest, headers: Record<string, string>, contextValue: SubgraphContext): Promise<SubgraphAnswer> => {
    const response = await server.executeOperation(
      { ...request, http: { method: 'POST', headers: new HeaderMap(Object.entries(headers)), search: '', body: request } },
      { contextValue },
    );
    // Incremental delivery (@defer) is not enabled on any subgraph; the gateway never asks for it.
    if (response.body.kind !== 'single') throw new Error(`${options.name}: an incremental answer to an in-process call`);
    return { status: response.http.status ?? 200, body: response.body.singleResult };
  };
  const inProcess: InProcessSubgraph = (request, headers) => {
    const served = serveRequest(options.name, { method: 'POST', path: '/graphql', headers }, true);
    return traceContext.with(served.context, async () => {
      let status = 500;
      try {
        // The checks the HTTP path makes in front of Apollo (operationTextLimits), then Apollo's own.
        const refusal = sourceRefusal(options.limits, request.query, headers[TRUSTED_CLIENT_HEADER]);
        if (refusal) {
          status = 400;
          return { status, body: { errors: [refusal] } };
        }
        const ready = direct.prepare(request, headers[TRUSTED_CLIENT_HEADER]);
        const contextValue = await contextFor(headers, IN_PROCESS_ADDRESS);
        const answer = ready ? await ready.run(contextValue) : await viaApollo(request, headers, contextValue);
        status = answer.status;
        return answer;
      } finally {
        served.finish(status, false);
      }
    });
  };
  if (options.routes) app.use(options.routes);
  app.use(jsonBodyErrors);
  const { server: http, url } = await listen(app, options.port, options.host);
  return {
    name: options.name,
    url: `${url}/graphql`,
    inProcess,
    async stop() {
      await close(http);
      await server.stop();
    },
  };
}
