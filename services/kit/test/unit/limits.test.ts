import { buildSchema, getOperationAST, parse } from 'graphql';
import { readEnv } from '../../src/config';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { checkOperation, checkSource, limitsFor, limitsFromEnv, operationLimitsPlugin, sourceRefusal, TRUSTED_CLIENT_HEADER, type OperationLimits } from '../../src/graphql/limits';

const schema = buildSchema(`
  type Query { company(id: ID!): Company  companies(page: Int = 1, pageSize: Int = 100): [Company!]!  a: Int  b: Int }
  type Company { id: ID!  name: String!  assignments(page: Int = 1, pageSize: Int = 50): [Assignment!]!  tags: [String!]! }
  type Assignment { id: ID!  company: Company!  skills: [Skill!]! }
  type Skill { id: ID! }
`);
const limits: OperationLimits = { depth: 5, aliases: 3, rootFields: 2, tokens: 200, cost: 1000 };

/** The limit an operation is refused by, or undefined when it is within all of them. */
function refusedBy(query: string, variables?: Record<string, unknown>, within = limits): string | undefined {
  try {
    checkSource(query, within);
  } catch (err) {
    return (err as { extensions: { limit: string } }).extensions.limit;
  }
  const document = parse(query);
  const error = checkOperation(schema, document, getOperationAST(document)!, variables, within);
  expect(error?.extensions.code ?? 'QUERY_TOO_COMPLEX').toBe('QUERY_TOO_COMPLEX');
  return error?.extensions.limit as string | undefined;
}

describe('operation limits', () => {
  it.each([
    ['within every limit', '{ company(id: "c") { name assignments(pageSize: 5) { id } } }', undefined],
    ['too deep', '{ company(id: "c") { assignments { company { assignments { company { id } } } } } }', 'depth'],
    ['inline fragments add no depth', '{ company(id: "c") { ... on Company { ... on Company { assignments { id } } } } }', undefined],
    ['too many aliases', '{ company(id: "c") { a: id b: id c: id d: id } }', 'aliases'],
    ['too many root fields', '{ a b company(id: "c") { id } }', 'rootFields'],
    ['too many tokens', `{ company(id: "c") { ${'id '.repeat(300)} } }`, 'tokens'],
    ['brackets nested too deep before parsing', `{ a(x: ${'['.repeat(11)}1${']'.repeat(11)}) }`, 'nesting'],
    ['lists multiply the cost', '{ companies { assignments(pageSize: 50) { id } } }', 'cost'],
    ['the default page size counts', '{ companies(pageSize: 10) { assignments { id skills { id } } } }', 'cost'],
    ['a small page keeps it cheap', '{ companies(pageSize: 10) { assignments(pageSize: 5) { id } } }', undefined],
    ['page sizes from variables count', 'query($n: Int) { companies(pageSize: $n) { assignments { id } } }', 'cost'],
    ['lists of scalars cost one', '{ companies(pageSize: 10) { tags } }', undefined],
  ])('%s', (_rule, query, limit) => {
    expect(refusedBy(query, { n: 100 })).toBe(limit);
  });

  it('names the limit and its environment variable in the message', () => {
    const document = parse('{ a b company(id: "c") { id } }');
    expect(checkOperation(schema, document, getOperationAST(document)!, undefined, limits)?.message).toMatch(/rootFields, CB_LIMIT_ROOT_FIELDS/);
  });

  it('reads the limits from the environment, and raises them only for the trusted key', () => {
    const config = limitsFromEnv(readEnv({ CB_LIMIT_DEPTH: '7', CB_TRUSTED_CLIENT_KEY: 'k'.repeat(32), CB_TRUSTED_LIMIT_FACTOR: '4' }));
    expect(limitsFor(config, undefined).depth).toBe(7);
    expect(limitsFor(config, 'guess').depth).toBe(7);
    expect(limitsFor(config, 'k'.repeat(32)).depth).toBe(28);
    expect(limitsFor(limitsFromEnv(readEnv({})), '').depth).toBe(12);
    expect(() => readEnv({ CB_LIMIT_COST: '0' })).toThrow(/CB_LIMIT_COST/);
  });
});

