import { STAFF, eventually, startTestMarketplace, type MarketplaceApi, type TestMarketplace } from './harness';
import { applyWhenReady, publishAssignment, registerApprovedCompany, registerStudent } from './fixtures';

/**
 * What a describe block shares (a marketplace, a cluster): started before its first test, stopped
 * after its last. The answer stands in for it (a forwarding proxy) so that tests keep writing
 * `m.ok(…)`, although the thing itself only exists once `beforeAll` has run.
 */
export function sharedBySuite<T extends object>(start: () => Promise<T>, stop: (it: T) => Promise<void>, startTimeoutMs?: number): T {
  let current: T | undefined;
  beforeAll(async () => {
    current = await start();
  }, startTimeoutMs);
  afterAll(async () => {
    if (current) await stop(current);
  });
  return new Proxy({} as T, {
    get(_, key) {
      if (!current) throw new Error('the suite’s shared marketplace or cluster is used before beforeAll started it');
      return Reflect.get(current, key);
    },
  });
}

/** The marketplace a describe block shares (embedded, or a cluster with CB_TEST_PROFILE=distributed). */
export const marketplaceForSuite = (extraEnv: Record<string, string> = {}): TestMarketplace =>
  sharedBySuite(() => startTestMarketplace(undefined, extraEnv), (m) => m.stop());

interface WorldChoices {
  /** Overrides of the published assignment (see publishAssignment). */
  assignment?: Record<string, unknown>;
  /** Overrides of the registered student (see registerStudent). */
  student?: Record<string, unknown>;
}

/** Staff signed in, an approved organisation with one published assignment, and a student. */
export async function worldWithCompany(m: MarketplaceApi, choices: WorldChoices = {}) {
  const staff = await m.signIn(STAFF.email, STAFF.password);
  const company = await registerApprovedCompany(m, staff);
  const assignmentId = await publishAssignment(m, company.token, choices.assignment);
  const student = await registerStudent(m, choices.student);
  return { staff, company, assignmentId, student };
}

/** worldWithCompany, and the student has applied to the assignment. */
export async function worldWithApplication(m: MarketplaceApi, choices: WorldChoices = {}) {
  const world = await worldWithCompany(m, choices);
  return { ...world, applicationId: await applyWhenReady(m, world.student.token, world.assignmentId) };
}

/**
 * A new organisation's `count` published assignments and a new student, once the placements
 * service lets the student apply to the first of them. That application is withdrawn at once: it
 * counts towards the student's applications per hour, not towards the open ones.
 */
export async function assignmentsOpenToAStudent(m: MarketplaceApi, staffToken: string, count: number, timeoutMs?: number) {
  const company = await registerApprovedCompany(m, staffToken);
  const assignments: string[] = [];
  for (let i = 0; i < count; i++) assignments.push(await publishAssignment(m, company.token));
  const student = await registerStudent(m);
  await eventually(
    async () => {
      const r = await m.gql<{ apply: { id: string } }>('mutation($a: ID!) { apply(assignmentId: $a, motivation: "Ik wil graag meedoen.") { id } }', { a: assignments[0] }, student.token);
      return r.data && (await m.ok('mutation($id: ID!) { moveApplication(id: $id, status: WITHDRAWN) { status } }', { id: r.data.apply.id }, student.token));
    },
    'placements to know the assignments',
    timeoutMs,
  );
  return { company, assignments, student };
}
