import { parse } from 'graphql';
import { clientAddressHeaders } from '../../src/graphql/client-address';
import { TRUSTED_CLIENT_HEADER, type LimitsConfig, type OperationLimits } from '../../src/graphql/limits';
import { startSubgraph, type RunningSubgraph, type SubgraphContext } from '../../src/graphql/subgraph';
import { TokenService } from '../../src/auth/tokens';
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
  type Query {
    who: Who!
    echo(id: ID!): ID!
  }
`);
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
];

describe('a subgraph asked in-process', () => {
  it.each(cases)('answers %s as it does over HTTP', async (_name, sent) => {
    const [http, local] = [await overHttp(sent), await inProcess(sent)];
    expect(local).toEqual(http);
  });

  it('sees the caller, and the vouched-for address, from the headers alone', async () => {
    const { body } = await inProcess({ query: WHO, headers: { authorization: `Bearer ${student}`, ...clientAddressHeaders('203.0.113.7', INTERNAL_KEY), 'x-request-id': 'req-1' } });
    expect(body.data.who).toEqual({ role: 'STUDENT', tokenRejected: false, internal: false, clientAddress: '203.0.113.7', requestId: 'req-1' });
  });
});