describe('the limits plugin, which keeps its verdicts per document', () => {
  const trusted = { ...limits, cost: 100_000 };
  let server: ApolloServer;
  beforeAll(async () => {
    server = new ApolloServer({
      schema,
      plugins: [operationLimitsPlugin({ standard: limits, trusted: { key: 'trusted-key', limits: trusted } })],
    });
    await server.start();
  });
  afterAll(() => server.stop());

  /** The limit the server refuses the operation by, or 'answered' (the schema has no resolvers: what it answers is not the point). */
  async function verdict(query: string, variables?: Record<string, unknown>, trustedKey?: string): Promise<string> {
    const headers = new HeaderMap(trustedKey ? [[TRUSTED_CLIENT_HEADER, trustedKey]] : []);
    const response = await server.executeOperation({ query, variables, http: { method: 'POST', headers, search: '', body: {} } });
    if (response.body.kind !== 'single') throw new Error('a single answer expected');
    const error = response.body.singleResult.errors?.[0];
    return error?.extensions?.code === 'QUERY_TOO_COMPLEX' ? `QUERY_TOO_COMPLEX:${String(error.extensions.limit)}` : 'answered';
  }

  it('gives the same document the same verdict every time', async () => {
    const deep = '{ company(id: "c") { assignments { company { assignments { company { id } } } } } }';
    const fine = '{ company(id: "c") { name } }';
    for (let i = 0; i < 3; i++) {
      expect(await verdict(deep)).toBe('QUERY_TOO_COMPLEX:depth');
      expect(await verdict(fine)).toBe('answered');
    }
  });

  it('decides again when the variables change what the operation may cost', async () => {
    const paged = 'query($n: Int) { companies(pageSize: $n) { assignments(pageSize: 50) { id } } }';
    expect(await verdict(paged, { n: 1 })).toBe('answered');
    expect(await verdict(paged, { n: 100 })).toBe('QUERY_TOO_COMPLEX:cost');
    expect(await verdict(paged, { n: 1 })).toBe('answered');
  });

  it('decides again for the trusted key, and for a wrong key keeps the standard limits', async () => {
    const costly = '{ companies { assignments(pageSize: 50) { id } } }';
    expect(await verdict(costly)).toBe('QUERY_TOO_COMPLEX:cost');
    expect(await verdict(costly, undefined, 'trusted-key')).toBe('answered');
    expect(await verdict(costly, undefined, 'guessed-key')).toBe('QUERY_TOO_COMPLEX:cost');
  });
});

describe("the refusal of an operation's text", () => {
  const config = { standard: limits, trusted: { key: 'trusted-key', limits: { ...limits, tokens: 2_000 } } };
  const long = `{ company(id: "c") { ${'id '.repeat(300)} } }`;

  it('is the same every time a text is sent, and depends on which limits apply to the sender', () => {
    const answers = [1, 2, 3].map(() => [sourceRefusal(config, long, undefined)?.extensions.limit, sourceRefusal(config, long, 'trusted-key')?.extensions.limit, sourceRefusal(config, long, 'wrong-key')?.extensions.limit]);
    expect(answers).toEqual([1, 2, 3].map(() => ['tokens', undefined, 'tokens']));
  });

  it('is a fresh copy each time, so that one answer cannot change the next', () => {
    const first = sourceRefusal(config, long, undefined)!;
    first.extensions.limit = 'changed';
    expect(sourceRefusal(config, long, undefined)?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 200 });
  });

  it('refuses texts too long to be kept as well, each time', () => {
    const huge = `{ a ${'# a comment that the lexer skips\n'.repeat(700)} ${'b '.repeat(300)} }`;
    expect(huge.length).toBeGreaterThan(20_000);
    expect([sourceRefusal(config, huge, undefined)?.extensions.limit, sourceRefusal(config, huge, undefined)?.extensions.limit]).toEqual(['tokens', 'tokens']);
  });
});
