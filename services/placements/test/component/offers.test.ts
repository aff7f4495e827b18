import { asCompany, asStudent, domainError, worldWithCompany, STAFF, type World } from './world';

/** 23:59 and 00:00 in Amsterdam (CET, UTC+1, in January) around the end of 2027-01-20. */
const LAST_MINUTE = '2027-01-20T22:59:00Z';
const NEXT_DAY = '2027-01-20T23:00:00Z';

describe('offers with an answer-by date (DESIGN.md §4)', () => {
  let w: World;
  let companyId: string;
  beforeEach(async () => ({ w, companyId } = await worldWithCompany()));

  async function offer(assignmentOver: Record<string, unknown> = {}, answerBy?: string) {
    const assignmentId = await w.assignment(companyId, assignmentOver);
    const studentId = await w.student();
    const application = await w.apply(studentId, assignmentId);
    const offered = await w.applications.move(asCompany(companyId), application.id, 'OFFERED', null, answerBy);
    return { studentId, applicationId: application.id, offered };
  }

  it('gives an offer 14 days by default, counted from today in Amsterdam', async () => {
    const { offered } = await offer({ periodStart: '2027-03-01', applicationDeadline: null });
    expect(offered.offerAnswerBy).toBe('2027-01-29');
  });

  it('never lets the default run past the last day to apply: the deadline day, or the day before the period starts', async () => {
    expect((await offer({ periodStart: '2027-03-01', applicationDeadline: '2027-01-20' })).offered.offerAnswerBy).toBe('2027-01-20');
    expect((await offer({ periodStart: '2027-01-22', applicationDeadline: null })).offered.offerAnswerBy).toBe('2027-01-21');
  });

  it('takes a chosen answer-by date between today and the last day to apply, and refuses one outside on answerBy', async () => {
    expect((await offer({ periodStart: '2027-03-01' }, '2027-01-15')).offered.offerAnswerBy).toBe('2027-01-15');
    expect((await offer({ periodStart: '2027-03-01' }, '2027-02-28')).offered.offerAnswerBy).toBe('2027-02-28');
    expect(await domainError(offer({ periodStart: '2027-03-01' }, '2027-01-14'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ANSWER_BY_IN_PAST',
      details: { field: 'answerBy' },
    });
    // The period's first day is no longer a day to apply, so neither a day to answer by.
    expect(await domainError(offer({ periodStart: '2027-03-01' }, '2027-03-01'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ANSWER_BY_AFTER_CLOSE',
      details: { field: 'answerBy', max: '2027-02-28' },
    });
    expect(await domainError(offer({ periodStart: '2027-03-01', applicationDeadline: '2027-02-10' }, '2027-02-11'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ANSWER_BY_AFTER_CLOSE',
      details: { field: 'answerBy', max: '2027-02-10' },
    });
  });

  it('caps at the last day to apply across midnight Amsterdam: at 23:59 that day, at 00:00 after it only today', async () => {
    // The period starts 2027-01-21 without a deadline: 2027-01-20 is the last day to apply.
    const assignmentId = await w.assignment(companyId, { periodStart: '2027-01-21', applicationDeadline: null });
    const applied = await Promise.all([1, 2, 3, 4].map(async () => (await w.apply(await w.student(), assignmentId)).id));
    const move = (id: string, answerBy?: string) => w.applications.move(asCompany(companyId), id, 'OFFERED', null, answerBy);

    w.setNow(LAST_MINUTE);
    expect((await move(applied[0])).offerAnswerBy).toBe('2027-01-20');
    expect(await domainError(move(applied[1], '2027-01-21'))).toMatchObject({ reason: 'ANSWER_BY_AFTER_CLOSE', details: { field: 'answerBy', max: '2027-01-20' } });

    // Applications have closed; the company may still offer, to be answered today.
    w.setNow(NEXT_DAY);
    expect((await move(applied[1])).offerAnswerBy).toBe('2027-01-21');
    expect((await move(applied[2], '2027-01-21')).offerAnswerBy).toBe('2027-01-21');
    expect(await domainError(move(applied[3], '2027-01-22'))).toMatchObject({ reason: 'ANSWER_BY_AFTER_CLOSE', details: { field: 'answerBy', max: '2027-01-21' } });
  });

  it('keeps the answer-by date only while the application is OFFERED', async () => {
    const { applicationId, offered } = await offer({ periodStart: '2027-03-01' }, '2027-01-20');
    expect(offered.offerAnswerBy).toBe('2027-01-20');
    const revoked = await w.applications.move(asCompany(companyId), applicationId, 'REJECTED', 'De plek is vervallen.');
    expect(revoked.offerAnswerBy).toBeNull();
  });

  it('accepts at 23:59 Amsterdam on the answer-by day', async () => {
    const { studentId, applicationId } = await offer({ periodStart: '2027-03-01' }, '2027-01-20');
    w.setNow(LAST_MINUTE);
    expect(await w.placements.acceptOffer(asStudent(studentId), applicationId)).toMatchObject({ status: 'CONFIRMED' });
  });

  it('refuses acceptOffer at 00:00 Amsterdam the day after with CONFLICT OFFER_EXPIRED, before and after the expiry job', async () => {
    const { studentId, applicationId } = await offer({ periodStart: '2027-03-01' }, '2027-01-20');
    w.setNow(NEXT_DAY);
    expect(await domainError(w.placements.acceptOffer(asStudent(studentId), applicationId))).toMatchObject({ code: 'CONFLICT', reason: 'OFFER_EXPIRED' });
    await w.offerExpiry.run();
    expect(await domainError(w.placements.acceptOffer(asStudent(studentId), applicationId))).toMatchObject({ code: 'CONFLICT', reason: 'OFFER_EXPIRED' });
    expect(await w.placements.ofStudent(asStudent(studentId), studentId)).toEqual([]);
  });

  it('the expiry job leaves an offer alone at 23:59 and declines it at 00:00, as SYSTEM with OFFER_EXPIRED, once', async () => {
    const { applicationId } = await offer({ periodStart: '2027-03-01' }, '2027-01-20');
    await w.drainOutbox();
    w.setNow(LAST_MINUTE);
    expect(await w.offerExpiry.run()).toBe(0);
    expect((await w.data.applications.get(applicationId))!.status).toBe('OFFERED');

    w.setNow(NEXT_DAY);
    expect(await w.offerExpiry.run()).toBe(1);
    const lapsed = (await w.data.applications.get(applicationId))!;
    expect(lapsed).toMatchObject({ status: 'DECLINED', offerAnswerBy: null });
    expect(lapsed.history.at(-1)).toEqual({ from: 'OFFERED', to: 'DECLINED', by: 'SYSTEM', at: NEXT_DAY.replace('Z', '.000Z'), note: null, reason: 'OFFER_EXPIRED' });
    const events = await w.drainOutbox();
    expect(events.map((e) => [e.type, (e.data as { status: string; from: string }).from, (e.data as { status: string }).status])).toEqual([
      ['nl.careerboost.application.moved.v1', 'OFFERED', 'DECLINED'],
    ]);
    expect(await w.offerExpiry.run()).toBe(0);
    expect(await w.drainOutbox()).toEqual([]);
  });

  it('declines on the first pass whatever lapsed while nothing ran, and leaves accepted and running offers', async () => {
    const lapsedLongAgo = await offer({ periodStart: '2027-03-01' }, '2027-01-16');
    const accepted = await offer({ periodStart: '2027-03-01' }, '2027-01-16');
    await w.placements.acceptOffer(asStudent(accepted.studentId), accepted.applicationId);
    const running = await offer({ periodStart: '2027-03-01' }, '2027-02-10');
    w.setNow('2027-02-01T12:00:00Z');
    expect(await w.offerExpiry.run()).toBe(1);
    expect((await w.data.applications.get(lapsedLongAgo.applicationId))!.status).toBe('DECLINED');
    expect((await w.data.applications.get(accepted.applicationId))!.status).toBe('ACCEPTED');
    expect((await w.data.applications.get(running.applicationId))!.status).toBe('OFFERED');
  });
});

describe('Application.allowedMoves: the viewer’s moves now, from the workflow', () => {
  let w: World;
  let companyId: string;
  beforeEach(async () => ({ w, companyId } = await worldWithCompany()));

  it.each([
    ['SUBMITTED', 'company', ['IN_REVIEW', 'INTERVIEW', 'OFFERED', 'REJECTED']],
    ['SUBMITTED', 'student', ['WITHDRAWN']],
    ['SUBMITTED', 'staff', []],
    ['SUBMITTED', 'other student', []],
    ['OFFERED', 'company', ['REJECTED']],
    ['OFFERED', 'student', ['ACCEPTED', 'DECLINED', 'WITHDRAWN']],
    ['REJECTED', 'company', []],
    ['REJECTED', 'student', []],
  ])('%s, seen by the %s: %j', async (status, who, expected) => {
    const assignmentId = await w.assignment(companyId, { periodStart: '2027-03-01' });
    const studentId = await w.student();
    const application = await w.apply(studentId, assignmentId);
    if (status !== 'SUBMITTED') await w.applications.move(asCompany(companyId), application.id, status, 'Een notitie.');
    const current = (await w.data.applications.get(application.id))!;
    const viewer = { company: asCompany(companyId), student: asStudent(studentId), staff: STAFF, 'other student': asStudent('stu_other') }[who]!;
    expect(w.applications.allowedMoves(viewer, current)).toEqual(expected);
  });

  it('no longer offers ACCEPTED once the answer-by day has passed', async () => {
    const assignmentId = await w.assignment(companyId, { periodStart: '2027-03-01' });
    const studentId = await w.student();
    const application = await w.apply(studentId, assignmentId);
    await w.applications.move(asCompany(companyId), application.id, 'OFFERED', null, '2027-01-20');
    w.setNow(NEXT_DAY);
    const current = (await w.data.applications.get(application.id))!;
    expect(w.applications.allowedMoves(asStudent(studentId), current)).toEqual(['DECLINED', 'WITHDRAWN']);
  });
});
