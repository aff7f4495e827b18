import { STAFF, graphqlClient } from '../e2e/harness';
import { registerStudent } from '../e2e/fixtures';
import { enginesFromEnv, startCluster, type Cluster } from './cluster';

/**
 * The progress CSV downloads are served by the placements service itself (its own process here)
 * and passed on by the gateway, in the distributed profile as in the embedded one
 * (test/e2e/progress.e2e.test.ts): staff only, the same file as the GraphQL field.
 */
describe('progress CSV downloads through the distributed gateway', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster(enginesFromEnv(), { staff: STAFF });
  }, 180000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('gives staff the progress and audit CSVs from the placements process; a student gets 403, nobody 401', async () => {
    const client = graphqlClient(() => cluster.gatewayUrl);
    const staff = await client.signIn(STAFF.email, STAFF.password);
    const student = await registerStudent({ ...client, url: cluster.gatewayUrl } as never);
    const at = (path: string) => new URL(path, cluster.gatewayUrl).toString();

    const progress = await fetch(`${at('/exports/progress.csv')}?lang=en`, { headers: { authorization: `Bearer ${staff}` } });
    expect(progress.status).toBe(200);
    expect(progress.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(progress.headers.get('content-disposition')).toBe('attachment; filename="career-boost-progress-current.csv"');
    const { placementProgressCsv } = await client.ok('query { placementProgressCsv(language: EN) }', {}, staff);
    expect(await progress.text()).toBe(placementProgressCsv);

    const audit = await fetch(`${at('/exports/progress-audit.csv')}?lang=nl`, { headers: { authorization: `Bearer ${staff}` } });
    expect(audit.status).toBe(200);
    expect((await audit.text()).replace(/^\uFEFF/, '')).toMatch(/^Plaatsing;Student;Opdracht;Organisatie;Status;/);

    expect((await fetch(at('/exports/progress.csv'), { headers: { authorization: `Bearer ${student.token}` } })).status).toBe(403);
    expect((await fetch(at('/exports/progress.csv'))).status).toBe(401);
  });
});
