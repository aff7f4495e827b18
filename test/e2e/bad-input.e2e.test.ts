import { STAFF, startTestMarketplace, type GraphQLResult, type TestMarketplace } from './harness';
import { applyWhenReady, publishAssignment, registerApprovedCompany, registerStudent } from './fixtures';

/** Every failure a user can cause gets a code and a message that says what to fix; never a 500. */
describe('bad input through the gateway', () => {
  let m: TestMarketplace;
  let staff: string;
  let company: { id: string; token: string };
  let other: { id: string; token: string };
  let student: { id: string; token: string };
  let assignmentId: string;

  const code = (r: GraphQLResult) => r.errors?.[0]?.extensions?.code;
  const expectError = (r: GraphQLResult, expected: string, message?: RegExp) => {
    expect(r.status).toBeLessThan(500);
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(code(r)).toBe(expected);
    expect(r.errors![0].message.length).toBeGreaterThan(10);
    expect(JSON.stringify(r.errors)).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack traces
    if (message) expect(r.errors![0].message).toMatch(message);
  };

  beforeAll(async () => {
    m = await startTestMarketplace();
    staff = await m.signIn(STAFF.email, STAFF.password);
    company = await registerApprovedCompany(m, staff);
    other = await registerApprovedCompany(m, staff);
    student = await registerStudent(m);
    assignmentId = await publishAssignment(m, company.token);
  });
  afterAll(async () => {
    await m.stop();
  });

  it('answers an unknown id with NOT_FOUND or null, not an error page', async () => {
    expect((await m.ok('query { assignment(id: "asg_nope") { id } }')).assignment).toBeNull();
    expectError(await m.gql('mutation { publishAssignment(id: "asg_nope") { id } }', {}, company.token), 'NOT_FOUND');
    expectError(await m.gql('mutation { acceptOffer(applicationId: "app_nope") { id } }', {}, student.token), 'NOT_FOUND');
  });

  it('answers a missing field, both inline and as variables', async () => {
    expectError(await m.gql('mutation { registerStudent(input: { name: "X" }) { id } }'), 'GRAPHQL_VALIDATION_FAILED');
    expectError(
      await m.gql('mutation($i: RegisterStudentInput!) { registerStudent(input: $i) { id } }', { i: { name: 'X' } }),
      'BAD_USER_INPUT',
    );
  });

  it('answers an over-long field with what to shorten, inline and as variables', async () => {
    const long = 'x'.repeat(300);
    const inline = await m.gql(
      `mutation { createAssignment(input: { title: "${long}", description: "A long enough description of the work.", type: PROJECT, levels: [BACHELOR], periodStart: "2027-01-01", periodEnd: "2027-03-01", hoursPerWeek: 20 }) { id } }`,
      {},
      company.token,
    );
    expectError(inline, 'BAD_USER_INPUT', /title: must be at most 160 characters/);
    const vars = await m.gql(
      'mutation($a: ID!, $m: String!) { apply(assignmentId: $a, motivation: $m) { id } }',
      { a: assignmentId, m: 'y'.repeat(6000) },
      student.token,
    );
    expectError(vars, 'BAD_USER_INPUT', /motivation/);
  });

  it('answers a wrong enum, inline and as variables', async () => {
    expectError(await m.gql('query { searchAssignments(filter: { sectors: [SPACE] }) { total } }'), 'GRAPHQL_VALIDATION_FAILED');
    expectError(
      await m.gql('query($f: AssignmentFilter) { searchAssignments(filter: $f) { total } }', { f: { sectors: ['SPACE'] } }),
      'BAD_USER_INPUT',
    );
  });

  it('answers a 1 MB body with 413 and a JSON GraphQL error', async () => {
    const response = await fetch(m.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query { me { role } }', variables: { pad: 'x'.repeat(1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as GraphQLResult;
    expect(body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a request without a token with UNAUTHENTICATED', async () => {
    expectError(await m.gql('mutation { createAssignment(input: { title: "Een opdracht", description: "A long enough description of the work.", type: PROJECT, levels: [BACHELOR], periodStart: "2027-01-01", periodEnd: "2027-03-01", hoursPerWeek: 20 }) { id } }'), 'UNAUTHENTICATED');
    expectError(await m.gql('query { placementProgress { count } }'), 'UNAUTHENTICATED');
    expectError(await m.gql('query { placementProgress { count } }', {}, 'not-a-token'), 'UNAUTHENTICATED');
  });

  it('refuses another user’s object and moves that are not the caller’s to make', async () => {
    const applicationId = await applyWhenReady(m, student.token, assignmentId);
    expectError(await m.gql('mutation($id: ID!) { closeAssignment(id: $id) { id } }', { id: assignmentId }, other.token), 'FORBIDDEN');
    expectError(
      await m.gql('mutation($id: ID!) { moveApplication(id: $id, status: OFFERED) { id } }', { id: applicationId }, other.token),
      'FORBIDDEN',
    );
    expectError(
      await m.gql('mutation($id: ID!) { moveApplication(id: $id, status: OFFERED) { id } }', { id: applicationId }, student.token),
      'FORBIDDEN',
    );
    expectError(await m.gql('query { placementProgress { count } }', {}, student.token), 'FORBIDDEN');
    const intruder = await registerStudent(m);
    const peek = await m.gql('query($id: ID!) { application(id: $id) { motivation } }', { id: applicationId }, intruder.token);
    expect(peek.data?.application ?? null).toBeNull();
    if (peek.errors) expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code(peek));
  });

  it('refuses a workflow move that is not allowed, and writes nothing', async () => {
    const s = await registerStudent(m);
    const applicationId = await applyWhenReady(m, s.token, assignmentId);
    expectError(
      await m.gql('mutation($id: ID!) { acceptOffer(applicationId: $id) { id } }', { id: applicationId }, s.token),
      'CONFLICT',
    );
    const { application } = await m.ok('query($id: ID!) { application(id: $id) { status history { to } } }', { id: applicationId }, s.token);
    expect(application).toEqual({ status: 'SUBMITTED', history: [{ to: 'SUBMITTED' }] });
  });

  it('answers bad registration data with every field to fix, and registers nothing', async () => {
    const result = await m.gql('mutation($i: RegisterCompanyInput!) { registerCompany(input: $i) { id } }', {
      i: { name: 'Bedrijf', kvkNumber: '123', municipalityId: 'atlantis', sector: 'ICT', contactName: 'A', contactEmail: 'not-an-email', password: 'short' },
    });
    expectError(result, 'BAD_USER_INPUT');
    for (const field of ['kvkNumber', 'municipalityId', 'contactEmail', 'password']) expect(result.errors![0].message).toContain(field);
    const pending = await m.ok('query { companies(status: PENDING) { name } }', {}, staff);
    expect(pending.companies.map((c: any) => c.name)).not.toContain('Bedrijf');
  });

  it('answers a syntax error with GRAPHQL_PARSE_FAILED', async () => {
    expectError(await m.gql('query { searchAssignments( { total }'), 'GRAPHQL_PARSE_FAILED');
  });
});
