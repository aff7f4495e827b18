import { TokenService } from '@cb/kit';
import { STAFF, eventually, graphqlClient } from '../e2e/harness';
import { publishAssignment, registerApprovedCompany, REGISTER_STUDENT, verifyByMail } from '../e2e/fixtures';
import { studentRegistration } from '../support/registrations';
import { sharedBySuite } from '../e2e/scenarios';
import { clusterApi, startClusterOnOwnEngines } from './cluster';

const JWT_SECRET = 'distributed-test-secret-0123456789abcdef';

/**
 * DESIGN.md §2: "A broker outage delays events; it never loses them, and writes keep succeeding."
 * This test has a broker of its own, so that stopping it disturbs no other test.
 */
describe('a Kafka outage (distributed profile)', () => {
  const own = sharedBySuite(() => startClusterOnOwnEngines({ staff: STAFF }), (running) => running.stop(), 240000);

  it('accepts 200 applications and new postings while the broker is down, and delivers every event exactly once after', async () => {
    const { kafka, cluster } = own;
    const api = graphqlClient(() => cluster.gatewayUrl);
    const m = clusterApi(cluster);
    const staff = await api.signIn(STAFF.email, STAFF.password);
    const company = await registerApprovedCompany(m, staff);
    const assignmentId = await publishAssignment(m, company.token, { title: 'Opdracht tijdens de storing', places: 5 });

    // 200 students; their tokens are minted with the shared secret (200 sign-ins would only test Argon2).
    const tokens = new TokenService(JWT_SECRET);
    const students: Array<{ id: string; token: string }> = [];
    for (let i = 0; i < 200; i++) {
      const email = `outage-${i}-${Date.now()}@student.nl`;
      const { registerStudent } = await api.ok(REGISTER_STUDENT, {
        i: studentRegistration({ name: `Student ${i}`, email, password: 'student-password-1' }),
      });
      await verifyByMail(m, email);
      students.push({ id: registerStudent.id, token: tokens.sign({ accountId: registerStudent.id, role: 'STUDENT', studentId: registerStudent.id }) });
    }
    // Before the outage, placements must have learned of the assignment and of every student's verification.
    for (const s of students) {
      await eventually(async () => {
        const r = await api.gql('query($id: ID!) { assignment(id: $id) { canApply { allowed } } }', { id: assignmentId }, s.token);
        return r.data?.assignment?.canApply?.allowed === true;
      }, 'placements to know the assignment and the verified student', 60000);
    }
    await new Promise((r) => setTimeout(r, 3000));

    await kafka.pause();
    // Not ready while the broker is away (writes still succeed: the outbox keeps the events).
    const ready = await fetch(`${new URL(cluster.processes.placements.url).origin}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { checks: Record<string, unknown> }).checks['placements.bus']).toMatchObject({ ok: false });
    const results = await Promise.all(
      students.map((s) =>
        api.gql('mutation($a: ID!, $m: String!) { apply(assignmentId: $a, motivation: $m) { id } }', { a: assignmentId, m: 'Tijdens de storing.' }, s.token),
      ),
    );
    const failed = results.filter((r) => r.errors);
    const posted: string[] = [];
    for (let i = 0; i < 3; i++) posted.push(await publishAssignment(m, company.token, { title: `Gepubliceerd tijdens storing ${i} zeldzaamwoord` }));
    await kafka.resume();
    await eventually(async () => (await fetch(`${new URL(cluster.processes.placements.url).origin}/readyz`)).status === 200, 'placements to be ready again', 60000);

    expect(failed.map((r) => r.errors)).toEqual([]);
    // The applicants come in pages of at most 100.
    const { assignment } = await api.ok(
      'query($id: ID!) { assignment(id: $id) { first: applications(pageSize: 100) { id student { id } } second: applications(page: 2, pageSize: 100) { id student { id } } } }',
      { id: assignmentId },
      company.token,
    );
    const applications = [...assignment.first, ...assignment.second];
    expect(applications).toHaveLength(200);
    expect(new Set(applications.map((a: any) => a.id)).size).toBe(200);

    // Events written during the outage arrive once the broker is back: the postings become searchable.
    await eventually(async () => {
      const { searchAssignments } = await api.ok('query { searchAssignments(query: "zeldzaamwoord", pageSize: 50) { total hits { assignment { id } } } }');
      const ids = searchAssignments.hits.map((h: any) => h.assignment.id);
      return posted.every((id) => ids.includes(id)) && searchAssignments.total === 3;
    }, 'assignments published during the outage to become searchable', 90000);

    // The funnel counts each application exactly once (its read model is fed by the same events).
    const funnel = async () => (await api.ok('query { placementProgress { funnel { applications } } }', {}, staff)).placementProgress.funnel.applications;
    await eventually(async () => (await funnel()) >= 200, 'the funnel to count the applications', 60000);
    expect(await funnel()).toBe(200);
  }, 600000);
});
