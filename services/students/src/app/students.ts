import { randomUUID } from 'node:crypto';
import { Reasons, EventTypes, normaliseEmail } from '@cb/contracts';
import {
  checkAgainstDecoy,
  claimExistingAccounts,
  type EmailClaims,
  type TokenRevocations,
  argon2Passwords,
  forbidden,
  newEvent,
  notFound,
  parseInput,
  type Passwords,
  type Collection,
  type Store,
  unauthenticated,
  type Viewer,
  type AccountDirectory,
  type OwnedAccount,
  type OutgoingEvent,
  isVerified,
  type RegistrationSteps,
  registerAccount,
} from '@cb/kit';
import {
  STUDENTS,
  checkStudyPath,
  registerStudentInput,
  studentFacts,
  studentProfileInput,
  toPreferences,
  type Student,
} from '../domain/student';
import { mayEditProfile, mayErase, mayListStudents, maySeeStudent } from '../domain/policy';
import { APPLICANT_LINKS, applicantLinkId, type ApplicantLink } from '../domain/visibility';

const SOURCE = '/services/students';

/** The students service's use cases: they take ports and plain input and know nothing of HTTP or Kafka. */
export class StudentUseCases {
  readonly students: Collection<Student>;
  readonly links: Collection<ApplicantLink>;

  constructor(
    store: Store,
    /** One address, one account across the marketplace (kit/identity/email-claims.ts). */
    private readonly claims: EmailClaims,
    private readonly passwords: Passwords = argon2Passwords,
    /** The erasing service refuses the student's tokens at once; the others learn from the event. */
    private readonly revocations?: TokenRevocations,
  ) {
    this.students = store.collection<Student>(STUDENTS);
    this.links = store.collection<ApplicantLink>(APPLICANT_LINKS);
  }

  /** A student account, registered in the kit's one order (registerAccount); `steps` as RegistrationSteps says. */
  async register(rawInput: unknown, ...steps: RegistrationSteps<Student>): Promise<Student> {
    const input = parseInput(registerStudentInput, rawInput);
    const registrar = { claims: this.claims, passwords: this.passwords, owner: 'students' as const, accounts: this.students };
    return registerAccount(registrar, steps, (now, emailVerifiedAt) => {
      const profile = {
        id: `stu_${randomUUID()}`,
        name: input.name,
        email: input.email,
        institutionId: input.institutionId,
        programmeId: input.programmeId,
        level: input.level,
        studyYear: input.studyYear,
        skills: input.skills,
        preferences: toPreferences(input.preferences),
        discoverable: input.discoverable,
        preferredLanguage: input.preferredLanguage,
        registeredAt: now.toISOString(),
        emailVerifiedAt,
      };
      checkStudyPath(profile);
      const registered = (s: Student) => newEvent(SOURCE, EventTypes.studentRegistered, s.id, studentFacts(s));
      return { record: profile, email: profile.email, emailField: 'input.email', password: input.password, registered };
    });
  }

  /** The migration at start: existing students claim their addresses; conflicts are reported. */
  async claimExistingAddresses(): Promise<number> {
    const all = await this.students.find({});
    return claimExistingAccounts(this.claims, 'students', all.map((s) => ({ accountId: s.id, email: s.email })));
  }

  async updateProfile(viewer: Viewer | undefined, id: string, rawInput: unknown): Promise<Student> {
    const current = await this.get(viewer, id);
    if (!mayEditProfile(viewer, id)) throw forbidden(Reasons.NOT_YOURS, 'Only the student may change their own profile.');
    const input = parseInput(studentProfileInput, rawInput);
    const next: Student = {
      ...current,
      name: input.name ?? current.name,
      institutionId: input.institutionId ?? current.institutionId,
      programmeId: input.programmeId ?? current.programmeId,
      level: input.level ?? current.level,
      studyYear: input.studyYear ?? current.studyYear,
      skills: input.skills ?? current.skills,
      preferences: input.preferences ? toPreferences(input.preferences) : current.preferences,
      discoverable: input.discoverable ?? current.discoverable,
      preferredLanguage: input.preferredLanguage ?? current.preferredLanguage,
    };
    checkStudyPath(next);
    return this.students.update(next, {
      events: [newEvent(SOURCE, EventTypes.studentProfileUpdated, next.id, studentFacts(next))],
    });
  }

