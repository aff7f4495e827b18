import { EventTypes } from '@cb/contracts';
import { STAFF, asCompany, asStudent, createWorld, domainError, type World } from './world';

describe('applying and the application workflow (SQLite store)', () => {
  let w: World;
  let companyId: string;
  let assignmentId: string;
  let studentId: string;
  beforeEach(async () => {
    w = createWorld();
    companyId = await w.company();
    assignmentId = await w.assignment(companyId);
    studentId = await w.student();
  });
  afterEach(() => w.store.close());

  it('takes an application for a published assignment and records who submitted it when', async () => {
    const application = await w.apply(studentId, assignmentId, '  Ik wil graag leren.  ');
    expect(application).toMatchObject({ status: 'SUBMITTED', studentId, companyId, assignmentId, motivation: 'Ik wil graag leren.' });
    expect(application.history).toEqual([{ from: null, to: 'SUBMITTED', by: 'STUDENT', at: '2027-01-15T10:00:00.000Z', note: null }]);
  });

  it('publishes application.submitted with the facts only, never the motivation', async () => {
    const application = await w.apply(studentId, assignmentId, 'Mijn persoonlijke motivatie');
    const [event] = (await w.outbox()).filter((e) => e.type === EventTypes.applicationSubmitted);
    expect(event.data).toEqual({ applicationId: application.id, assignmentId, studentId, companyId, status: 'SUBMITTED', at: application.submittedAt });
    expect(JSON.stringify(await w.outbox())).not.toContain('persoonlijke');
  });

  it('lets only students apply', async () => {
    expect((await domainError(w.applications.apply(asCompany(companyId), { assignmentId, motivation: 'x' }))).code).toBe('FORBIDDEN');
    expect((await domainError(w.applications.apply(undefined, { assignmentId, motivation: 'x' }))).code).toBe('UNAUTHENTICATED');
  });

  it('requires a motivation of at most 5000 characters', async () => {
    expect(await domainError(w.apply(studentId, assignmentId, '   '))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/motivation/) });
    expect((await domainError(w.apply(studentId, assignmentId, 'x'.repeat(5001)))).code).toBe('BAD_USER_INPUT');
    expect((await w.apply(studentId, assignmentId, 'x'.repeat(5000))).status).toBe('SUBMITTED');
  });

  it('does not know assignments it has not heard of, nor drafts', async () => {
    expect((await domainError(w.apply(studentId, 'asg_unknown'))).code).toBe('NOT_FOUND');
    const draft = await w.assignment(companyId, { status: 'DRAFT', publishedAt: null });
    expect((await domainError(w.apply(studentId, draft))).code).toBe('NOT_FOUND');
  });

  it('refuses closed assignments, passed deadlines and study levels the assignment is not for', async () => {
    const closed = await w.assignment(companyId, { status: 'CLOSED' });
    expect(await domainError(w.apply(studentId, closed))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/closed/) });
    const late = await w.assignment(companyId, { applicationDeadline: '2027-01-14' });
    expect(await domainError(w.apply(studentId, late))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/deadline/) });
    const onTheDay = await w.assignment(companyId, { applicationDeadline: '2027-01-15' });
    expect((await w.apply(studentId, onTheDay)).status).toBe('SUBMITTED');
    const adOnly = await w.assignment(companyId, { levels: ['AD'] });
    expect(await domainError(w.apply(studentId, adOnly))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/AD students/) });
  });

  it('uses the Amsterdam date for the deadline: just after midnight in Amsterdam the old day has passed', async () => {
    const due = await w.assignment(companyId, { applicationDeadline: '2027-01-15' });
    w.setNow('2027-01-15T23:30:00Z'); // already 16 January in Amsterdam
    expect((await domainError(w.apply(studentId, due))).code).toBe('CONFLICT');
  });

  it('asks a student whose profile has not arrived yet to try again in a moment', async () => {
    expect(await domainError(w.apply('stu_new', assignmentId))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/being processed/) });
  });

  it('takes one application per student per assignment', async () => {
    await w.apply(studentId, assignmentId);
    expect(await domainError(w.apply(studentId, assignmentId))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already applied/) });
  });

  it('refuses applications once all places are taken', async () => {
    const one = await w.assignment(companyId, { places: 1 });
    const { studentId: s, applicationId } = await w.offered(companyId, one);
    await w.placements.acceptOffer(asStudent(s), applicationId);
    expect(await domainError(w.apply(studentId, one))).toMatchObject({ code: 'CONFLICT', message: 'This assignment is full: all 1 places are taken.' });
  });

  describe('moving applications', () => {
    let applicationId: string;
    beforeEach(async () => {
      applicationId = (await w.apply(studentId, assignmentId)).id;
    });

    it('records every move with who, when and the note, and publishes application.moved with where it came from', async () => {
      await w.applications.move(asCompany(companyId), applicationId, 'IN_REVIEW', null);
      w.setNow('2027-01-16T09:00:00Z');
      const moved = await w.applications.move(asCompany(companyId), applicationId, 'INTERVIEW', 'Gesprek op dinsdag');
      expect(moved.status).toBe('INTERVIEW');
      expect(moved.history.slice(1)).toEqual([
        { from: 'SUBMITTED', to: 'IN_REVIEW', by: 'COMPANY', at: '2027-01-15T10:00:00.000Z', note: null },
        { from: 'IN_REVIEW', to: 'INTERVIEW', by: 'COMPANY', at: '2027-01-16T09:00:00.000Z', note: 'Gesprek op dinsdag' },
      ]);
      const events = (await w.outbox()).filter((e) => e.type === EventTypes.applicationMoved);
      expect(events.map((e) => [e.data.from, e.data.status])).toEqual([['SUBMITTED', 'IN_REVIEW'], ['IN_REVIEW', 'INTERVIEW']]);
      expect(JSON.stringify(events)).not.toContain('dinsdag');
    });

    it('lets only the company of the assignment move it forward', async () => {
      const other = await w.company();
      expect((await domainError(w.applications.move(asCompany(other), applicationId, 'OFFERED', null))).code).toBe('FORBIDDEN');
      expect((await domainError(w.applications.move(asStudent(studentId), applicationId, 'OFFERED', null))).code).toBe('FORBIDDEN');
      expect((await domainError(w.applications.move(STAFF, applicationId, 'OFFERED', null))).code).toBe('FORBIDDEN');
    });

    it('lets the student withdraw, and then nothing moves it any more', async () => {
      await w.applications.move(asStudent(studentId), applicationId, 'WITHDRAWN', null);
      const err = await domainError(w.applications.move(asCompany(companyId), applicationId, 'OFFERED', null));
      expect(err).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/WITHDRAWN cannot move to OFFERED.*nothing: it is final/) });
    });

    it('refuses a move outside the workflow, naming the moves that are allowed', async () => {
      await w.applications.move(asCompany(companyId), applicationId, 'INTERVIEW', null);
      const err = await domainError(w.applications.move(asCompany(companyId), applicationId, 'IN_REVIEW', null));
      expect(err.code).toBe('CONFLICT');
      expect(err.message).toMatch(/OFFERED \(company\), REJECTED \(company\), WITHDRAWN \(student\)/);
    });

    it('points to acceptOffer when a student moves to ACCEPTED', async () => {
      await w.applications.move(asCompany(companyId), applicationId, 'OFFERED', null);
      const err = await domainError(w.applications.move(asStudent(studentId), applicationId, 'ACCEPTED', null));
      expect(err).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/acceptOffer/) });
    });

    it('needs a note to revoke an offer, of at most 2000 characters', async () => {
      await w.applications.move(asCompany(companyId), applicationId, 'OFFERED', null);
      expect((await domainError(w.applications.move(asCompany(companyId), applicationId, 'REJECTED', '  '))).code).toBe('BAD_USER_INPUT');
      expect((await domainError(w.applications.move(asCompany(companyId), applicationId, 'REJECTED', 'x'.repeat(2001)))).code).toBe('BAD_USER_INPUT');
      const revoked = await w.applications.move(asCompany(companyId), applicationId, 'REJECTED', 'Het project gaat niet door.');
      expect(revoked.history.at(-1)).toMatchObject({ from: 'OFFERED', to: 'REJECTED', by: 'COMPANY', note: 'Het project gaat niet door.' });
    });

    it('refuses a status that does not exist', async () => {
      expect((await domainError(w.applications.move(asCompany(companyId), applicationId, 'HIRED', null))).code).toBe('BAD_USER_INPUT');
    });
  });

  describe('who sees an application', () => {
    let applicationId: string;
    beforeEach(async () => {
      applicationId = (await w.apply(studentId, assignmentId)).id;
    });

    it('shows it to the applicant, the company of the assignment and staff', async () => {
      for (const viewer of [asStudent(studentId), asCompany(companyId), STAFF]) {
        expect((await w.applications.find(viewer, applicationId))?.id).toBe(applicationId);
      }
      expect(await w.applications.ofStudent(asStudent(studentId), studentId)).toHaveLength(1);
      expect(await w.applications.ofAssignment(asCompany(companyId), assignmentId)).toHaveLength(1);
      expect(await w.applications.ofAssignment(STAFF, assignmentId)).toHaveLength(1);
    });

    it('hides it from other students and other companies', async () => {
      const otherStudent = await w.student();
      const otherCompany = await w.company();
      expect((await domainError(w.applications.find(asStudent(otherStudent), applicationId))).code).toBe('FORBIDDEN');
      expect((await domainError(w.applications.find(asCompany(otherCompany), applicationId))).code).toBe('FORBIDDEN');
      expect((await domainError(w.applications.find(undefined, applicationId))).code).toBe('UNAUTHENTICATED');
      expect((await domainError(w.applications.ofStudent(asStudent(otherStudent), studentId))).code).toBe('FORBIDDEN');
      expect((await domainError(w.applications.ofStudent(asCompany(companyId), studentId))).code).toBe('FORBIDDEN');
      expect((await domainError(w.applications.ofAssignment(asCompany(otherCompany), assignmentId))).code).toBe('FORBIDDEN');
      expect((await domainError(w.applications.ofAssignment(asStudent(studentId), assignmentId))).code).toBe('FORBIDDEN');
    });

    it('answers null for an application that does not exist', async () => {
      expect(await w.applications.find(STAFF, 'app_nope')).toBeNull();
    });
  });
});
