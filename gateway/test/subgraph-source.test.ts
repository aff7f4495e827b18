import { REQUEST_INFO, startTracing, stopTracing, type RequestInfo } from '@cb/kit';
import { context } from '@opentelemetry/api';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { InProcessSubgraph } from '@cb/kit';
import { InProcessSubgraphSource, PooledSubgraphSource } from '../src/subgraph-source';

/**
 * The HTTP subgraph source makes identical query calls that are in flight at the same moment once
 * (subgraph-source.ts). A real HTTP server stands in for the subgraph and counts what reaches it.
 */
describe('the HTTP subgraph source', () => {
  let server: Server;
  let url: string;
  let calls: Array<{ requestId: string; body: string }>;
  let source: PooledSubgraphSource<Record<string, unknown>>;
  beforeAll(async () => {
    startTracing('subgraph-source-test');
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        calls.push({ requestId: String(req.headers['x-request-id']), body });
        // Slow enough that concurrent callers overlap.
        setTimeout(() => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ data: { call: calls.length, who: req.headers.authorization ?? null } }));
        }, 50);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  beforeEach(() => {
    calls = [];
    source = new PooledSubgraphSource({ url });
  });
  afterEach(() => source.destroy());
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await stopTracing();
  });

  /** One caller: a request of its own (its request info in context), sending `query` with `headers`. */
  async function ask(requestId: string, query: string, headers: Record<string, string> = {}) {
    const info: RequestInfo = { requestId };
    const body = JSON.stringify({ query, variables: { n: 1 } });
    const response = await context.with(context.active().setValue(REQUEST_INFO, info), () =>
      (source.fetcher as unknown as (u: string, i: object) => Promise<Response>)(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...headers },
        body,
      }),
    );
    return { status: response.status, json: await response.json(), info };
  }

  const QUERY = 'query Search__search__0 { searchAssignments { total } }';

  it('makes 20 identical concurrent queries once, gives each caller the answer, and names the call in the others', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => ask(`req-${i}`, QUERY)));
    expect(calls).toHaveLength(1);
    expect(answers.map((a) => a.json)).toEqual(Array(20).fill({ data: { call: 1, who: null } }));
    const leader = calls[0].requestId;
    expect(answers.filter((a) => a.info.requestId === leader).map((a) => a.info.sharedFrom)).toEqual([undefined]);
    expect(answers.filter((a) => a.info.requestId !== leader).map((a) => a.info.sharedFrom)).toEqual(Array(19).fill([leader]));
  });

  it('asks again once the call has been answered', async () => {
    await ask('req-1', QUERY);
    await ask('req-2', QUERY);
    expect(calls.map((c) => c.requestId)).toEqual(['req-1', 'req-2']);
  });

  it('never shares between different viewers, languages, limits or client addresses', async () => {
    await Promise.all([
      ask('a', QUERY),
      ask('b', QUERY, { authorization: 'Bearer one' }),
      ask('c', QUERY, { authorization: 'Bearer two' }),
      ask('d', QUERY, { 'accept-language': 'en' }),
      ask('e', QUERY, { 'x-cb-trusted-client': 'key' }),
      ask('f', QUERY, { 'x-cb-client-address': '203.0.113.7' }),
    ]);
    expect(calls.map((c) => c.requestId).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('never shares a mutation, nor queries that differ in text', async () => {
    const mutation = 'mutation Apply__placements__0 { apply(assignmentId: "a", motivation: "m") { id } }';
    await Promise.all([ask('m1', mutation), ask('m2', mutation), ask('q1', QUERY), ask('q2', '{ searchAssignments { total } }')]);
    expect(calls.map((c) => c.requestId).sort()).toEqual(['m1', 'm2', 'q1', 'q2']);
  });
});

describe('the in-process subgraph source', () => {
  it('shares identical concurrent queries too, each caller with its own copy, and never a mutation', async () => {
    const seen: string[] = [];
    // A stand-in for the subgraph: this test is about the source alone (the kit's component test
    // and the e2e tests run the real subgraphs in-process).
    const subgraph: InProcessSubgraph = async (request, headers) => {
      seen.push(headers['x-request-id']);
      await new Promise((r) => setTimeout(r, 20));
      return { status: 200, body: { data: { hits: [{ id: 'a1' }], query: request.query } } };
    };
    const source = new InProcessSubgraphSource<Record<string, unknown>>(subgraph, ({ request, context: ctx }) => {
      request.http?.headers.set('x-request-id', String(ctx.requestId));
    });
    const ask = (requestId: string, query: string) =>
      source.process({ kind: 'incoming operation', request: { query }, context: { requestId }, incomingRequestContext: {} } as unknown as GraphQLDataSourceProcessOptions<Record<string, unknown>>);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => ask(`q${i}`, '{ hits { id } }')));
    expect(seen).toEqual(['q0']);
    expect(answers.map((a) => a.data)).toEqual(Array(10).fill({ hits: [{ id: 'a1' }], query: '{ hits { id } }' }));
    expect(new Set(answers.map((a) => a.data)).size).toBe(10);
    seen.length = 0;
    await Promise.all([ask('m1', 'mutation { apply { id } }'), ask('m2', 'mutation { apply { id } }')]);
    expect(seen.sort()).toEqual(['m1', 'm2']);
  });

  it('hands a call nobody shared on as it is, without a copy', async () => {
    const body = { data: { hits: [{ id: 'a1' }] } };
    const source = new InProcessSubgraphSource<Record<string, unknown>>(async () => ({ status: 200, body }), () => undefined);
    const answer = await source.process({ kind: 'incoming operation', request: { query: '{ hits { id } }' }, context: {}, incomingRequestContext: {} } as unknown as GraphQLDataSourceProcessOptions<Record<string, unknown>>);
    expect(answer).toBe(body);
  });
});
