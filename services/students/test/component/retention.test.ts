import { EventTypes } from '@cb/contracts';
import { EmailClaims } from '@cb/kit';
import { UnverifiedStudentRemoval } from '../../src/app/retention';
import { StudentUseCases } from '../../src/app/students';
import { studentRegistration } from '../../../../test/support/registrations';
import { memoryStorePerTest, outboxEvents, plainPasswords, verificationMailToNowhere } from '../../../../test/support/service-tests';


describe('retention: student accounts not verified within 30 days (Europe/Amsterdam)', () => {
  const store = memoryStorePerTest();
  let students: StudentUseCases;
  let now: Date;
  let removal: UnverifiedStudentRemoval;
  // 10:00 in Amsterdam on 1 March 2027; summer time begins on 28 March, so 30 days later is 08:00 UTC.
  const registeredAt = new Date('2027-03-01T09:00:00Z');
  beforeEach(() => {
    students = new StudentUseCases(store(), new EmailClaims(store(), 'test-internal-key'), plainPasswords);
    removal = new UnverifiedStudentRemoval(students, () => now);
  });

  const erasedIds = async () =>
    (await outboxEvents(store())).filter((e) => e.type === EventTypes.studentErased).map((e) => e.data.studentId);

  it('keeps an unverified account at 29 days 23:59 and erases it at 30 days, with student.erased; verified and older accounts stay', async () => {
    const unverified = await students.register(studentRegistration({ email: 'laat@student.nl' }), registeredAt, undefined, verificationMailToNowhere);
    const verified = await students.register(studentRegistration({ email: 'op-tijd@student.nl' }), registeredAt, undefined, verificationMailToNowhere);
    await students.accounts().setVerifiedEmail(verified.id, verified.email, new Date('2027-03-20T12:00:00Z'));
    // Registered before verification existed: no emailVerifiedAt at all, which counts as verified.
    const older = await students.register(studentRegistration({ email: 'ouder@student.nl' }), registeredAt);
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
    await expect(students.register(studentRegistration({ email: 'laat@student.nl' }), now)).resolves.toMatchObject({ email: 'laat@student.nl' });
    expect(await removal.run()).toBe(0);
  });
});
