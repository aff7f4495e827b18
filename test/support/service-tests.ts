import type { CompanyFacts } from '@cb/contracts';
import { DomainError, SqliteStore, type Passwords, type Store, type Viewer } from '@cb/kit';

/** The services' component tests share these; each service's test folder imports them from here. */

/** The DomainError a promise rejects with (fails the test if it resolves or throws something else). */
export async function domainError(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a DomainError, but it succeeded');
}

/**
 * An in-memory SQLite store of its own for each test of the describe block that calls this, closed
 * after the test: `store()` is the current test's.
 */
export function memoryStorePerTest(): () => SqliteStore {
  let current: SqliteStore | undefined;
  beforeEach(() => {
    current = new SqliteStore(':memory:');
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('the store of a test is used outside a test');
    return current;
  };
}

/** Passed as `verify` to a register use case: the account waits for its verification, the mail goes nowhere. */
export const verificationMailToNowhere = async () => undefined;

/** Hashing is not under test in the use-case suites; argon2 costs a second per account on two cores. */
export const plainPasswords: Passwords = { hash: async (p) => `plain:${p}`, matches: async (hash, p) => hash === `plain:${p}` };

export const STAFF: Viewer = { accountId: 'stf_1', role: 'STAFF' };
export const asStudent = (id: string): Viewer => ({ accountId: id, role: 'STUDENT', studentId: id });
export const asCompany = (id: string): Viewer => ({ accountId: id, role: 'COMPANY', companyId: id });

/** The six kinds of asker a policy table is read for: nobody, the owning student or organisation, another one, staff. */
export const policyViewers = (own: { studentId: string; companyId: string }, otherStudentId = 'stu_other'): Record<string, Viewer | undefined> => ({
  anonymous: undefined,
  'the student': asStudent(own.studentId),
  'another student': asStudent(otherStudentId),
  'the organisation': asCompany(own.companyId),
  'another organisation': asCompany('com_other'),
  staff: STAFF,
});

/** The code of the DomainError a promise rejects with, or what else it did instead. */
export const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (err: unknown) => (err instanceof DomainError ? err.code : String(err)),
  );

/** An approved ICT organisation in Dordrecht, as the companies service announces it. */
export const companyFacts = (companyId: string, over: Partial<CompanyFacts> = {}): CompanyFacts => ({
  companyId,
  name: 'Rivierdelta Software',
  municipality: 'dordrecht',
  sector: 'ICT',
  impactLabel: false,
  mboAkkoord: false,
  approved: true,
  ...over,
});

/** An event as a test reads it back from the outbox: the whole CloudEvent, its data loosely typed. */
interface WrittenEvent {
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

/**
 * The events waiting in a store's outbox, oldest first, as the relay would publish them. With
 * `relay: true` they are marked relayed, so that the next call returns only those written after it.
 */
export async function outboxEvents(store: Store, { relay = false } = {}): Promise<WrittenEvent[]> {
  const entries = await store.pendingOutbox(1000);
  if (relay) await store.markRelayed(entries);
  return entries.map((e) => JSON.parse(e.event) as WrittenEvent);
}
