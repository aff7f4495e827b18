import { connect } from 'node:net';
import { Reasons } from '@cb/contracts';
import { STAFF, startTestMarketplace, type GraphQLResult, type TestMarketplace } from './harness';
import { applyWhenReady, publishAssignment, registerApprovedCompany, REGISTER_COMPANY, registerStudent, REGISTER_STUDENT } from './fixtures';
import { BAD_DATES, generateBadRequests, type BadRequest } from './bad-requests';

/** The distributed profile runs a deterministic sample of the generated requests: separate processes on two cores. */
const DISTRIBUTED = process.env.CB_TEST_PROFILE === 'distributed';
const SAMPLE_EVERY = DISTRIBUTED ? 10 : 1;

/** What must never be in an answer: a stack frame, a file of ours, a dependency's path. */
const INTERNALS = /\bat [^\s"]+ \([^)]*:\d+:\d+\)|\n\s+at |node_modules|\/work\/|\.(ts|js):\d+:\d+/;

interface Answer {
  status: number;
  text: string;
}

/** Bytes no HTTP client library would send, straight over a socket; the answer's status and body. */
function sendRaw(url: string, bytes: string): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    const done = () => {
      socket.destroy();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
      resolve({ status, text: received.slice(received.indexOf('\r\n\r\n') + 4) });
    };
    socket.setTimeout(3000, done);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('end', done);
    socket.on('error', done);
    socket.write(bytes);
  });
}

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
    // ~2,000 requests from one address in a minute: the anonymous-search and sign-in rate limits
    // (tested in rate-limits.e2e.test.ts) would answer most of them before the input is looked at.
    m = await startTestMarketplace(undefined, {
      CB_LIMIT_ANONYMOUS_SEARCHES_PER_MINUTE: '100000',
      CB_LIMIT_SIGNIN_CLIENT_FREE_FAILURES: '100000',
      CB_LIMIT_SIGNIN_FREE_FAILURES: '100000',
    });
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
      await m.gql(REGISTER_STUDENT, { i: { name: 'X' } }),
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
    expect(peek.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: Reasons.NOT_YOURS });
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
    const result = await m.gql(REGISTER_COMPANY, {
      i: { name: 'Bedrijf', kvkNumber: '123', municipalityId: 'atlantis', sector: 'ICT', contactName: 'A', contactEmail: 'not-an-email', password: 'short' },
    });
    expectError(result, 'BAD_USER_INPUT');
    for (const field of ['kvkNumber', 'municipalityId', 'contactEmail', 'password']) expect(result.errors![0].message).toContain(field);
    const pending = await m.ok('query { companies(status: PENDING) { name } }', {}, staff);
    expect(pending.companies.map((c: any) => c.name)).not.toContain('Bedrijf');
  });

  it.each(['2026-02-30', '31-12-2026', '2026-12-31T00:00:00Z', ''])('answers the LocalDate %j with BAD_USER_INPUT as a variable, and as a validation error inline', async (date) => {
    expect(BAD_DATES).toContain(date);
    expectError(await m.gql('query($d: LocalDate) { searchAssignments(filter: { from: $d }) { total } }', { d: date }), 'BAD_USER_INPUT', /LocalDate/);
    // Inline values are checked with the document, like a wrong enum written inline.
    expectError(await m.gql(`{ searchAssignments(filter: { until: ${JSON.stringify(date)} }) { total } }`), 'GRAPHQL_VALIDATION_FAILED', /LocalDate/);
    const periodStart = await m.gql('mutation($i: AssignmentInput!) { createAssignment(input: $i) { id } }', {
      i: { title: 'Een opdracht', description: 'A long enough description of the work.', type: 'PROJECT', levels: ['BACHELOR'], periodStart: date, periodEnd: '2027-03-01', hoursPerWeek: 20 },
    }, company.token);
    expectError(periodStart, 'BAD_USER_INPUT');
  });

  it('answers operation-selection mistakes, subscriptions and persisted queries with their codes', async () => {
    const send = (body: unknown) => fetch(m.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => ({ ...((await r.json()) as GraphQLResult), status: r.status }));
    expectError(await send({ query: 'query A { me { role } } query B { me { role } }' }), 'OPERATION_RESOLUTION_FAILURE', /operationName/);
    expectError(await send({ query: 'query A { me { role } }', operationName: 'C' }), 'OPERATION_RESOLUTION_FAILURE', /"C"/);
    expectError(await send({ query: 'subscription { me { role } }' }), 'BAD_REQUEST', /[Ss]ubscriptions are not supported/);
    expectError(await send({ query: '{ me { role } }', extensions: { persistedQuery: 'garbage' } }), 'PERSISTED_QUERY_NOT_SUPPORTED');
    expectError(await send({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }), 'PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it('answers an empty id with BAD_USER_INPUT naming the field', async () => {
    const erase = await m.gql('mutation { eraseStudent(id: "") { erasedAt } }', {}, staff);
    expectError(erase, 'BAD_USER_INPUT', /eraseStudent\.id/);
    expect(erase.errors![0].extensions).toMatchObject({ field: 'eraseStudent.id' });
    expectError(await m.gql('query($id: ID!) { assignment(id: $id) { id } }', { id: '  ' }), 'BAD_USER_INPUT', /assignment\.id/);
  });

  it('answers a 20 KB header and a 100 KB GET URL with a JSON error, not an empty 431', async () => {
    for (const response of [
      await fetch(m.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-pad': 'x'.repeat(20 * 1024) }, body: '{"query":"{ me { role } }"}' }),
      await fetch(`${m.url}?query=${'x'.repeat(100 * 1024)}`),
    ]) {
      expect(response.status).toBe(431);
      const body = (await response.json()) as GraphQLResult;
      expect(body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
      expect(body.errors?.[0].message).toMatch(/16 KB/);
    }
  });

  it('answers 5,000 nesting levels with "too deeply nested", not a stack overflow', async () => {
    const result = await m.gql(`query { me ${'{ role '.repeat(5000)}${'}'.repeat(5000)} }`);
    expectError(result, 'QUERY_TOO_COMPLEX', /too deeply nested/);
    expect(result.errors![0].message).not.toMatch(/call stack/i);
  });

  it(`answers ${DISTRIBUTED ? 'a sample of ' : ''}the generated bad requests with a code, never a 5xx, a stack trace or an internal path`, async () => {
    const all = generateBadRequests({ assignmentId, companyId: company.id, studentId: student.id });
    expect(all.length).toBeGreaterThanOrEqual(1000);
    const requests = all.filter((_, i) => i % SAMPLE_EVERY === 0);
    const tokens: Record<BadRequest['as'], string | undefined> = { anonymous: undefined, student: student.token, company: company.token, staff };
    const send = async (request: BadRequest): Promise<Answer> => {
      if (request.raw) return sendRaw(m.url, request.raw);
      const token = tokens[request.as];
      const headers = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...request.headers };
      try {
        const response = await fetch(m.url + (request.search ?? ''), { method: request.method, headers, body: request.body });
        return { status: response.status, text: await response.text() };
      } catch (err) {
        return { status: 0, text: `no answer: ${(err as Error).message}` };
      }
    };
    const problems = { '>=500': [] as string[], 'no answer': [] as string[], 'without code': [] as string[], INTERNAL_SERVER_ERROR: [] as string[], internals: [] as string[], 'not alive': [] as string[] };
    const judge = (request: BadRequest, answer: Answer) => {
      const shown = `${request.name} → ${answer.status} ${answer.text.slice(0, 160)}`;
      if (answer.status >= 500) problems['>=500'].push(shown);
      if (answer.status === 0) problems['no answer'].push(shown);
      if (INTERNALS.test(answer.text)) problems.internals.push(shown);
      let body: GraphQLResult | undefined;
      try {
        body = JSON.parse(answer.text) as GraphQLResult;
      } catch {
        body = undefined;
      }
      const errors = body?.errors ?? (answer.status >= 400 || !body ? [{ message: answer.text }] : []);
      if (errors.some((e) => typeof e.extensions?.code !== 'string')) problems['without code'].push(shown);
      if (errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) problems.INTERNAL_SERVER_ERROR.push(shown);
    };
    // A few at a time, as a visitor with a script would; a normal query between every batch.
    const parallel = 8;
    for (let i = 0; i < requests.length; i += parallel) {
      const batch = requests.slice(i, i + parallel);
      const answers = await Promise.all(batch.map(send));
      batch.forEach((request, j) => judge(request, answers[j]));
      if ((i / parallel) % 10 === 0) {
        const alive = await m.gql('{ searchAssignments { total } }');
        if (alive.errors || typeof alive.data?.searchAssignments?.total !== 'number') problems['not alive'].push(`after ${batch[0].name}: ${JSON.stringify(alive)}`);
      }
    }
    console.log(
      `bad-input: ${requests.length} requests${DISTRIBUTED ? ` (a sample of ${all.length}, distributed profile)` : ''}, ` +
        `${problems['>=500'].length} >=500, ${problems['without code'].length} without code, ${problems.INTERNAL_SERVER_ERROR.length} INTERNAL_SERVER_ERROR, ` +
        `${problems.internals.length} with stack traces or internal paths, ${problems['no answer'].length} without an answer, ${problems['not alive'].length} failed liveness checks`,
    );
    expect(problems).toEqual({ '>=500': [], 'no answer': [], 'without code': [], INTERNAL_SERVER_ERROR: [], internals: [], 'not alive': [] });
    expect((await m.ok('{ searchAssignments { total } }')).searchAssignments.total).toBeGreaterThanOrEqual(0);
  }, 300_000);

  it('answers a syntax error with GRAPHQL_PARSE_FAILED', async () => {
    expectError(await m.gql('query { searchAssignments( { total }'), 'GRAPHQL_PARSE_FAILED');
  });
});
