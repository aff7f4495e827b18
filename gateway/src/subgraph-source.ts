import { RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
// The codes a client can act on, passed through as the subgraph wrote them.
import { APOLLO_CODES, type InProcessSubgraph } from '@cb/kit';
import { GraphQLError } from 'graphql';
import { STATUS_CODES } from 'node:http';
import { Agent, Headers, fetch } from 'undici';

/**
 * At most this many connections to one subgraph at a time; more requests wait in the pool. Without
 * a bound, one operation with a thousand fields opened ~680 sockets and overran the subgraph's
 * listen queue (ECONNRESET). Each subgraph gets its own pool.
 */
const MAX_SOCKETS_PER_SUBGRAPH = 32;

/**
 * An idle pooled socket is closed after this long: well before the subgraph's own keep-alive
 * timeout (65 s, services/kit/src/graphql/http.ts), so the gateway never reuses a socket the
 * subgraph is closing.
 */
const IDLE_SOCKET_MS = 30_000;


interface SubgraphErrorBody {
  errors?: ReadonlyArray<{ message?: unknown; extensions?: Record<string, unknown> }>;
}

/**
 * A subgraph answers some user mistakes with HTTP 400, e.g. a variable `"2026-02-30"` for a
 * LocalDate. Apollo's data source would report "400: Bad Request" and the gateway would hide it as
 * INTERNAL_SERVER_ERROR; the subgraph's own error says what to fix, so it is passed on.
 */
function userMistake(body: SubgraphErrorBody | undefined): GraphQLError | undefined {
  const first = body?.errors?.[0];
  const code = first?.extensions?.code;
  if (typeof code === 'string' && APOLLO_CODES.has(code) && typeof first?.message === 'string') {
    return new GraphQLError(first.message, { extensions: first.extensions });
  }
  return undefined;
}

/** A subgraph over HTTP through a bounded keep-alive pool, passing its answers to a user's mistake on. */
export class PooledSubgraphSource<TContext extends Record<string, any>> extends RemoteGraphQLDataSource<TContext> {
  // undici rather than node-fetch on an http.Agent: in the bench's CPU profile node-fetch's body and
  // header handling was a visible share of the gateway's time per subgraph call (bench/results/).
  private readonly agent = new Agent({ connections: MAX_SOCKETS_PER_SUBGRAPH, keepAliveTimeout: IDLE_SOCKET_MS });

  override fetcher = ((url: string, init: Parameters<typeof fetch>[1]) => fetch(url, { ...init, dispatcher: this.agent })) as unknown as RemoteGraphQLDataSource['fetcher'];

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as SubgraphErrorBody | undefined;
    return userMistake(body) ?? super.errorFromResponse(response);
  }

  destroy(): void {
    void this.agent.destroy();
  }
}

/** What the gateway adds to every subgraph request (gateway.ts), over HTTP and in-process alike. */
export type WillSendRequest<TContext extends Record<string, any>> = (options: GraphQLDataSourceProcessOptions<TContext>) => void;

/**
 * A subgraph hosted in this process (the embedded profile), asked without the HTTP hop. The request
 * gets the same headers through the same `willSendRequest` (token, language, request id, trace,
 * client address) as over HTTP, and the subgraph builds its context from them the same way
 * (services/kit/src/graphql/subgraph.ts); only the transport differs.
 */
export class InProcessSubgraphSource<TContext extends Record<string, any>> implements GraphQLDataSource<TContext> {
  constructor(
    private readonly subgraph: InProcessSubgraph,
    private readonly willSendRequest: WillSendRequest<TContext>,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<TContext>) {
    const { request } = options;
    // As RemoteGraphQLDataSource.process starts: the incoming headers, then ours on top.
    const headers = new Headers(request.http?.headers ? [...request.http.headers] : []);
    headers.set('content-type', 'application/json');
    request.http = { method: 'POST', url: 'in-process', headers };
    this.willSendRequest(options);
    const { query, variables, operationName, extensions } = request;
    if (!query) throw new Error('Missing query');
    const { status, body } = await this.subgraph({ query, variables, operationName, extensions }, Object.fromEntries(headers));
    // What the HTTP source does with a status other than 2xx (errorFromResponse above, and Apollo's).
    if (status < 200 || status > 299) {
      throw userMistake(body) ?? new GraphQLError(`${status}: ${STATUS_CODES[status] ?? ''}`, { extensions: { response: { status, statusText: STATUS_CODES[status], body } } });
    }
    return body;
  }
}
