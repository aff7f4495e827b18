import { RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
// The codes a client can act on, passed through as the subgraph wrote them.
import { APOLLO_CODES, TRUSTED_CLIENT_HEADER, noteSharedAnswer, type InProcessSubgraph, type SubgraphAnswer } from '@cb/kit';
import { GraphQLError } from 'graphql';
import { STATUS_CODES } from 'node:http';
import { Agent, Headers, Response, fetch } from 'undici';

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

/**
 * What decides a subgraph's answer besides the URL and the body (query, variables): who asks, in
 * which language, with which limits, from which client address. Two calls equal in all of these
 * get the same answer; the rest (x-request-id, traceparent) only names the call.
 */
const ANSWER_HEADERS = ['authorization', 'accept-language', TRUSTED_CLIENT_HEADER, 'x-cb-client-address'];

/**
 * Apollo's data source writes the body as `{"query":…}` first; a query operation is printed as
 * `query …` or `{ … }`. Only those are shared: a mutation always runs once per request.
 */
const IS_QUERY_BODY = /^\{"query":"(query\b|\{)/;

interface Answer {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
}

/** A query operation's text, as the query planner prints it: `query …` or `{ … }`. */
const IS_QUERY = /^\s*(query\b|\{)/;

/**
 * Identical query calls in flight at the same moment are made once; every caller gets the one
 * answer (its own copy, by `copy`). Concurrent identical reads are common behind a popular page,
 * and Hive Gateway does the same by default (bench/results/gateway.md). The call carries the first
 * caller's request id and trace; the others log `sharedFrom` with it (noteSharedAnswer). What this
 * gives up: the subgraph sees one call where there were several, so its per-client rate limit counts
 * identical concurrent queries from one client once.
 */
class InFlightCalls<T> {
  private readonly calls = new Map<string, { requestId: string; answer: Promise<T>; waiting: number }>();

  constructor(private readonly copy: (answer: T) => T) {}

  async share(key: string, requestId: string, call: () => Promise<T>): Promise<T> {
    let shared = this.calls.get(key);
    if (shared) {
      noteSharedAnswer(shared.requestId);
      shared.waiting++;
    } else {
      const answer = call();
      shared = { requestId, answer, waiting: 1 };
      this.calls.set(key, shared);
      const done = () => this.calls.delete(key);
      answer.then(done, done);
    }
    const answer = await shared.answer;
    // The callers resume one after another once the call is done (and no one can join any more):
    // each takes a copy while others still wait, the last one the answer itself, so a call nobody
    // shared costs no copy (in the embedded bench's profile the copies were 3.5% of the time).
    return --shared.waiting > 0 ? this.copy(answer) : answer;
  }
}

/** The key of a call: equal keys get equal answers. */
const callKey = (parts: unknown[], headers: Record<string, string>) => JSON.stringify([...parts, ...ANSWER_HEADERS.map((h) => headers[h] ?? '')]);

type FetchInit = { method?: string; headers?: Record<string, string>; body?: string };

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
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint of RemoteGraphQLDataSource itself
export class PooledSubgraphSource<TContext extends Record<string, any>> extends RemoteGraphQLDataSource<TContext> {
  // undici rather than node-fetch on an http.Agent: in the bench's CPU profile node-fetch's body and
  // header handling was a visible share of the gateway's time per subgraph call (bench/results/).
  private readonly agent = new Agent({ connections: MAX_SOCKETS_PER_SUBGRAPH, keepAliveTimeout: IDLE_SOCKET_MS });

  /** Identical query calls in flight at once are made once (InFlightCalls); the body is read whole, so each caller can have it. */
  private readonly inFlight = new InFlightCalls<Answer>((answer) => answer);

  override fetcher = (async (url: string, init: FetchInit) => {
    const headers = init.headers ?? {};
    if (typeof init.body !== 'string' || !IS_QUERY_BODY.test(init.body)) return fetch(url, { ...init, dispatcher: this.agent });
    const { status, statusText, headers: answerHeaders, body } = await this.inFlight.share(callKey([url, init.body], headers), headers['x-request-id'] ?? '', () => this.call(url, init));
    return new Response(body, { status, statusText, headers: answerHeaders });
  }) as unknown as RemoteGraphQLDataSource['fetcher'];

  /** One call, its answer read whole, so that every caller can have a copy. */
  private async call(url: string, init: FetchInit): Promise<Answer> {
    const response = await fetch(url, { ...init, dispatcher: this.agent });
    return { status: response.status, statusText: response.statusText, headers: [...response.headers], body: await response.text() };
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as SubgraphErrorBody | undefined;
    return userMistake(body) ?? super.errorFromResponse(response);
  }

  destroy(): void {
    void this.agent.destroy();
  }
}

/** What the gateway adds to every subgraph request (gateway.ts), over HTTP and in-process alike. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bound @apollo/gateway's GraphQLDataSource<TContext> declares
export type WillSendRequest<TContext extends Record<string, any>> = (options: GraphQLDataSourceProcessOptions<TContext>) => void;

/**
 * A subgraph hosted in this process (the embedded profile), asked without the HTTP hop. The request
 * gets the same headers through the same `willSendRequest` (token, language, request id, trace,
 * client address) as over HTTP, and the subgraph builds its context from them the same way
 * (services/kit/src/graphql/subgraph.ts); only the transport differs. Identical concurrent queries
 * are shared as over HTTP.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bound @apollo/gateway's GraphQLDataSource<TContext> declares
export class InProcessSubgraphSource<TContext extends Record<string, any>> implements GraphQLDataSource<TContext> {
  // Shared like the HTTP source's calls; each caller gets its own copy, since the gateway builds
  // its answer out of what the subgraph returned.
  private readonly inFlight = new InFlightCalls<SubgraphAnswer>((answer) => structuredClone(answer));

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
    const sent = Object.fromEntries(headers);
    const ask = () => this.subgraph({ query, variables, operationName, extensions }, sent);
    const { status, body } = IS_QUERY.test(query)
      ? await this.inFlight.share(callKey([query, operationName ?? '', variables ?? {}, extensions ?? {}], sent), sent['x-request-id'] ?? '', ask)
      : await ask();
    // What the HTTP source does with a status other than 2xx (errorFromResponse above, and Apollo's).
    if (status < 200 || status > 299) {
      throw userMistake(body) ?? new GraphQLError(`${status}: ${STATUS_CODES[status] ?? ''}`, { extensions: { response: { status, statusText: STATUS_CODES[status], body } } });
    }
    return body;
  }
}
