import { RemoteGraphQLDataSource } from '@apollo/gateway';
// The codes a client can act on, passed through as the subgraph wrote them.
import { APOLLO_CODES } from '@cb/kit';
import { GraphQLError } from 'graphql';
import { Agent, fetch } from 'undici';

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
  errors?: Array<{ message?: unknown; extensions?: Record<string, unknown> }>;
}

/** A subgraph over HTTP through a bounded keep-alive pool, passing its answers to a user's mistake on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint of RemoteGraphQLDataSource itself
export class PooledSubgraphSource<TContext extends Record<string, any>> extends RemoteGraphQLDataSource<TContext> {
  // undici rather than node-fetch on an http.Agent: in the bench's CPU profile node-fetch's body and
  // header handling was a visible share of the gateway's time per subgraph call (bench/results/).
  private readonly agent = new Agent({ connections: MAX_SOCKETS_PER_SUBGRAPH, keepAliveTimeout: IDLE_SOCKET_MS });

  override fetcher = ((url: string, init: Parameters<typeof fetch>[1]) => fetch(url, { ...init, dispatcher: this.agent })) as unknown as RemoteGraphQLDataSource['fetcher'];

  /**
   * A subgraph answers some user mistakes with HTTP 400, e.g. a variable `"2026-02-30"` for a
   * LocalDate. Apollo's data source would report "400: Bad Request" and the gateway would hide
   * it as INTERNAL_SERVER_ERROR; the subgraph's own error says what to fix.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as SubgraphErrorBody | undefined;
    const first = body?.errors?.[0];
    const code = first?.extensions?.code;
    if (typeof code === 'string' && APOLLO_CODES.has(code) && typeof first?.message === 'string') {
      return new GraphQLError(first.message, { extensions: first.extensions });
    }
    return super.errorFromResponse(response);
  }

  destroy(): void {
    void this.agent.destroy();
  }
}
