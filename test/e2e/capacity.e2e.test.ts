import { STAFF } from './harness';
import { applyWhenReady, publishAssignment, registerApprovedCompany, registerStudent } from './fixtures';
import { marketplaceForSuite } from './scenarios';

describe('capacity through the gateway', () => {
  const m = marketplaceForSuite();

  it('never confirms more placements than places, even under 20 concurrent accepts', async () => {
    const staff = await m.signIn(STAFF.email, STAFF.password);
    const company = await registerApprovedCompany(m, staff);
    const assignmentId = await publishAssignment(m, company.token, { places: 2 });

    const students = await Promise.all(Array.from({ length: 20 }, () => registerStudent(m)));
    const applications: string[] = [];
    for (const s of students) applications.push(await applyWhenReady(m, s.token, assignmentId));
    for (const id of applications) {
      await m.ok('mutation($id: ID!) { moveApplication(id: $id, status: OFFERED) { status } }', { id }, company.token);
    }

    const results = await Promise.all(
      students.map((s, i) =>
        m.gql('mutation($id: ID!) { acceptOffer(applicationId: $id) { id } }', { id: applications[i] }, s.token),
      ),
    );
    const accepted = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(accepted).toHaveLength(2);
    expect(refused).toHaveLength(18);
    for (const r of refused) {
      expect(r.errors![0].extensions?.code).toBe('CONFLICT');
      expect(r.errors![0].message).toMatch(/full/i);
    }
    const { assignment } = await m.ok('query($id: ID!) { assignment(id: $id) { placesLeft filled } }', { id: assignmentId }, company.token);
    expect(assignment).toEqual({ placesLeft: 0, filled: true });
  });
});
