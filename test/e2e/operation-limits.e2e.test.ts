import { metricsRegistry } from '@cb/kit';
import { STAFF, startTestMarketplace, type GraphQLResult, type TestMarketplace } from './harness';
import { publishAssignment, registerApprovedCompany } from './fixtures';

/**
 * The two operations that took the whole marketplace down (issue 9), against an organisation with
 * 500 postings: refused with QUERY_TOO_COMPLEX by the gateway before any subgraph is asked, with
 * flat memory, and the marketplace answers the next request as usual. Embedded profile only: the
 * subgraph requests are counted in this process (the embedded gateway asks its subgraphs in-process,
 * so they are counted by the operations each subgraph served, as /metrics reports them).
 */
describe('operation limits at the gateway', () => {
  const POSTINGS = 500;
  let m: TestMarketplace;
  let company: { id: string; token: string };
  /** GraphQL operations the subgraphs have served so far, over HTTP or in-process. */
  async function subgraphOperations(): Promise<number> {
    const metric = await metricsRegistry.getSingleMetric('cb_graphql_operation_duration_seconds')!.get();
    return metric.values
      .filter((v) => (v as { metricName?: string }).metricName === 'cb_graphql_operation_duration_seconds_count' && v.labels.server !== 'gateway')
      .reduce((n, v) => n + v.value, 0);
  }

  const nestedCompany = () =>
    `{ company(id: "${company.id}") { assignments { company { assignments { company { assignments { company { assignments { id title } } } } } } } } }`;
  const thousandAliases = (assignmentId: string) =>
    `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: assignment(id: "${assignmentId}") { company { name } placesLeft }`).join(' ')} }`;

  /** Sends the operation and says how it was answered, how long it took and how many subgraph requests it caused. */
  async function timed(query: string) {
    const before = await subgraphOperations();
    const started = performance.now();
    const result = await m.gql(query);
    const ms = performance.now() - started;
    return { result, ms, subgraphRequests: (await subgraphOperations()) - before };
  }

  beforeAll(async () => {
    // 500 postings in a minute are this suite's set-up, not its subject: the posting rate limit has
    // its own test (rate-limits.e2e.test.ts), so it is lifted here.
    m = await startTestMarketplace(undefined, { CB_LIMIT_POSTINGS_PER_HOUR: '1000' });
    const staff = await m.signIn(STAFF.email, STAFF.password);
    company = await registerApprovedCompany(m, staff);
    for (let i = 0; i < POSTINGS; i += 10) {
      await Promise.all(Array.from({ length: 10 }, () => publishAssignment(m, company.token)));
    }
  }, 300_000);
  afterAll(async () => {
    await m.stop();
  });

  const expectRefused = (result: GraphQLResult, limit: RegExp) => {
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(limit);
  };

  it(`has an organisation with ${POSTINGS} postings, paged at most 100 at a time`, async () => {
    const page = (n: number, size: number) => m.gql(`{ company(id: "${company.id}") { assignments(page: ${n}, pageSize: ${size}) { id } } }`);
    expect((await page(5, 100)).data?.company.assignments).toHaveLength(100);
    expect((await page(6, 100)).data?.company.assignments).toHaveLength(0);
    const tooLarge = await page(1, 101);
    expect(tooLarge.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Company.assignments.pageSize' });
  });

  it('refuses the nested-company query by its cost, before any subgraph is asked', async () => {
    const { result, ms, subgraphRequests } = await timed(nestedCompany());
    console.log(`nested-company query refused in ${ms.toFixed(1)} ms: ${result.errors?.[0].message}`);
    expectRefused(result, /limit: cost/);
    expect(subgraphRequests).toBe(0);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses the 1,000-alias query, before any subgraph is asked', async () => {
    const { result: first } = await m.gql<{ company: { assignments: Array<{ id: string }> } }>(`{ company(id: "${company.id}") { assignments(pageSize: 1) { id } } }`).then((r) => ({ result: r }));
    const { result, ms, subgraphRequests } = await timed(thousandAliases(first.data!.company.assignments[0].id));
    console.log(`1,000-alias query refused in ${ms.toFixed(1)} ms: ${result.errors?.[0].message}`);
    expectRefused(result, /limit: (tokens|aliases)/);
    expect(subgraphRequests).toBe(0);
    expect(ms).toBeLessThan(1000);
  });

  it('answers 100 concurrent operations of 10 aliases each (the root-field limit) without a dropped connection', async () => {
    const { data } = await m.gql<{ company: { assignments: Array<{ id: string }> } }>(`{ company(id: "${company.id}") { assignments(pageSize: 10) { id } } }`);
    const tenAliases = `{ ${data!.company.assignments.map((a, i) => `a${i}: assignment(id: "${a.id}") { company { name } placesLeft }`).join(' ')} }`;
    const results = await Promise.all(Array.from({ length: 100 }, () => m.gql(tenAliases)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.every((r) => Object.keys(r.data ?? {}).length === 10)).toBe(true);
  });

  it('keeps memory flat over 50 refusals of each, and answers the next request as usual', async () => {
    const { data } = await m.gql<{ company: { assignments: Array<{ id: string }> } }>(`{ company(id: "${company.id}") { assignments(pageSize: 1) { id } } }`);
    const assignmentId = data!.company.assignments[0].id;
    const before = process.memoryUsage();
    for (let i = 0; i < 50; i++) {
      expectRefused((await m.gql(nestedCompany())), /limit: cost/);
      expectRefused((await m.gql(thousandAliases(assignmentId))), /limit/);
    }
    const after = process.memoryUsage();
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    console.log(`memory over 100 refusals: heapUsed ${mb(before.heapUsed)} → ${mb(after.heapUsed)} MB, rss ${mb(before.rss)} → ${mb(after.rss)} MB`);
    expect(after.heapUsed - before.heapUsed).toBeLessThan(64 * 1024 * 1024);
    expect(after.rss - before.rss).toBeLessThan(128 * 1024 * 1024);
    const next = await timed(`{ company(id: "${company.id}") { name assignments(pageSize: 100) { id placesLeft } } }`);
    expect(next.result.errors).toBeUndefined();
    expect(next.result.data?.company.assignments).toHaveLength(100);
    // The count of subgraph requests works: a normal operation does ask them.
    expect(next.subgraphRequests).toBeGreaterThan(0);
  });
});
