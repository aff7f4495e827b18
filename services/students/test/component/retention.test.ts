import { EventTypes } from '@cb/contracts';
import { EmailClaims, SqliteStore } from '@cb/kit';
import { UnverifiedStudentRemoval } from '../../src/app/retention';
import { StudentUseCases } from '../../src/app/students';

const fastPasswords = { hash: async (p: string) => `plain:${p}`, matches: async (s: string, p: string) => s === `plain:${p}` };
const registration = (email: string) => ({
  name: 'Noor Bakker',
  email,
  password: 'Zeilboot-Merwede-2026',
  institutionId: 'hogeschool-rotterdam',
  programmeId: 'hr-hbo-ict',
  level: 'BACHELOR',
  studyYear: 3,
});
const mailsVerification = async () => undefined;

describe('retention: student accounts not verified within 30 days (Europe/Amsterdam)', () => {
  let store: SqliteStore;
  let students: StudentUseCases;
  let now: Date;
  let removal: UnverifiedStudentRemoval;
  // 10:00 in Amsterdam on 1 March 2027; summer time begins on 28 March, so 30 days later is 08:00 UTC.
  const registeredAt = new Date('2027-03-01T09:00:00Z');
  beforeEach(() => {
    store = new SqliteStore(':memory:');
    students = new StudentUseCases(store, new EmailClaims(store, 'test-internal-key'), fastPasswords);
    removal = new UnverifiedStudentRemoval(students, () => now);
  });
  afterEach(() => store.close());

  const erasedIds = async () =>
    (await store.pendingOutbox(100)).map((e) => JSON.parse(e.event)).filter((e) => e.type === EventTypes.studentErased).map((e) => e.data.studentId);

  it('keeps an unverified account at 29 days 23:59 and erases it at 30 days, with student.erased; verified and older accounts stay', async () => {
    const unverified = await students.register(registration('laat@student.nl'), registeredAt, undefined, mailsVerification);
    const verified = await students.register(registration('op-tijd@student.nl'), registeredAt, undefined, mailsVerification);
    await students.accounts().setVerifiedEmail(verified.id, verified.email, new Date('2027-03-20T12:00:00Z'));
    // Registered before verification existed: no emailVerifiedAt at all, which counts as verified.
    const older = await students.register(registration('ouder@student.nl'), registeredAt);
    const { emailVerifiedAt: _dropped, ...withoutField } = (await students.students.get(older.id))!;
    await students.students.update(withoutField);

    now = new Date('2027-03-31T07:59:00Z');
    expect(await removal.run()).toBe(0);
    expect(await students.students.get(unverified.id)).toBeDefined();

    now = new Date('2027-03-31T08:00:00Z');
    expect(await removal.run()).toBe(1);
    expect(await students.students.get(unverified.id)).toBeUndefined();
    expect(await erasedIds()).toEqual([unverified.id]);
    expect((await students.students.find({})).map((s) => s.id).sort()).toEqual([verified.id, older.id].sort());
    // Erased as by the student: the address is free again.
    await expect(students.register(registration('laat@student.nl'), now)).resolves.toMatchObject({ email: 'laat@student.nl' });
    expect(await removal.run()).toBe(0);
  });
});
