import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { STAFF, eventually, graphqlClient } from '../e2e/harness';
import { registerApprovedCompany } from '../e2e/fixtures';
import { clusterForSuite } from './cluster-suite';
import { clusterApi } from './cluster';

/**
 * A consumer that dies mid-stream (kill -9) resumes from its committed offsets after a restart:
 * it does not rebuild, applies each event once, and ends with the projection a fresh rebuild from
 * the log would give.
 */
describe('a search consumer crash (distributed profile)', () => {
  const cluster = clusterForSuite();

  it('resumes after kill -9 without rebuilding, applies each event once, and matches a fresh rebuild', async () => {
    const api = graphqlClient(() => cluster.gatewayUrl);
    const m = clusterApi(cluster);
    const staff = await api.signIn(STAFF.email, STAFF.password);
    const company = await registerApprovedCompany(m, staff);
    const word = `crashtest${Date.now().toString(36)}`;
    const search = async () => {
      const { searchAssignments } = await api.ok('query($q: String) { searchAssignments(query: $q, pageSize: 100) { total hits { assignment { id } } } }', { q: word });
      return { total: searchAssignments.total as number, ids: (searchAssignments.hits as any[]).map((h) => h.assignment.id as string).sort() };
    };

    // A stream of 40 postings; search is killed with SIGKILL in the middle of it.
    const posted: string[] = [];
    const post = async (i: number) => {
      const { createAssignment } = await api.ok(
        'mutation($i: AssignmentInput!) { createAssignment(input: $i) { id } }',
        { i: { title: `Opdracht ${i} ${word}`, description: `Beschrijving van opdracht ${i} voor de crashtest.`, type: 'PROJECT', levels: ['BACHELOR'], periodStart: '2027-02-01', periodEnd: '2027-06-01', hoursPerWeek: 24 } },
        company.token,
      );
      await api.ok('mutation($id: ID!) { publishAssignment(id: $id) { id } }', { id: createAssignment.id }, company.token);
      posted.push(createAssignment.id);
    };
    for (let i = 0; i < 20; i++) await post(i);
    await eventually(async () => (await search()).total >= 5, 'search to start consuming', 60000);
    await cluster.processes.search.stop('SIGKILL');
    for (let i = 20; i < 40; i++) await post(i);
    await cluster.processes.search.start();

    await eventually(async () => (await search()).total === 40, 'every posting to be searchable after the restart', 90000);
    // The whole log since the restart (every request is a log line now, so not only its tail).
    expect(cluster.processes.search.stdout).not.toMatch(/rebuilding/);
    const resumed = await search();
    expect(resumed.ids).toEqual([...posted].sort()); // each once: no duplicates, none missing

    // A fresh rebuild from the log: delete the index and restart; it must give the same projection.
    await cluster.processes.search.stop('SIGTERM');
    for (const f of ['search-index.json']) rmSync(join(cluster.dataDir, f), { force: true });
    await cluster.processes.search.start();
    await eventually(async () => (await search()).total === 40, 'the rebuilt projection', 90000);
    expect(cluster.processes.search.stdout).toMatch(/rebuilding/);
    expect(await search()).toEqual(resumed);
  }, 600000);
});
