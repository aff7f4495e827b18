import { STAFF, eventually, graphqlClient, type GraphQLResult } from '../e2e/harness';
import { newCompanyRegistration, REGISTER_COMPANY, registerStudent } from '../e2e/fixtures';
import { assignmentsOpenToAStudent } from '../e2e/scenarios';
import { clusterForSuite } from './cluster-suite';
import { clusterApi } from './cluster';

/**
 * Issue 9 across processes: the e-mail claims, the rate-limit counters and the token revocations
 * live in FerretDB, so they hold for two placements processes behind two gateways as for one.
 */
const APPLY = 'mutation($a: ID!) { apply(assignmentId: $a, motivation: "Ik wil graag meedoen.") { id } }';
const WITHDRAW = 'mutation($id: ID!) { moveApplication(id: $id, status: WITHDRAWN) { status } }';
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
const codeOf = (r: GraphQLResult) => r.errors?.[0]?.extensions?.code ?? 'OK';

describe('accounts and rate limits across processes (distributed profile)', () => {
  const cluster = clusterForSuite({ extraPlacements: 1 });

  it('refuses an organisation on the staff address, and staff still sign in', async () => {
    const one = graphqlClient(() => cluster.gatewayUrl);
    const result = await one.gql(REGISTER_COMPANY, {
      i: newCompanyRegistration({ contactEmail: ` ${STAFF.email.toUpperCase()}`, password: 'Overname-poging-9471' }),
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_IN_USE' });
    await expect(one.signIn(STAFF.email, STAFF.password)).resolves.toEqual(expect.any(String));
  });

  it('counts a student’s applications per hour over both placements processes', async () => {
    const one = graphqlClient(() => cluster.gatewayUrl);
    const two = graphqlClient(() => cluster.extraGateways[0]);
    const { assignments, student } = await assignmentsOpenToAStudent(clusterApi(cluster), await one.signIn(STAFF.email, STAFF.password), 32, 60000);
    await eventually(async () => (await two.gql('query($id: ID!) { assignment(id: $id) { placesLeft } }', { id: assignments[31] }, student.token)).data?.assignment?.placesLeft === 2, 'the second placements process to know them', 60000);

    const answers: string[] = [];
    for (const [i, a] of assignments.slice(1).entries()) {
      const api = i % 2 ? two : one;
      const r = await api.gql<{ apply: { id: string } }>(APPLY, { a }, student.token);
      answers.push(codeOf(r));
      if (r.data) await api.ok(WITHDRAW, { id: r.data.apply.id }, student.token);
    }

    expect(answers.slice(0, 29)).toEqual(Array(29).fill('OK'));
    expect(answers.slice(29)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  }, 240000);

  it('slows wrong passwords for one account over both gateways', async () => {
    const one = graphqlClient(() => cluster.gatewayUrl);
    const two = graphqlClient(() => cluster.extraGateways[0]);
    const student = await registerStudent(clusterApi(cluster));
    const answers: string[] = [];
    for (let i = 0; i < 8; i++) answers.push(codeOf(await (i % 2 ? two : one).gql(SIGN_IN, { e: student.email, p: `geraden-${i}` })));

    expect(answers.slice(0, 6)).toEqual(Array(6).fill('UNAUTHENTICATED'));
    expect(answers.slice(6)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  }, 120000);

  it('refuses an erased student’s token at once in the students service and soon in placements', async () => {
    const one = graphqlClient(() => cluster.gatewayUrl);
    const student = await registerStudent(clusterApi(cluster));
    await one.ok('mutation($id: ID!) { eraseStudent(id: $id) { studentId } }', { id: student.id }, student.token);

    expect(codeOf(await one.gql('query($id: ID!) { student(id: $id) { id } }', { id: student.id }, student.token))).toBe('UNAUTHENTICATED');
    await eventually(
      async () => codeOf(await one.gql(APPLY, { a: 'asg_none' }, student.token)) === 'UNAUTHENTICATED',
      'placements to refuse the erased student’s token',
      60000,
    );
  }, 120000);
});
