import { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';
import { notFound } from '../../src/errors';
import { clientAddressHeaders } from '../../src/graphql/client-address';
import { TRUSTED_CLIENT_HEADER, type LimitsConfig, type OperationLimits } from '../../src/graphql/limits';
import { startSubgraph, type RunningSubgraph, type SubgraphContext } from '../../src/graphql/subgraph';
import { TokenService } from '../../src/auth/tokens';
import { registry } from '../../src/observability/metrics';
import { currentRequestId, startTracing, stopTracing } from '../../src/observability/tracing';

/**
 * The embedded gateway asks its subgraphs in-process (InProcessSubgraph) instead of over HTTP. The
 * same request must meet the same subgraph either way: who asks, the client address, the limits,
 * the refusals. Each case is sent both ways and the answers compared.
 */
const INTERNAL_KEY = 'internal-key-for-the-in-process-test-0123';
const tokens = new TokenService('in-process-subgraph-test-secret-0123456789');
const standard: OperationLimits = { depth: 5, aliases: 3, rootFields: 5, tokens: 60, cost: 1000 };
const limits: LimitsConfig = { standard, trusted: { key: 'trusted-key', limits: { ...standard, tokens: 600, aliases: 30 } } };

const typeDefs = parse(`
  type Who {
    role: String
    tokenRejected: Boolean!
    internal: Boolean!
    clientAddress: String
    requestId: String
  }
  enum Colour { RED GREEN }
  input Paint { colour: Colour! }
  type Query {
    who: Who!
    echo(id: ID!): ID!
    missing(id: ID!): String
    broken: String
    brokenList: [String!]
    colour(paint: Paint!): Colour!
  }
  type Mutation {
    count: Int!
  }
`);
let counted = 0;
const resolvers = {
  Query: {
    who: (_: unknown, __: unknown, ctx: SubgraphContext) => ({
      role: ctx.viewer?.role ?? null,
      tokenRejected: ctx.tokenRejected,
      internal: ctx.internal,
      clientAddress: ctx.clientAddress ?? null,
      requestId: currentRequestId() ?? null,
    }),
    echo: (_: unknown, args: { id: string }) => args.id,
    missing: (_: unknown, args: { id: string }) => {
      throw notFound('assignment', args.id);
    },
    broken: () => {
      throw new Error('a bug with a secret in its message');
    },
    brokenList: () => ['a', null],
    colour: (_: unknown, args: { paint: { colour: string } }) => args.paint.colour,
  },
  Mutation: {
    count: () => ++counted,
  },
};

let subgraph: RunningSubgraph;
beforeAll(async () => {
  // The request id travels in the async context, which tracing sets up (no exporter without OTEL_*).
  startTracing('in-process-test');
  subgraph = await startSubgraph({ name: 'students', typeDefs, resolvers, tokens, internalKey: INTERNAL_KEY, host: '127.0.0.1', port: 0, limits, introspection: false });
});
afterAll(async () => {
  await subgraph.stop();
  await stopTracing();
});

interface Sent {
  query: string;
  variables?: Record<string, unknown>;
  headers: Record<string, string>;
}

async function overHttp({ query, variables, headers }: Sent) {
  const response = await fetch(subgraph.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: await response.json() };
}

async function inProcess({ query, variables, headers }: Sent) {
  const { status, body } = await subgraph.inProcess({ query, variables }, { 'content-type': 'application/json', ...headers });
  // Compared as the gateway would read it off the wire.
  return { status, body: JSON.parse(JSON.stringify(body)) };
}

const WHO = '{ who { role tokenRejected internal clientAddress requestId } }';
const student = tokens.sign({ accountId: 'acc-1', role: 'STUDENT', studentId: 'stu-1' });
const cases: Array<[string, Sent]> = [
  ['an anonymous caller', { query: WHO, headers: { 'x-request-id': 'req-anonymous' } }],
  ['a student with a valid token', { query: WHO, headers: { authorization: `Bearer ${student}`, 'x-request-id': 'req-student' } }],
  ['a forged token', { query: WHO, headers: { authorization: 'Bearer not-a-token', 'x-request-id': 'req-forged' } }],
  ['the internal key', { query: WHO, headers: { 'x-cb-internal': INTERNAL_KEY, 'x-request-id': 'req-internal' } }],
  ['a wrong internal key', { query: WHO, headers: { 'x-cb-internal': 'guess', 'x-request-id': 'req-guess' } }],
  ['a client address the gateway vouched for', { query: WHO, headers: { ...clientAddressHeaders('203.0.113.7', INTERNAL_KEY), 'x-request-id': 'req-address' } }],
  ['a client address with a forged proof', { query: WHO, headers: { 'x-cb-client-address': '203.0.113.7', 'x-cb-client-proof': 'forged', 'x-request-id': 'req-spoof' } }],
  ['too many tokens', { query: `{ ${'echo(id: "a") '.repeat(12)}}`, headers: {} }],
  ['too many tokens, with the trusted key', { query: `{ a: echo(id: "a") b: echo(id: "b") c: echo(id: "c") d: echo(id: "d") e: echo(id: "e") }`, headers: { [TRUSTED_CLIENT_HEADER]: 'trusted-key' } }],
  ['too many aliases', { query: '{ a: echo(id: "a") b: echo(id: "b") c: echo(id: "c") d: echo(id: "d") }', headers: {} }],
  ['a syntax error', { query: '{ who { role ', headers: {} }],
  ['a field that does not exist', { query: '{ nobody }', headers: {} }],
  ['an empty id', { query: 'query ($id: ID!) { echo(id: $id) }', variables: { id: ' ' }, headers: {} }],
  ['a missing variable', { query: 'query ($id: ID!) { echo(id: $id) }', headers: {} }],
  ['a value of a variable that is no enum value', { query: 'query ($p: Paint!) { colour(paint: $p) }', variables: { p: { colour: 'BLUE' } }, headers: {} }],
  ['a variable of the wrong type', { query: 'query ($id: ID!) { echo(id: $id) }', variables: { id: { not: 'an id' } }, headers: {} }],
  ['a good enum value in a variable', { query: 'query Paint($p: Paint!) { colour(paint: $p) }', variables: { p: { colour: 'GREEN' } }, headers: {} }],
  ['two operations and no operationName', { query: 'query A { who { role } } query B { who { internal } }', headers: {} }],
  ['an introspection query, with introspection off', { query: '{ __schema { types { name } } }', headers: {} }],
  ['a __typename', { query: '{ __typename }', headers: {} }],
  ['a domain error (NOT_FOUND) beside a good field', { query: '{ missing(id: "a-1") echo(id: "b") }', headers: {} }],
  ['an unexpected error, masked', { query: '{ broken echo(id: "b") }', headers: {} }],
  ['a null in a non-null list item', { query: '{ brokenList }', headers: {} }],
  ['a subscription', { query: 'subscription { who { role } }', headers: {} }],
];

describe('a subgraph asked in-process', () => {
  it.each(cases)('answers %s as it does over HTTP', async (_name, sent) => {
    const [http, local] = [await overHttp(sent), await inProcess(sent)];
    expect(local).toEqual(http);
  });

  it('runs a mutation once per in-process call, as over HTTP', async () => {
    const before = counted;
    const [http, local] = [await overHttp({ query: 'mutation { count }', headers: {} }), await inProcess({ query: 'mutation { count }', headers: {} })];
    expect([(http.body as { data: { count: number } }).data.count, local.body.data.count]).toEqual([before + 1, before + 2]);
  });

  it('executes a request that passes every check without Apollo, and leaves every refusal to Apollo', async () => {
    const apollo = jest.spyOn(ApolloServer.prototype, 'executeOperation');
    try {
      await inProcess({ query: '{ missing(id: "a-1") echo(id: "b") }', headers: {} });
      expect(apollo).not.toHaveBeenCalled();
      await inProcess({ query: 'query ($id: ID!) { echo(id: $id) }', variables: { id: ' ' }, headers: {} });
      await inProcess({ query: '{ nobody }', headers: {} });
      expect(apollo).toHaveBeenCalledTimes(2);
    } finally {
      apollo.mockRestore();
    }
  });

  it('counts each operation once in the metrics, by name and outcome, either way', async () => {
    const count = async (operation: string, outcome: string) => {
      const metric = await registry.getSingleMetric('cb_graphql_operation_duration_seconds')!.get();
      const value = metric.values.find(
        (v) => (v as { metricName?: string }).metricName === 'cb_graphql_operation_duration_seconds_count' && v.labels.server === 'students' && v.labels.operation === operation && v.labels.outcome === outcome,
      );
      return value?.value ?? 0;
    };
    const before = [await count('Paint', 'ok'), await count('anonymous', 'error')];
    await inProcess({ query: 'query Paint($p: Paint!) { colour(paint: $p) }', variables: { p: { colour: 'RED' } }, headers: {} });
    await inProcess({ query: '{ broken }', headers: {} });
    await inProcess({ query: '{ nobody }', headers: {} });
    expect([await count('Paint', 'ok'), await count('anonymous', 'error')]).toEqual([before[0] + 1, before[1] + 2]);
  });

  it('sees the caller, and the vouched-for address, from the headers alone', async () => {
    const { body } = await inProcess({ query: WHO, headers: { authorization: `Bearer ${student}`, ...clientAddressHeaders('203.0.113.7', INTERNAL_KEY), 'x-request-id': 'req-1' } });
    expect(body.data.who).toEqual({ role: 'STUDENT', tokenRejected: false, internal: false, clientAddress: '203.0.113.7', requestId: 'req-1' });
  });
});
