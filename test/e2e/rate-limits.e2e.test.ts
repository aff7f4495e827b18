import { AS_BEHIND_PROXY, STAFF, clientAt, eventually, firstError, kvk, unique, type GraphQLResult } from './harness';
import { studentRegistration } from '../support/registrations';
import { publishAssignment, registerApprovedCompany, REGISTER_COMPANY, registerStudent, REGISTER_STUDENT } from './fixtures';
import { assignmentsOpenToAStudent, marketplaceForSuite } from './scenarios';

/**
 * The rate limits with their default settings (README "Rate limits"), through the gateway. Each
 * client is a made-up address named in X-Forwarded-For, which the gateway trusts from loopback
 * here (CB_TRUST_PROXY), as it would from a reverse proxy in production.
 */
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
const APPLY = 'mutation($a: ID!) { apply(assignmentId: $a, motivation: "Ik wil graag meedoen.") { id } }';
const WITHDRAW = 'mutation($id: ID!) { moveApplication(id: $id, status: WITHDRAWN) { status } }';
const SEARCH = 'query { searchAssignments(query: "opdracht") { total } }';
const codeOf = (r: GraphQLResult) => firstError(r)?.code ?? 'OK';
const sleep = (seconds: number) => new Promise((r) => setTimeout(r, seconds * 1000));