  /**
   * Erasure (AVG/GDPR): the record goes, and `student.erased` tells every other service to drop what
   * it holds for this id. Events never carried the name or e-mail, so a replay cannot bring them back.
   */
  async erase(viewer: Viewer | undefined, id: string, now = new Date()): Promise<{ studentId: string; erasedAt: string }> {
    if (!mayErase(viewer, id)) {
      if (!viewer) await this.get(viewer, id); // raises UNAUTHENTICATED
      throw forbidden(Reasons.NOT_YOURS, 'Only the student themself or staff may erase a student.');
    }
    if (!(await this.remove(id, now))) throw notFound('student', id);
    return { studentId: id, erasedAt: now.toISOString() };
  }

  /**
   * The erasure itself, for the student's own request and for the retention rule alike; false when
   * there was no such student.
   */
  async remove(id: string, now: Date): Promise<boolean> {
    const student = await this.students.get(id);
    const existed = await this.students.delete(id, { events: [newEvent(SOURCE, EventTypes.studentErased, id, { studentId: id })] });
    if (!existed || !student) return false;
    await this.revocations?.revokeTokensOf(id, now);
    await this.claims.release(student.email, id);
    for (const link of await this.links.find({ studentId: id })) await this.links.delete(link.id);
    return true;
  }

  /** The student, if the viewer may see them; otherwise NOT_FOUND or FORBIDDEN, never the data. */
  async get(viewer: Viewer | undefined, id: string): Promise<Student> {
    const student = await this.find(viewer, id);
    if (!student) throw notFound('student', id);
    return student;
  }

  /** Like get, but an unknown or hidden student is `null` (for queries and entity references). */
  async find(viewer: Viewer | undefined, id: string): Promise<Student | null> {
    if (!viewer) throw unauthenticated('Sign in to see student profiles.');
    const student = await this.students.get(id);
    if (!student) return null;
    const applied = viewer.companyId ? (await this.links.get(applicantLinkId(id, viewer.companyId))) !== undefined : false;
    if (!maySeeStudent(viewer, student, applied)) throw forbidden(Reasons.NOT_YOURS, 'You may not see this student.');
    return student;
  }

  async list(viewer: Viewer | undefined, page: number, pageSize: number): Promise<Student[]> {
    if (!mayListStudents(viewer)) throw forbidden(Reasons.STAFF_ONLY, 'Only staff may list students.');
    const size = Math.min(Math.max(pageSize, 1), 200);
    const all = await this.students.find({}, { sort: { field: 'registeredAt', direction: 'asc' }, limit: size * Math.max(page, 1) });
    return all.slice(size * (Math.max(page, 1) - 1));
  }

  /**
   * Used only by the gateway's sign-in. Unknown addresses cost as much time as wrong passwords, and
   * only the account that holds the address's claim can sign in with it.
   */
  async verifyCredentials(email: string, password: string): Promise<Student | null> {
    const [student] = await this.students.find({ email: normaliseEmail(email) }, { limit: 1 });
    if (!student) {
      await checkAgainstDecoy(password);
      return null;
    }
    const matches = await this.passwords.matches(student.passwordHash, password);
    return matches && (await this.claims.holderOf(email)) === student.id ? student : null;
  }

  /** The students' accounts, for the kit's password and address flows. */
  accounts(): AccountDirectory {
    const own = (s: Student | undefined): OwnedAccount | undefined =>
      s && { id: s.id, email: s.email, passwordHash: s.passwordHash, emailVerified: isVerified(s) };
    const change = async (id: string, edit: (s: Student) => Student, events: (s: Student) => OutgoingEvent[]) => {
      const current = await this.students.get(id);
      if (!current) return;
      const next = edit(current);
      await this.students.update(next, { events: events(next) });
    };
    return {
      find: async (id) => own(await this.students.get(id)),
      findByEmail: async (email) => own((await this.students.find({ email }, { limit: 1 }))[0]),
      setPassword: (id, passwordHash, events) => change(id, (s) => ({ ...s, passwordHash }), () => events),
      setVerifiedEmail: (id, email, at) =>
        change(
          id,
          (s) => ({ ...s, email, emailVerifiedAt: at.toISOString() }),
          (s) => [newEvent(SOURCE, EventTypes.studentProfileUpdated, s.id, studentFacts(s))],
        ),
    };
  }

  async rememberApplicant(studentId: string, companyId: string): Promise<void> {
    // Erased students' later events must not bring a link back.
    if (!(await this.students.get(studentId))) return;
    await this.links.put({ id: applicantLinkId(studentId, companyId), studentId, companyId });
  }
}
