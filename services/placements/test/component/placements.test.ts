import { targetFor } from '../../src/progress/domain/targets';
import { EventTypes } from '@cb/contracts';
import { DomainError, type Collection } from '@cb/kit';
import type { Application } from '../../src/domain/application';
import { PlacementUseCases } from '../../src/app/placements';
import { STAFF, asCompany, asStudent, domainError, worldWithCompany, type World } from './world';

describe('accepting offers and placements (SQLite store)', () => {
  let w: World;
  let companyId: string;
  beforeEach(async () => ({ w, companyId } = await worldWithCompany()));
  afterEach(() => w.store.close());

  describe('capacity', () => {
    it('never confirms more placements than places, even under 20 concurrent accepts', async () => {
      const assignmentId = await w.assignment(companyId, { places: 2 });
      const offers = [];
      for (let i = 0; i < 20; i++) offers.push(await w.offered(companyId, assignmentId));

      const results = await Promise.allSettled(offers.map((o) => w.placements.acceptOffer(asStudent(o.studentId), o.applicationId)));

      const accepted = results.filter((r) => r.status === 'fulfilled');
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      expect(accepted).toHaveLength(2);
      expect(refused).toHaveLength(18);
      for (const err of refused) {
        expect(err).toBeInstanceOf(DomainError);
        expect(err).toMatchObject({ code: 'CONFLICT', message: 'This assignment is full: all 2 places are taken.' });
      }
      expect(await w.data.placements.count({ assignmentId })).toBe(2);
      expect((await w.data.placements.find({ assignmentId })).map((p) => p.seatNo).sort()).toEqual([1, 2]);
      expect(await w.placements.capacity(assignmentId)).toEqual({ placesLeft: 0, filled: true });
    });

    it('frees the seat of a cancelled placement for the next student', async () => {
      const assignmentId = await w.assignment(companyId, { places: 1 });
      const first = await w.offered(companyId, assignmentId);
      const second = await w.offered(companyId, assignmentId);
      const placement = await w.placements.acceptOffer(asStudent(first.studentId), first.applicationId);
      expect((await domainError(w.placements.acceptOffer(asStudent(second.studentId), second.applicationId))).code).toBe('CONFLICT');

      const cancelled = await w.placements.cancel(asCompany(companyId), placement.id, 'De student is ziek geworden.');
      expect(cancelled).toMatchObject({ status: 'CANCELLED', seatNo: `released:${placement.id}`, cancelledAfterStart: false });
      expect(await w.placements.capacity(assignmentId)).toEqual({ placesLeft: 1, filled: false });

      const next = await w.placements.acceptOffer(asStudent(second.studentId), second.applicationId);
      expect(next.seatNo).toBe(1);
      expect(await w.placements.capacity(assignmentId)).toEqual({ placesLeft: 0, filled: true });
    });

    it('never exceeds lowered places, even when a high seat number is still held', async () => {
      const facts = w.assignmentFacts(companyId, { places: 3 });
      await w.deliver(EventTypes.assignmentPublished, facts.assignmentId, facts);
      const offers = [];
      for (let i = 0; i < 4; i++) offers.push(await w.offered(companyId, facts.assignmentId));
      const held = [];
      for (const o of offers.slice(0, 3)) held.push(await w.placements.acceptOffer(asStudent(o.studentId), o.applicationId));
      await w.placements.cancel(STAFF, held.find((p) => p.seatNo === 2)!.id, 'Stopt met de studie.');
      // Seats 1 and 3 are held; the company lowers the places to 2 (two are taken, so it may).
      await w.deliver(EventTypes.assignmentChanged, facts.assignmentId, { ...facts, places: 2 });

      const err = await domainError(w.placements.acceptOffer(asStudent(offers[3].studentId), offers[3].applicationId));
      expect(err).toMatchObject({ code: 'CONFLICT', message: 'This assignment is full: all 2 places are taken.' });
      expect(await w.data.placements.count({ assignmentId: facts.assignmentId, status: { in: ['CONFIRMED'] } })).toBe(2);
    });
  });

  describe('acceptOffer', () => {
    let assignmentId: string;
    beforeEach(async () => {
      assignmentId = await w.assignment(companyId);
    });

    it('confirms a placement, marks the application ACCEPTED and publishes both facts', async () => {
      const { studentId, applicationId } = await w.offered(companyId, assignmentId);
      const placement = await w.placements.acceptOffer(asStudent(studentId), applicationId);
      expect(placement).toMatchObject({ status: 'CONFIRMED', studentId, companyId, assignmentId, applicationId, startDate: null });
      const application = await w.applications.find(asStudent(studentId), applicationId);
      expect(application!.history.map((h) => [h.to, h.by])).toEqual([['SUBMITTED', 'STUDENT'], ['OFFERED', 'COMPANY'], ['ACCEPTED', 'STUDENT']]);
      const types = (await w.outbox()).map((e) => e.type);
      expect(types).toContain(EventTypes.placementConfirmed);
      expect(types.filter((t) => t === EventTypes.applicationMoved)).toHaveLength(2);
    });

    it('is for the applicant only, and only for an offer', async () => {
      const { studentId, applicationId } = await w.offered(companyId, assignmentId);
      const other = await w.student();
      expect((await domainError(w.placements.acceptOffer(asStudent(other), applicationId))).code).toBe('FORBIDDEN');
      expect((await domainError(w.placements.acceptOffer(asCompany(companyId), applicationId))).code).toBe('FORBIDDEN');
      expect((await domainError(w.placements.acceptOffer(asStudent(studentId), 'app_nope'))).code).toBe('NOT_FOUND');
      const notOffered = await w.apply(other, assignmentId);
      expect(await domainError(w.placements.acceptOffer(asStudent(other), notOffered.id))).toMatchObject({
        code: 'CONFLICT',
        message: expect.stringMatching(/SUBMITTED cannot move to ACCEPTED/),
      });
    });

    it('is idempotent: accepting twice returns the same placement and takes one place', async () => {
      const { studentId, applicationId } = await w.offered(companyId, assignmentId);
      const [a, b] = await Promise.all([
        w.placements.acceptOffer(asStudent(studentId), applicationId),
        w.placements.acceptOffer(asStudent(studentId), applicationId),
      ]);
      expect(b.id).toBe(a.id);
      expect(await w.placements.acceptOffer(asStudent(studentId), applicationId)).toMatchObject({ id: a.id });
      expect(await w.data.placements.count({ assignmentId })).toBe(1);
    });

    it('finishes the job on a retry after a crash between taking the seat and updating the application', async () => {
      const { studentId, applicationId } = await w.offered(companyId, assignmentId);
      const elsewhere = await w.assignment(companyId, { periodStart: '2027-03-01', periodEnd: '2027-04-01' });
      const openElsewhere = await w.apply(studentId, elsewhere);
      const crashing: Collection<Application> = Object.assign(Object.create(w.data.applications), {
        update: () => Promise.reject(new Error('process killed')),
      });
      const beforeCrash = new PlacementUseCases({ ...w.data, applications: crashing });
      await expect(beforeCrash.acceptOffer(asStudent(studentId), applicationId)).rejects.toThrow('process killed');
      const [orphan] = await w.data.placements.find({ applicationId });
      expect((await w.data.applications.get(applicationId))!.status).toBe('OFFERED');

      const placement = await w.placements.acceptOffer(asStudent(studentId), applicationId);
      expect(placement.id).toBe(orphan.id);
      expect((await w.data.applications.get(applicationId))!.status).toBe('ACCEPTED');
      expect((await w.data.applications.get(openElsewhere.id))!.status).toBe('WITHDRAWN');
      expect(await w.data.placements.count({ assignmentId })).toBe(1);
    });

    it("withdraws the student's other open applications whose period overlaps, saying why", async () => {
      const { studentId, applicationId } = await w.offered(companyId, assignmentId); // Feb–Jul 2027
      const overlapping = await w.apply(studentId, await w.assignment(companyId, { periodStart: '2027-07-01', periodEnd: '2027-12-01' }));
      const later = await w.apply(studentId, await w.assignment(companyId, { periodStart: '2027-07-02', periodEnd: '2027-12-01' }));
      const rejected = await w.apply(studentId, await w.assignment(companyId, { periodStart: '2027-03-01', periodEnd: '2027-04-01' }));
      await w.applications.move(asCompany(companyId), rejected.id, 'REJECTED', null);

      await w.placements.acceptOffer(asStudent(studentId), applicationId);

      const overlapped = await w.data.applications.get(overlapping.id);
      expect(overlapped!.status).toBe('WITHDRAWN');
      expect(overlapped!.history.at(-1)).toMatchObject({ from: 'SUBMITTED', to: 'WITHDRAWN', by: 'SYSTEM', note: null, reason: 'OVERLAPPING_PLACEMENT_ACCEPTED' });
      expect((await w.data.applications.get(later.id))!.status).toBe('SUBMITTED');
      expect((await w.data.applications.get(rejected.id))!.status).toBe('REJECTED');
    });

    it('snapshots study level and year at confirmation: a later profile change does not alter it', async () => {
      const { studentId, applicationId } = await w.offered(companyId, assignmentId, { studyYear: 3 });
      const placement = await w.placements.acceptOffer(asStudent(studentId), applicationId);
      await w.deliver(EventTypes.studentProfileUpdated, studentId, w.studentFacts(studentId, { studyYear: 4, programmeId: 'other' }));
      expect((await w.data.placements.get(placement.id))!.snapshot).toEqual({
        level: 'BACHELOR',
        studyYear: 3,
        institutionId: 'hogeschool-rotterdam',
        programmeId: 'hr-hbo-ict',
        municipality: 'dordrecht',
        workplace: 'ON_SITE',
        sector: 'ICT',
        type: 'GRADUATION',
      });
    });

    it("places a fully remote assignment at the organisation's registered municipality", async () => {
      const papendrecht = await w.company({ municipality: 'papendrecht' });
      const remote = await w.assignment(papendrecht, { remote: true, municipality: 'amsterdam' });
      const { studentId, applicationId } = await w.offered(papendrecht, remote);
      const placement = await w.placements.acceptOffer(asStudent(studentId), applicationId);
      expect(placement.snapshot.municipality).toBe('papendrecht');
    });
  });

  describe('the placement lifecycle', () => {
    let placementId: string;
    let studentId: string;
    beforeEach(async () => {
      const assignmentId = await w.assignment(companyId);
      const offer = await w.offered(companyId, assignmentId);
      studentId = offer.studentId;
      placementId = (await w.placements.acceptOffer(asStudent(studentId), offer.applicationId)).id;
    });

    it('starts with a start date by the company or staff, then completes', async () => {
      expect((await domainError(w.placements.start(asStudent(studentId), placementId, '2027-02-01'))).code).toBe('FORBIDDEN');
      expect((await domainError(w.placements.start(asCompany(companyId), placementId, '1 Feb'))).code).toBe('BAD_USER_INPUT');
      const started = await w.startOn(asCompany(companyId), placementId, '2027-02-01');
      expect(started).toMatchObject({ status: 'ACTIVE', startDate: '2027-02-01' });
      expect((await domainError(w.placements.complete(STAFF, placementId, '2027-01-31'))).code).toBe('BAD_USER_INPUT');
      w.setNow('2027-06-30T22:30:00Z'); // 1 July in Amsterdam
      const completed = await w.placements.complete(STAFF, placementId, null);
      expect(completed).toMatchObject({ status: 'COMPLETED', endDate: '2027-07-01' });
      expect((await domainError(w.placements.start(STAFF, placementId, '2027-02-01'))).code).toBe('CONFLICT');
      const changes = (await w.outbox()).filter((e) => e.type === EventTypes.placementChanged).map((e) => e.data.status);
      expect(changes).toEqual(['ACTIVE', 'COMPLETED']);
    });

    it('cannot complete a placement that has not started', async () => {
      expect(await domainError(w.placements.complete(asCompany(companyId), placementId, null))).toMatchObject({
        code: 'CONFLICT',
        message: expect.stringMatching(/CONFIRMED cannot become COMPLETED/),
      });
    });

    it('is cancelled with a reason by the student, the company or staff, and remembers whether it had started', async () => {
      expect((await domainError(w.placements.cancel(asStudent(studentId), placementId, ' '))).code).toBe('BAD_USER_INPUT');
      expect((await domainError(w.placements.cancel(asStudent(studentId), placementId, 'x'.repeat(2001)))).code).toBe('BAD_USER_INPUT');
      const otherCompany = await w.company();
      expect((await domainError(w.placements.cancel(asCompany(otherCompany), placementId, 'weg'))).code).toBe('FORBIDDEN');
      await w.startOn(asCompany(companyId), placementId, '2027-02-01');
      const cancelled = await w.placements.cancel(asStudent(studentId), placementId, 'Verhuisd naar het buitenland.');
      expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledAfterStart: true, cancelReason: 'Verhuisd naar het buitenland.' });
      expect((await domainError(w.placements.cancel(STAFF, placementId, 'nogmaals'))).code).toBe('CONFLICT');
    });

    it('is visible to its student, its company and staff only', async () => {
      for (const viewer of [asStudent(studentId), asCompany(companyId), STAFF]) {
        expect((await w.placements.find(viewer, placementId))?.id).toBe(placementId);
      }
      expect((await domainError(w.placements.find(asStudent(await w.student()), placementId))).code).toBe('FORBIDDEN');
      expect((await domainError(w.placements.find(asCompany(await w.company()), placementId))).code).toBe('FORBIDDEN');
      expect((await domainError(w.placements.ofStudent(asCompany(companyId), studentId))).code).toBe('FORBIDDEN');
      expect(await w.placements.ofStudent(asStudent(studentId), studentId)).toHaveLength(1);
    });
  });

  describe('progress toward the goal', () => {
    it('is for staff only, and counts the placements that started in the year', async () => {
      const assignmentId = await w.assignment(companyId, { places: 5 });
      const started = await w.offered(companyId, assignmentId);
      const notStarted = await w.offered(companyId, assignmentId);
      const p1 = await w.placements.acceptOffer(asStudent(started.studentId), started.applicationId);
      await w.placements.acceptOffer(asStudent(notStarted.studentId), notStarted.applicationId);
      await w.startOn(asCompany(companyId), p1.id, '2027-02-01');

      expect((await domainError(w.progress.progress(asCompany(companyId), 2027))).code).toBe('FORBIDDEN');
      // Progress has many more figures now (test/component/progress.test.ts); these three keep their meaning.
      expect(await w.progress.progress(STAFF, 2027)).toMatchObject({ year: 2027, target: targetFor(2027), count: 1 });
      expect(await w.progress.progress(STAFF)).toMatchObject({ year: 2027, target: targetFor(2027), count: 1 });
      expect(await w.progress.progress(STAFF, 2026)).toMatchObject({ year: 2026, target: targetFor(2026), count: 0 });
      expect((await domainError(w.progress.progress(STAFF, 20027))).code).toBe('BAD_USER_INPUT');
    });
  });

  describe('erasing a student (AVG/GDPR)', () => {
    it('blanks motivations and notes, withdraws open applications, and keeps counting the placement anonymously', async () => {
      const assignmentId = await w.assignment(companyId);
      const { studentId, applicationId } = await w.offered(companyId, assignmentId);
      const placement = await w.placements.acceptOffer(asStudent(studentId), applicationId);
      await w.startOn(asCompany(companyId), placement.id, '2027-02-01');
      await w.placements.cancel(asStudent(studentId), placement.id, 'Persoonlijke omstandigheden');
      const open = await w.apply(studentId, await w.assignment(companyId, { periodStart: '2027-09-01', periodEnd: '2027-12-01' }));

      await w.deliver(EventTypes.studentErased, studentId, { studentId });
      await w.deliver(EventTypes.studentErased, studentId, { studentId }); // a redelivery changes nothing

      expect(await w.data.students.get(studentId)).toBeUndefined();
      const accepted = (await w.data.applications.get(applicationId))!;
      expect(accepted.motivation).toBe('');
      expect(accepted.history.map((h) => h.note)).toEqual([null, null, null]);
      const withdrawn = (await w.data.applications.get(open.id))!;
      expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', motivation: '' });
      expect((await w.data.placements.get(placement.id))!.cancelReason).toBeNull();
      expect(JSON.stringify(await w.data.applications.find({ studentId }))).not.toMatch(/Drechtsteden|Welkom/);
      expect(await w.progress.progress(STAFF, 2027)).toMatchObject({ count: 1 });
    });

    it('does not let a late or replayed profile event bring the student back', async () => {
      const studentId = await w.student();
      await w.deliver(EventTypes.studentErased, studentId, { studentId });
      await w.deliver(EventTypes.studentProfileUpdated, studentId, w.studentFacts(studentId));
      expect(await w.data.students.get(studentId)).toBeUndefined();
    });
  });

  describe('read models', () => {
    it('ignores an assignment event older than the facts it already holds', async () => {
      const facts = w.assignmentFacts(companyId, { places: 3 });
      await w.deliver(EventTypes.assignmentPublished, facts.assignmentId, facts, '2027-01-10T10:00:00Z');
      await w.deliver(EventTypes.assignmentChanged, facts.assignmentId, { ...facts, status: 'DRAFT', places: 1 }, '2027-01-09T10:00:00Z');
      expect(await w.data.assignments.get(facts.assignmentId)).toMatchObject({ status: 'PUBLISHED', places: 3 });
      await w.deliver(EventTypes.assignmentClosed, facts.assignmentId, { ...facts, status: 'CLOSED' }, '2027-01-11T10:00:00Z');
      expect(await w.data.assignments.get(facts.assignmentId)).toMatchObject({ status: 'CLOSED' });
    });

    it('keeps no personal data of students: only their study facts', async () => {
      const studentId = await w.student();
      expect(Object.keys((await w.data.students.get(studentId))!).sort()).toEqual(
        ['asOf', 'emailVerified', 'id', 'institutionId', 'level', 'programmeId', 'studyYear', 'version'].sort(),
      );
    });
  });
});