describe('rate limits (default settings)', () => {
  const m = marketplaceForSuite(AS_BEHIND_PROXY);
  let staff: string;
  beforeAll(async () => {
    staff = await m.signIn(STAFF.email, STAFF.password);
  });

  it('slows 50 wrong staff passwords in a row with TOO_MANY_REQUESTS, while staff sign in from another address at once', async () => {
    const attacker = clientAt(() => m.url, '203.0.113.7');
    const answers: GraphQLResult[] = [];
    for (let i = 0; i < 50; i++) answers.push(await attacker(SIGN_IN, { e: STAFF.email, p: `geraden-${i}` }));

    expect(answers.slice(0, 5).map(codeOf)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    const refused = answers.filter((a) => codeOf(a) === 'TOO_MANY_REQUESTS');
    expect(refused.length).toBeGreaterThanOrEqual(40);
    for (const r of refused) expect(firstError(r)).toEqual({ code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    expect(refused.every((r) => Number.isInteger(firstError(r)!.retryAfter) && firstError(r)!.retryAfter! >= 1)).toBe(true);

    const fromTheOffice = clientAt(() => m.url, '198.51.100.20');
    expect(codeOf(await fromTheOffice(SIGN_IN, { e: STAFF.email, p: STAFF.password }))).toBe('OK');
  });

  it('makes each further failure from the same address wait twice as long, and lets the right password in after the wait', async () => {
    const guesser = clientAt(() => m.url, '203.0.113.8');
    const student = await registerStudent(m);
    for (let i = 0; i < 6; i++) await guesser(SIGN_IN, { e: student.email, p: `fout-${i}` });
    const first = firstError(await guesser(SIGN_IN, { e: student.email, p: 'fout' }))!;
    await sleep(first.retryAfter!);
    await guesser(SIGN_IN, { e: student.email, p: 'nog-steeds-fout' });
    const second = firstError(await guesser(SIGN_IN, { e: student.email, p: 'fout' }))!;

    expect(first).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfter: 1 });
    expect(second).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfter: 2 });
    await sleep(second.retryAfter!);
    expect(codeOf(await guesser(SIGN_IN, { e: student.email, p: 'student-password-1' }))).toBe('OK');
  });

  it('refuses a student’s applications past 20 open at once, over 200 tries', async () => {
    const company = await registerApprovedCompany(m, staff);
    const assignments: string[] = [];
    for (let i = 0; i < 25; i++) assignments.push(await publishAssignment(m, company.token));
    const student = await registerStudent(m);
    await eventually(async () => codeOf(await m.gql(APPLY, { a: assignments[24] }, student.token)) === 'OK', 'placements to know the assignments');

    const answers: GraphQLResult[] = [];
    for (let i = 0; i < 199; i++) answers.push(await m.gql(APPLY, { a: assignments[i % 24] }, student.token));

    expect(answers.slice(0, 19).map(codeOf)).toEqual(Array(19).fill('OK'));
    // Past the limit every try is refused: ALREADY_APPLIED where the student has applied (the more
    // specific reason, as Assignment.canApply shows it), TOO_MANY_OPEN_APPLICATIONS everywhere else.
    const appliedTo = new Set([assignments[24], ...assignments.slice(0, 19)]);
    const expected = answers.slice(19).map((_, k) => (appliedTo.has(assignments[(19 + k) % 24]) ? 'ALREADY_APPLIED' : 'TOO_MANY_OPEN_APPLICATIONS'));
    expect(answers.slice(19).map((a) => firstError(a)?.reason)).toEqual(expected);
    expect(expected.filter((r) => r === 'TOO_MANY_OPEN_APPLICATIONS').length).toBeGreaterThan(0);
  });

  it('refuses a student’s 31st application within an hour with TOO_MANY_REQUESTS, even when each was withdrawn', async () => {
    const { assignments, student } = await assignmentsOpenToAStudent(m, staff, 31);

    const answers: string[] = [];
    for (const a of assignments.slice(1)) {
      const r = await m.gql<{ apply: { id: string } }>(APPLY, { a }, student.token);
      answers.push(codeOf(r));
      if (r.data) await m.ok(WITHDRAW, { id: r.data.apply.id }, student.token);
    }

    expect(answers.slice(0, 29)).toEqual(Array(29).fill('OK'));
    expect(answers[29]).toBe('TOO_MANY_REQUESTS');
  });

  it('refuses an organisation’s postings past 50 an hour, over 101 tries', async () => {
    const company = await registerApprovedCompany(m, staff);
    const answers: string[] = [];
    for (let i = 0; i < 101; i++) answers.push(await publishAssignment(m, company.token).then(() => 'OK', (err: Error) => (/TOO_MANY_REQUESTS/.test(err.message) ? 'TOO_MANY_REQUESTS' : err.message)));

    expect(answers.slice(0, 50)).toEqual(Array(50).fill('OK'));
    expect(answers.slice(50)).toEqual(Array(51).fill('TOO_MANY_REQUESTS'));
  });

  it('refuses the 31st registration from one address within an hour, not one from another address', async () => {
    const busy = clientAt(() => m.url, '203.0.113.9');
    const register = (gql: ReturnType<typeof clientAt>) =>
      gql(REGISTER_STUDENT, {
        i: studentRegistration({ email: `jip-${unique()}@student.nl` }),
      });
    const answers: string[] = [];
    for (let i = 0; i < 31; i++) answers.push(codeOf(await register(busy)));
    const mistakes = await busy(REGISTER_COMPANY, {
      i: { name: 'X', kvkNumber: kvk(), municipalityId: 'atlantis', sector: 'ICT', contactName: 'X', contactEmail: `x-${unique()}@x.nl`, password: 'Zeilboot-Merwede-2026' },
    });

    expect(answers.slice(0, 30)).toEqual(Array(30).fill('OK'));
    expect(answers[30]).toBe('TOO_MANY_REQUESTS');
    expect(codeOf(mistakes)).toBe('BAD_USER_INPUT');
    expect(codeOf(await register(clientAt(() => m.url, '198.51.100.21')))).toBe('OK');
  });

  it('refuses anonymous searches past 300 a minute from one address; signed-in and other addresses search on', async () => {
    const scraper = clientAt(() => m.url, '203.0.113.10');
    const answers: string[] = [];
    for (let i = 0; i < 301; i++) answers.push(codeOf(await scraper(SEARCH)));

    expect(answers.slice(0, 300)).toEqual(Array(300).fill('OK'));
    expect(answers[300]).toBe('TOO_MANY_REQUESTS');
    expect(codeOf(await scraper(SEARCH, {}, staff))).toBe('OK');
    expect(codeOf(await clientAt(() => m.url, '198.51.100.22')(SEARCH))).toBe('OK');
  });

  it('does not let a client name its own address to the subgraphs', async () => {
    // The gateway replaces these headers; without the internal key's proof a subgraph ignores them.
    const spoofer = async () => {
      const response = await fetch(m.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.11', 'x-cb-client-address': `spoof-${unique()}`, 'x-cb-client-proof': 'made-up' },
        body: JSON.stringify({ query: SEARCH }),
      });
      return codeOf((await response.json()) as GraphQLResult);
    };
    const answers: string[] = [];
    for (let i = 0; i < 301; i++) answers.push(await spoofer());
    expect(answers[300]).toBe('TOO_MANY_REQUESTS');
  });
});
