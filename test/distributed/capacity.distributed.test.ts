import { STAFF, graphqlClient } from '../e2e/harness';
import { applyWhenReady, publishAssignment, registerApprovedCompany, registerStudent } from '../e2e/fixtures';
import { clusterForSuite } from './cluster-suite';
import { clusterApi } from './cluster';

/**
 * DESIGN.md §4: the capacity rule holds "under concurrent acceptance from many students in several
 * processes at once". Two placements processes (one consumer group, one database), each behind its
 * own gateway; the students' accepts are spread over both.
 */
describe('capacity across processes (distributed profile)', () => {
  const cluster = clusterForSuite({ extraPlacements: 1 });

  it('confirms exactly 2 placements when 20 students accept offers for a 2-place assignment at once through two placements processes', async () => {
    const one = graphqlClient(() => cluster.gatewayUrl);
    const two = graphqlClient(() => cluster.extraGateways[0]);
    const m = clusterApi(cluster);
    const staff = await one.signIn(STAFF.email, STAFF.password);
    const company = await registerApprovedCompany(m, staff);
    const assignmentId = await publishAssignment(m, company.token, { places: 2 });
    const students = [];
    for (let i = 0; i < 20; i++) students.push(await registerStudent(m));
    const applications: string[] = [];
    for (const s of students) applications.push(await applyWhenReady(m, s.token, assignmentId));
    for (const id of applications) await one.ok('mutation($id: ID!) { moveApplication(id: $id, status: OFFERED) { status } }', { id }, company.token);

    const results = await Promise.all(
      students.map((s, i) =>
        (i % 2 ? two : one).gql('mutation($id: ID!) { acceptOffer(applicationId: $id) { id } }', { id: applications[i] }, s.token),
      ),
    );
    const accepted = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(accepted).toHaveLength(2);
    expect(conflicts).toHaveLength(18);
    const { assignment } = await one.ok('query($id: ID!) { assignment(id: $id) { placesLeft filled } }', { id: assignmentId }, company.token);
    expect(assignment).toEqual({ placesLeft: 0, filled: true });
  }, 240000);
});
