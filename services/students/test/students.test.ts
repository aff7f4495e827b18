import { EmailClaims, type Viewer } from '@cb/kit';
import { studentRegistration as registration } from '../../../test/support/registrations';
import { memoryStorePerTest, outboxEvents, plainPasswords } from '../../../test/support/service-tests';
import { StudentUseCases } from '../src/app/students';
import { checkStudyPath } from '../src/domain/student';

describe('study path', () => {
  it('refuses a programme of another institution, and a level the programme does not offer', () => {
    expect(() => checkStudyPath({ institutionId: 'hogeschool-rotterdam', programmeId: 'nope', level: 'BACHELOR' })).toThrow(/not a programme/);
    expect(() => checkStudyPath({ institutionId: 'hogeschool-rotterdam', programmeId: 'hr-hbo-ict', level: 'AD' })).toThrow(/not offered at level AD/);
    expect(() => checkStudyPath({ institutionId: 'atlantis', programmeId: 'hr-hbo-ict', level: 'BACHELOR' })).toThrow(/not a known institution/);
  });
});

describe('student use cases on a real SQLite store', () => {
  const store = memoryStorePerTest();
  let students: StudentUseCases;
  beforeEach(() => {
    students = new StudentUseCases(store(), new EmailClaims(store(), 'test-internal-key'), plainPasswords);
  });

  it('registers a student with a registered event that carries no name or e-mail', async () => {
    const s = await students.register(registration());
    const [entry] = await store().pendingOutbox(10);
    expect(JSON.parse(entry.event)).toMatchObject({ type: 'nl.careerboost.student.registered.v1', subject: s.id });
    expect(entry.event).not.toMatch(/Noor|noor@student/);
  });

  it('refuses a second account with the same e-mail address, in any case and with spaces', async () => {
    await students.register(registration());
    await expect(students.register(registration({ email: '  NOOR@student.nl ' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'EMAIL_IN_USE', details: { field: 'input.email' },
    });
  });

  it('frees the address when the student is erased, so it can register again', async () => {
    const s = await students.register(registration());
    await students.erase({ accountId: s.id, role: 'STUDENT', studentId: s.id }, s.id);
    await expect(students.register(registration())).resolves.toMatchObject({ email: 'noor@student.nl' });
  });

  it('refuses a weak password on input.password with PASSWORD_TOO_WEAK', async () => {
    await expect(students.register(registration({ password: 'password12' }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PASSWORD_TOO_WEAK', details: { field: 'input.password' },
    });
  });

  it('lets only the student change their profile, and validates every field', async () => {
    const s = await students.register(registration());
    const self: Viewer = { accountId: s.id, role: 'STUDENT', studentId: s.id };
    await expect(students.updateProfile({ accountId: 'x', role: 'STAFF' }, s.id, { studyYear: 4 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(students.updateProfile(self, s.id, { skills: [{ skillId: 'juggling-chainsaws', level: 2 }] })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect((await students.updateProfile(self, s.id, { studyYear: 4 })).studyYear).toBe(4);
  });

  it('erases the record and publishes student.erased; sign-in then fails', async () => {
    const s = await students.register(registration());
    await students.erase({ accountId: s.id, role: 'STUDENT', studentId: s.id }, s.id);
    expect(await students.students.get(s.id)).toBeUndefined();
    const types = (await outboxEvents(store())).map((e) => e.type);
    expect(types).toContain('nl.careerboost.student.erased.v1');
    expect(await students.verifyCredentials('noor@student.nl', 'Zeilboot-Merwede-2026')).toBeNull();
  });
});
