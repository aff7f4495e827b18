import { Reasons } from '@cb/contracts';
import { StudentErasure, ERASED_CORRECTION } from '../../src/app/erasure';
import { amsterdamDate } from '@cb/contracts';
import { CLOSING_GRACE_DAYS, addDays, isPeriodClosed, periodBounds } from '../../src/domain/periods';
import { EARLY_START_TOLERANCE_DAYS } from '../../src/domain/placement';
import { mayAuditProgress, mayCorrectClosedPeriod } from '../../src/domain/policy';
import { STAFF, asCompany, asStudent, domainError, worldWithCompany, type World } from './world';

/** The first instant (UTC) at which `date` is today in Amsterdam, for a winter date (UTC+1). */
const amsterdamMidnightWinter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 3_600_000).toISOString();
/** The same for a summer date (UTC+2). */
const amsterdamMidnightSummer = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 7_200_000).toISOString();
/** The first day on which a period counts as closed, from the rule itself. */
const firstClosedDay = (kind: 'CALENDAR' | 'ACADEMIC', year: number) => addDays(periodBounds({ kind, year }).end, CLOSING_GRACE_DAYS + 1);

describe('start dates that keep history honest (DESIGN.md §4)', () => {
  let w: World;
  let companyId: string;
  beforeEach(async () => ({ w, companyId } = await worldWithCompany()));
  afterEach(() => w.store.close());

  /** A placement confirmed at `confirmedAt` for an assignment whose period starts on `periodStart`. */
  async function confirmed(confirmedAt: string, periodStart: string) {
    w.setNow(confirmedAt);
    // A deadline on the period's first day keeps applications open through that day (the open rule).
    const assignmentId = await w.assignment(companyId, { periodStart, periodEnd: addDays(periodStart, 150), applicationDeadline: periodStart, publishedAt: `${addDays(confirmedAt.slice(0, 10), -30)}T09:00:00Z` });
    const offer = await w.offered(companyId, assignmentId);
    return (await w.placements.acceptOffer(asStudent(offer.studentId), offer.applicationId)).id;
  }

  describe('never in the future: today is decided in Amsterdam by the server', () => {
    it('refuses tomorrow, still at 23:59 on the day before in Amsterdam (22:59 UTC in winter)', async () => {
      const id = await confirmed('2027-01-10T10:00:00Z', '2027-02-01');
      w.setNow(new Date(Date.parse(amsterdamMidnightWinter('2027-02-01')) - 60_000).toISOString());
      expect(amsterdamDate(new Date(Date.parse(amsterdamMidnightWinter('2027-02-01')) - 60_000))).toBe('2027-01-31');
      expect(await domainError(w.placements.start(asCompany(companyId), id, '2027-02-01'))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: Reasons.START_DATE_IN_FUTURE, details: { field: 'startDate' },
      });
    });

    it('accepts today from midnight in Amsterdam, while it is still yesterday in UTC', async () => {
      const id = await confirmed('2027-01-10T10:00:00Z', '2027-02-01');
      w.setNow(amsterdamMidnightWinter('2027-02-01')); // 2027-01-31T23:00:00Z
      expect(await w.placements.start(asCompany(companyId), id, '2027-02-01')).toMatchObject({ status: 'ACTIVE', startDate: '2027-02-01' });
    });

    it('accepts 1 September from midnight in Amsterdam in summer time (22:00 UTC on 31 August)', async () => {
      const id = await confirmed('2027-08-20T10:00:00Z', '2027-09-01');
      w.setNow(new Date(Date.parse(amsterdamMidnightSummer('2027-09-01')) - 60_000).toISOString());
      expect((await domainError(w.placements.start(asCompany(companyId), id, '2027-09-01')))).toMatchObject({ reason: Reasons.START_DATE_IN_FUTURE });
      w.setNow(amsterdamMidnightSummer('2027-09-01'));
      expect((await w.placements.start(asCompany(companyId), id, '2027-09-01')).startDate).toBe('2027-09-01');
    });

    it('never completes in the future nor before the start', async () => {
      const id = await confirmed('2027-01-10T10:00:00Z', '2027-02-01');
      w.setNow('2027-03-01T10:00:00Z');
      await w.placements.start(asCompany(companyId), id, '2027-02-01');
      expect((await domainError(w.placements.complete(asCompany(companyId), id, '2027-03-02')))).toMatchObject({ reason: Reasons.DATE_IN_FUTURE, details: { field: 'endDate' } });
      expect((await domainError(w.placements.complete(asCompany(companyId), id, '2027-01-31')))).toMatchObject({ reason: Reasons.END_BEFORE_START, details: { field: 'endDate' } });
      expect((await w.placements.complete(asCompany(companyId), id, '2027-03-01')).endDate).toBe('2027-03-01');
    });
  });

  it('never before the day of the confirmation (in Amsterdam)', async () => {
    // Confirmed at 23:30 UTC on 14 January: 15 January in Amsterdam.
    const id = await confirmed('2027-01-14T23:30:00Z', '2027-01-15');
    w.setNow('2027-01-20T10:00:00Z');
    expect(await domainError(w.placements.start(asCompany(companyId), id, '2027-01-14'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: Reasons.START_BEFORE_CONFIRMATION, details: { field: 'startDate' },
    });
    expect((await w.placements.start(asCompany(companyId), id, '2027-01-15')).startDate).toBe('2027-01-15');
  });

  it(`never more than ${EARLY_START_TOLERANCE_DAYS} days before the assignment's period starts`, async () => {
    const periodStart = '2027-05-01';
    const earliest = addDays(periodStart, -EARLY_START_TOLERANCE_DAYS);
    const id = await confirmed('2027-03-01T10:00:00Z', periodStart);
    w.setNow('2027-05-10T10:00:00Z');
    expect(await domainError(w.placements.start(asCompany(companyId), id, addDays(earliest, -1)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: Reasons.START_BEFORE_PERIOD, details: { field: 'startDate' },
    });
    expect((await w.placements.start(asCompany(companyId), id, earliest)).startDate).toBe(earliest);
  });

  it('refuses a malformed or impossible date as bad input on its field', async () => {
    const id = await confirmed('2027-01-10T10:00:00Z', '2027-02-01');
    for (const bad of ['1 Feb', '2027-02-30', '2027-2-1', 20270201]) {
      expect(await domainError(w.placements.start(asCompany(companyId), id, bad))).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'startDate' } });
    }
    expect((await domainError(w.placements.complete(asCompany(companyId), id, 'tomorrow'))).details).toEqual({ field: 'endDate' });
  });

  describe('a closed period: refused for companies, a recorded correction for staff', () => {
    it(`closes a calendar year ${CLOSING_GRACE_DAYS} days after 31 December, and an academic year after 31 August`, () => {
      expect(isPeriodClosed({ kind: 'CALENDAR', year: 2026 }, '2026-12-31')).toBe(false);
      expect(isPeriodClosed({ kind: 'CALENDAR', year: 2026 }, addDays('2026-12-31', CLOSING_GRACE_DAYS))).toBe(false);
      expect(isPeriodClosed({ kind: 'CALENDAR', year: 2026 }, firstClosedDay('CALENDAR', 2026))).toBe(true);
      expect(isPeriodClosed({ kind: 'ACADEMIC', year: 2026 }, addDays('2027-08-31', CLOSING_GRACE_DAYS))).toBe(false);
      expect(isPeriodClosed({ kind: 'ACADEMIC', year: 2026 }, firstClosedDay('ACADEMIC', 2026))).toBe(true);
    });

    it('lets a company record 31 December within the grace period, and not the day after it', async () => {
      const early = await confirmed('2026-12-01T10:00:00Z', '2026-12-15');
      const late = await confirmed('2026-12-01T10:00:00Z', '2026-12-15');
      w.setNow(`${addDays(firstClosedDay('CALENDAR', 2026), -1)}T12:00:00Z`);
      expect((await w.placements.start(asCompany(companyId), early, '2026-12-31')).startDate).toBe('2026-12-31');
      w.setNow(`${firstClosedDay('CALENDAR', 2026)}T12:00:00Z`);
      expect(await domainError(w.placements.start(asCompany(companyId), late, '2026-12-31'))).toMatchObject({
        code: 'FORBIDDEN',
        reason: Reasons.PERIOD_CLOSED, details: { field: 'startDate' },
      });
      expect((await w.placements.start(asCompany(companyId), late, '2027-01-01')).startDate).toBe('2027-01-01');
    });

    it('refuses 31 August once the academic year closed, while 1 September of the next is open', async () => {
      const a = await confirmed('2027-08-01T10:00:00Z', '2027-08-15');
      const b = await confirmed('2027-08-01T10:00:00Z', '2027-08-15');
      w.setNow(`${firstClosedDay('ACADEMIC', 2026)}T12:00:00Z`);
      expect((await domainError(w.placements.start(asCompany(companyId), a, '2027-08-31')))).toMatchObject({ reason: Reasons.PERIOD_CLOSED });
      expect((await w.placements.start(asCompany(companyId), b, '2027-09-01')).startDate).toBe('2027-09-01');
    });

    it('lets staff correct a closed year only with a reason, stored on the placement and kept out of the events', async () => {
      const id = await confirmed('2026-11-01T10:00:00Z', '2026-11-15');
      w.setNow('2027-03-01T12:00:00Z');
      expect(await domainError(w.placements.start(STAFF, id, '2026-11-20'))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: Reasons.CORRECTION_REASON_REQUIRED, details: { field: 'correctionReason' },
      });
      expect(await domainError(w.placements.start(asCompany(companyId), id, '2026-11-20', 'Te laat ingevoerd'))).toMatchObject({ code: 'FORBIDDEN' });
      const started = await w.placements.start(STAFF, id, '2026-11-20', 'Startdatum te laat doorgegeven door de organisatie');
      expect(started.correction).toEqual({ reason: 'Startdatum te laat doorgegeven door de organisatie', by: STAFF.accountId, at: '2027-03-01T12:00:00.000Z' });
      const events = JSON.stringify(await w.outbox());
      expect(events).not.toContain('te laat doorgegeven');
    });

    it('records no correction for a date in an open period, even when a reason is given', async () => {
      const id = await confirmed('2027-01-10T10:00:00Z', '2027-02-01');
      w.setNow('2027-02-10T10:00:00Z');
      expect((await w.placements.start(STAFF, id, '2027-02-01', 'overbodig')).correction).toBeNull();
    });

    it('blanks the free text of a correction when the student is erased, and keeps the correction', async () => {
      const id = await confirmed('2026-11-01T10:00:00Z', '2026-11-15');
      w.setNow('2027-03-01T12:00:00Z');
      const started = await w.placements.start(STAFF, id, '2026-11-20', 'Ziekte van de student');
      await new StudentErasure(w.data).erase(started.studentId);
      expect((await w.data.placements.get(id))!.correction).toMatchObject({ reason: ERASED_CORRECTION, by: STAFF.accountId });
    });
  });

  it('decides who may as named predicates', () => {
    const table = [
      { viewer: STAFF, correct: true, audit: true },
      { viewer: asCompany('com_x'), correct: false, audit: false },
      { viewer: asStudent('stu_x'), correct: false, audit: false },
      { viewer: undefined, correct: false, audit: false },
    ];
    for (const { viewer, correct, audit } of table) {
      expect([mayCorrectClosedPeriod(viewer), mayAuditProgress(viewer)]).toEqual([correct, audit]);
    }
  });
});
