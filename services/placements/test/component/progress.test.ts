import { parse } from 'csv-parse/sync';
import { EventTypes, type AssignmentFacts, type CompanyFacts, type StudentFacts } from '@cb/contracts';
import type { Progress } from '../../src/progress/app/progress';
import { amsterdamDate } from '@cb/contracts';
import { addDays } from '../../src/domain/periods';
import { targetFor } from '../../src/progress/domain/targets';
import { STAFF, asCompany, asStudent, createWorld, domainError, type World } from './world';

const SUM = (list: Array<{ count: number }>) => list.reduce((n, b) => n + b.count, 0);
const countOf = (list: Array<{ key: string; count: number }>, key: string) => list.find((b) => b.key === key)?.count ?? 0;

/** Every breakdown attributes each counted student once, so each adds up to the count. */
function expectBreakdownsAddUp(p: Progress) {
  for (const list of [p.bySector, p.byMunicipality, p.byInstitution, p.byType, p.byLevel]) expect(SUM(list)).toBe(p.count);
  expect(p.monthly.at(-1)!.cumulative).toBe(p.count);
}

describe('placementProgress (SQLite store, progress read model)', () => {
  let w: World;
  beforeEach(() => {
    w = createWorld('2027-01-15T10:00:00Z');
  });
  afterEach(() => w.store.close());

  const progress = (year?: number, options: { period?: string; language?: string } = {}) => w.progress.progress(STAFF, year, options);

  /**
   * A placement from scratch: an organisation, an assignment, a student who applies, is offered a
   * place and accepts; started on `startDate` unless that is null.
   */
  async function placed(
    opts: { student?: Partial<StudentFacts>; company?: Partial<CompanyFacts>; assignment?: Partial<AssignmentFacts>; startDate?: string | null; studentId?: string } = {},
  ) {
    const startDate = opts.startDate === null ? null : (opts.startDate ?? '2027-03-01');
    // Unless a test says otherwise, the assignment's period starts the day the placement does.
    const period = startDate ? { periodStart: startDate, periodEnd: addDays(startDate, 120) } : {};
    const companyId = await w.company(opts.company);
    const assignmentId = await w.assignment(companyId, { levels: ['AD', 'BACHELOR'], ...period, ...opts.assignment });
    const studentId = opts.studentId ?? (await w.student(opts.student));
    // A start is never before its confirmation, and applications close when the period starts: a
    // placement that started before "now" was applied for and confirmed the day before it started.
    const now = w.now();
    if (startDate && amsterdamDate(now) >= startDate) w.setNow(`${addDays(startDate, -1)}T08:00:00Z`);
    const application = await w.apply(studentId, assignmentId);
    await w.applications.move(asCompany(companyId), application.id, 'OFFERED', null);
    const placement = await w.placements.acceptOffer(asStudent(studentId), application.id);
    w.setNow(now.toISOString());
    if (startDate) await w.startOn(asCompany(companyId), placement.id, startDate);
    return { companyId, assignmentId, studentId, applicationId: application.id, placementId: placement.id };
  }

  describe('the counting rule of DESIGN.md §1, row by row', () => {
    it("where: the assignment's municipality counts, and byMunicipality uses that same place", async () => {
      await placed({ company: { municipality: 'rotterdam' }, assignment: { municipality: 'zwijndrecht' } });
      const p = await progress(2027);
      expect(p.count).toBe(1);
      expect(countOf(p.byMunicipality, 'zwijndrecht')).toBe(1);
      expect(countOf(p.byMunicipality, 'rotterdam')).toBe(0);
      expectBreakdownsAddUp(p);
    });

    it("where: a fully remote assignment counts at the organisation's registered municipality", async () => {
      await placed({ company: { municipality: 'papendrecht' }, assignment: { remote: true, municipality: 'amsterdam' } });
      await placed({ company: { municipality: 'rotterdam' }, assignment: { remote: true, municipality: 'dordrecht' } });
      const p = await progress(2027);
      expect(p.count).toBe(1);
      expect(countOf(p.byMunicipality, 'papendrecht')).toBe(1);
      expect(countOf(p.byMunicipality, 'dordrecht')).toBe(0);
    });

    it('a work location outside the region does not count, and is not beside the count either', async () => {
      await placed({ assignment: { municipality: 'rotterdam' } });
      const p = await progress(2027);
      expect(p).toMatchObject({ count: 0, beside: { adStudents: 0, nonFinalPhaseStudents: 0, cancelledAfterStart: 0 } });
      expect(p.byMunicipality.map((b) => b.key)).not.toContain('rotterdam');
      expectBreakdownsAddUp(p);
    });

    it('study level and year: as recorded when the placement was confirmed, not the current profile', async () => {
      const grew = await placed({ student: { studyYear: 2 }, startDate: null });
      await w.deliver(EventTypes.studentProfileUpdated, grew.studentId, w.studentFacts(grew.studentId, { studyYear: 3 }));
      await w.startOn(asCompany(grew.companyId), grew.placementId, '2027-03-01');
      const stayed = await placed({ student: { studyYear: 3 }, startDate: null });
      await w.deliver(EventTypes.studentProfileUpdated, stayed.studentId, w.studentFacts(stayed.studentId, { studyYear: 2 }));
      await w.startOn(asCompany(stayed.companyId), stayed.placementId, '2027-03-01');

      const p = await progress(2027);
      expect(p.count).toBe(1);
      expect(p.byLevel).toEqual([{ key: 'BACHELOR_3', label: 'Bachelor, jaar 3', count: 1 }]);
      expect(p.beside.nonFinalPhaseStudents).toBe(1);
    });

    it('an AD student is reported beside the count, never in it', async () => {
      await placed({ student: { level: 'AD', studyYear: 3, programmeId: 'hr-ad-ict' } });
      const p = await progress(2027);
      expect(p).toMatchObject({ count: 0, beside: { adStudents: 1, nonFinalPhaseStudents: 0 } });
      expect(p.byLevel).toEqual([]);
      expectBreakdownsAddUp(p);
    });

    it('a year-2 bachelor student is reported beside the count, never in it', async () => {
      await placed({ student: { studyYear: 2 } });
      const p = await progress(2027);
      expect(p).toMatchObject({ count: 0, beside: { adStudents: 0, nonFinalPhaseStudents: 1 } });
    });

    it('started: a confirmed placement that has not started is in the forecast, not in the count', async () => {
      await placed({ startDate: null, assignment: { periodStart: '2027-09-01', periodEnd: '2027-12-01' } });
      w.setNow('2027-07-02T10:00:00Z');
      const p = await progress(2027);
      expect(p.count).toBe(0);
      expect(p.forecast.low).toBe(1);
      expect(p.forecast.expected).toBeGreaterThanOrEqual(1);
      expectBreakdownsAddUp(p);
    });

    it('confirmed in one year and started in the next: counts in the year it started', async () => {
      w.setNow('2026-12-10T10:00:00Z');
      const { companyId, placementId } = await placed({ startDate: null, assignment: { periodStart: '2027-01-11', periodEnd: '2027-06-30' } });
      expect((await progress(2026)).forecast).toEqual({ low: 0, expected: 0, high: 0 });
      w.setNow('2027-01-11T08:00:00Z');
      await w.placements.start(asCompany(companyId), placementId, '2027-01-11');
      expect((await progress(2026)).count).toBe(0);
      expect(await progress(2027)).toMatchObject({ count: 1, monthly: expect.arrayContaining([{ month: '2027-01', count: 1, cumulative: 1 }]) });
    });

    it('time zone: a start on 31 December 23:30 in Amsterdam counts in the old year', async () => {
      w.setNow('2026-12-01T10:00:00Z');
      const around = { periodStart: '2027-01-04', periodEnd: '2027-06-30' };
      const late = await placed({ startDate: null, assignment: around });
      w.setNow('2026-12-31T22:30:00Z'); // 23:30 in Amsterdam (winter time, UTC+1)
      const started = await w.placements.start(asCompany(late.companyId), late.placementId, null);
      expect(started.startDate).toBe('2026-12-31');
      expect((await progress()).year).toBe(2026);
      expect((await progress(2026)).count).toBe(1);
      expect((await progress(2027)).count).toBe(0);

      const afterMidnight = await placed({ startDate: null, assignment: around });
      w.setNow('2026-12-31T23:30:00Z'); // already 00:30 on 1 January in Amsterdam
      expect((await w.placements.start(asCompany(afterMidnight.companyId), afterMidnight.placementId, null)).startDate).toBe('2027-01-01');
      expect((await progress()).year).toBe(2027);
      expect((await progress(2027)).count).toBe(1);
    });

    it('time zone: an application submitted at 00:30 on 1 January in Amsterdam is in the new year\'s funnel', async () => {
      w.setNow('2026-12-31T23:30:00Z');
      const companyId = await w.company();
      await w.apply(await w.student(), await w.assignment(companyId));
      await w.settle();
      expect((await progress(2027)).funnel.applications).toBe(1);
      expect((await progress(2026)).funnel.applications).toBe(0);
    });

    it('academic years: 31 August belongs to the year before, 1 September starts the next', async () => {
      await placed({ startDate: '2027-08-31' });
      await placed({ startDate: '2027-09-01' });
      const before = await progress(2026, { period: 'ACADEMIC' });
      expect(before).toMatchObject({ periodKind: 'ACADEMIC', year: 2026, periodStart: '2026-09-01', periodEnd: '2027-08-31', count: 1 });
      expect(before.monthly.map((m) => m.month)[0]).toBe('2026-09');
      expect(before.monthly.at(-1)).toEqual({ month: '2027-08', count: 1, cumulative: 1 });
      expect(await progress(2027, { period: 'ACADEMIC' })).toMatchObject({ count: 1, monthly: expect.arrayContaining([{ month: '2027-09', count: 1, cumulative: 1 }]) });
      expect((await progress(2027)).count).toBe(2);
    });

    it('cancelled before start: never counts', async () => {
      const p = await placed({ startDate: null });
      await w.placements.cancel(asStudent(p.studentId), p.placementId, 'Toch een andere plek gevonden.');
      expect(await progress(2027)).toMatchObject({ count: 0, beside: { cancelledAfterStart: 0 }, forecast: { low: 0 } });
    });

    it('cancelled after start: still counts, and is shown as cancelled after start', async () => {
      const p = await placed({ startDate: '2027-02-01' });
      await w.placements.cancel(asStudent(p.studentId), p.placementId, 'Verhuisd.');
      const report = await progress(2027);
      expect(report).toMatchObject({ count: 1, beside: { cancelledAfterStart: 1 } });
      expectBreakdownsAddUp(report);
    });

    it('two qualifying placements in one period: the student counts once, attributed to the first started', async () => {
      const studentId = await w.student({ institutionId: 'hogeschool-rotterdam' });
      const zorg = await placed({ studentId, assignment: { sector: 'HEALTHCARE', type: 'INTERNSHIP', periodStart: '2027-02-01', periodEnd: '2027-04-01' }, startDate: '2027-06-01' });
      const ict = await placed({ studentId, assignment: { sector: 'ICT', type: 'GRADUATION', municipality: 'sliedrecht', periodStart: '2027-03-01', periodEnd: '2027-07-01' }, startDate: '2027-03-01' });
      expect(zorg.studentId).toBe(ict.studentId);
      await placed({ assignment: { sector: 'HEALTHCARE', type: 'PROJECT' }, startDate: '2027-04-01' });

      const p = await progress(2027);
      expect(p.count).toBe(2);
      expect(countOf(p.bySector, 'ICT')).toBe(1);
      expect(countOf(p.bySector, 'HEALTHCARE')).toBe(1); // the other student's
      expect(countOf(p.byMunicipality, 'sliedrecht')).toBe(1);
      expect(countOf(p.byType, 'GRADUATION')).toBe(1);
      expect(countOf(p.byType, 'INTERNSHIP')).toBe(0);
      expect(countOf(p.byType, 'PROJECT')).toBe(1);
      expect(p.monthly.find((m) => m.month === '2027-03')!.count).toBe(1);
      expect(p.monthly.find((m) => m.month === '2027-06')!.count).toBe(0);
      expectBreakdownsAddUp(p);
    });

    it('erased student: still counted, anonymously', async () => {
      const p = await placed({ startDate: '2027-02-01' });
      await w.deliver(EventTypes.studentErased, p.studentId, { studentId: p.studentId });
      const report = await progress(2027);
      expect(report.count).toBe(1);
      expect(JSON.stringify(report)).not.toContain(p.studentId);
      expect(await w.progress.csv(STAFF, 2027)).not.toContain(p.studentId);
    });
  });

  it('lists sectors, types and the region municipalities also at 0, others once they count, labelled in the language asked', async () => {
    await placed({ assignment: { sector: 'HEALTHCARE' } });
    const nl = await progress(2027);
    expect(nl.bySector).toHaveLength(11);
    expect(nl.bySector[0]).toEqual({ key: 'HEALTHCARE', label: 'Zorg', count: 1 });
    expect(nl.byMunicipality.map((b) => b.key).sort()).toEqual(
      ['alblasserdam', 'dordrecht', 'hardinxveld-giessendam', 'hendrik-ido-ambacht', 'papendrecht', 'sliedrecht', 'zwijndrecht'],
    );
    expect(nl.byInstitution).toEqual([{ key: 'hogeschool-rotterdam', label: 'Hogeschool Rotterdam', count: 1 }]);
    expect(nl.byType.find((b) => b.key === 'GRADUATION')!.label).toBe('Afstudeeropdracht');
    const en = await progress(2027, { language: 'EN' });
    expect(en.bySector[0]).toEqual({ key: 'HEALTHCARE', label: 'Healthcare', count: 1 });
    expect(en.byLevel[0].label).toBe('Bachelor, year 3');
    expect((await domainError(progress(2027, { language: 'DE' }))).code).toBe('BAD_USER_INPUT');
    expect((await domainError(progress(2027, { period: 'WEEK' }))).code).toBe('BAD_USER_INPUT');
  });

  describe('pace against the seasonal curve', () => {
    it('expects a linear share of the target by now when there is no history', async () => {
      w.setNow('2027-07-02T10:00:00Z'); // day 183 of 365
      await placed({ startDate: '2027-03-01' });
      const p = await progress(2027);
      expect(p).toMatchObject({ asOf: '2027-07-02', target: targetFor(2027), expectedByNow: Math.round((targetFor(2027) * 183) / 365), pace: 'BEHIND' });
      expect(p.forecast.low).toBeLessThanOrEqual(p.forecast.expected);
      expect(p.forecast.expected).toBeLessThanOrEqual(p.forecast.high);
    });

    it('follows the share of starts past years had by this day', async () => {
      w.setNow('2026-01-10T10:00:00Z');
      await placed({ startDate: '2026-02-01' });
      for (let i = 0; i < 3; i++) await placed({ startDate: '2026-09-01' });
      w.setNow('2027-07-02T10:00:00Z');
      await placed({ startDate: '2027-03-01' });
      const p = await progress(2027);
      // In 2026 a quarter of the starts had happened by 2 July.
      expect(p.expectedByNow).toBe(Math.round(targetFor(2027) * 0.25));
      // The count so far is a quarter of the year-end, on that curve.
      expect(p.forecast.expected).toBe(4);
    });

    it('backtests the forecast on each finished year: with no year before it, the count so far over the linear share, month by month', async () => {
      w.setNow('2026-01-10T10:00:00Z');
      await placed({ startDate: '2026-02-01' });
      for (let i = 0; i < 3; i++) await placed({ startDate: '2026-09-01' });
      w.setNow('2027-07-02T10:00:00Z');
      const backtest = await w.progress.forecastBacktest(STAFF, { kind: 'CALENDAR', year: 2027 }, '2027-07-02');

      const actual = 4;
      const expected = Array.from({ length: 11 }, (_, m) => {
        const elapsed = (Date.UTC(2026, m + 1, 1) - Date.UTC(2026, 0, 1)) / 86_400_000;
        const startedBy = (m >= 1 ? 1 : 0) + (m >= 8 ? 3 : 0);
        const forecast = Math.max(startedBy, Math.round(startedBy / (elapsed / 365)));
        return { year: 2026, month: `2026-${String(m + 1).padStart(2, '0')}`, forecast, actual, error: forecast - actual };
      });
      expect(backtest.months).toEqual(expected);
      const mape = (100 * expected.reduce((sum, m) => sum + Math.abs(m.error) / actual, 0)) / expected.length;
      expect(backtest.meanAbsolutePercentageError).toBe(Math.round(mape * 10) / 10);
      expect((await domainError(w.progress.forecastBacktest(asStudent('stu_1'), { kind: 'CALENDAR', year: 2027 }, '2027-07-02'))).code).toBe('FORBIDDEN');
    });

    it('is on track for a period that has not begun, and expects its whole target once it is over', async () => {
      w.setNow('2027-07-02T10:00:00Z');
      expect(await progress(2028)).toMatchObject({ expectedByNow: 0, pace: 'ON_TRACK', count: 0 });
      expect(await progress(2026)).toMatchObject({ expectedByNow: 1000, pace: 'BEHIND' });
    });
  });

  describe('targets are data', () => {
    it('records every change, also a reset to the default ramp, and keeps a target set before history was kept as its first change', async () => {
      const period = { kind: 'CALENDAR', year: 2027 } as const;
      const ramp = targetFor(2027, 'CALENDAR');
      await w.progressData.targets.put({ id: 'CALENDAR:2027', kind: 'CALENDAR', year: 2027, target: 900, setAt: '2026-06-01T10:00:00.000Z', setBy: 'stf_old' });
      w.setNow('2027-01-20T10:00:00Z');
      expect(await w.progress.resetTarget(STAFF, { year: 2027 })).toMatchObject({ target: ramp, targetIsDefault: true });
      expect(await w.progress.targetHistory(STAFF, period)).toEqual([
        { at: '2026-06-01T10:00:00.000Z', by: 'stf_old', from: ramp, fromDefault: true, to: 900, toDefault: false },
        { at: '2027-01-20T10:00:00.000Z', by: STAFF.accountId, from: 900, fromDefault: false, to: ramp, toDefault: true },
      ]);
      expect((await domainError(w.progress.targetHistory(asCompany('com_x'), period))).code).toBe('FORBIDDEN');
      expect((await domainError(w.progress.resetTarget(asCompany('com_x'), { year: 2027 }))).code).toBe('FORBIDDEN');
    });

    it('uses the default ramp until staff set a target; only staff may, within 1 to 100000', async () => {
      expect(await progress(2027)).toMatchObject({ target: targetFor(2027), targetIsDefault: true });
      const companyId = await w.company();
      expect((await domainError(w.progress.setTarget(asCompany(companyId), { year: 2027, target: 900 }))).code).toBe('FORBIDDEN');
      expect((await domainError(w.progress.setTarget(undefined, { year: 2027, target: 900 }))).code).toBe('UNAUTHENTICATED');
      for (const target of [0, 100_001, 1.5, -3]) {
        expect(await domainError(w.progress.setTarget(STAFF, { year: 2027, target }))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/target/) });
      }
      expect((await domainError(w.progress.setTarget(STAFF, { year: 1999, target: 10 }))).code).toBe('BAD_USER_INPUT');

      expect(await w.progress.setTarget(STAFF, { year: 2027, target: 900 })).toMatchObject({ year: 2027, target: 900, targetIsDefault: false });
      expect(await w.progress.setTarget(STAFF, { year: 2027, target: 100_000 })).toMatchObject({ target: 100_000 });
      expect(await w.progress.setTarget(STAFF, { year: 2027, period: 'ACADEMIC', target: 1 })).toMatchObject({ periodKind: 'ACADEMIC', target: 1 });
      expect(await progress(2027)).toMatchObject({ target: 100_000 });
      expect(await progress(2028)).toMatchObject({ target: targetFor(2028), targetIsDefault: true });
    });
  });

  it('measures the funnel of the applications submitted in the period', async () => {
    const companyId = await w.company();
    const assignmentId = await w.assignment(companyId, { places: 3 });
    const rejected = await w.apply(await w.student(), assignmentId);
    await w.applications.move(asCompany(companyId), rejected.id, 'REJECTED', null);
    const declinedBy = await w.student();
    const declined = await w.apply(declinedBy, assignmentId);
    await w.applications.move(asCompany(companyId), declined.id, 'OFFERED', null);
    await w.applications.move(asStudent(declinedBy), declined.id, 'DECLINED', null);
    const done = await placed({ startDate: '2027-02-01' });
    w.setNow('2027-06-30T12:00:00Z'); // a completion is recorded when it happens, not ahead
    await w.placements.complete(STAFF, done.placementId, '2027-06-30');
    // The funnel learns of applications from the bus, not in the request (service.ts).
    expect((await progress(2027)).funnel.applications).toBe(0);
    await w.settle();

    expect((await progress(2027)).funnel).toEqual({
      applications: 3,
      offers: 2,
      placements: 1,
      completed: 1,
      applicationToOffer: 0.6667,
      offerToPlacement: 0.5,
      placementToCompleted: 1,
    });
    expect((await progress(2026)).funnel).toMatchObject({ applications: 0, applicationToOffer: null });
  });

  describe('CSV export', () => {
    beforeEach(async () => {
      await placed({ assignment: { sector: 'HEALTHCARE' }, startDate: '2027-02-01' });
      await placed({ assignment: { sector: 'ICT' }, startDate: '2027-03-01' });
      const companyId = await w.company();
      await w.apply(await w.student(), await w.assignment(companyId));
      await w.settle();
    });

    it('in Dutch: UTF-8 with BOM, ";" between fields, decimal commas, Dutch headers', async () => {
      const csv = await w.progress.csv(STAFF, 2027, { language: 'NL' });
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv).toContain('\r\n');
      const rows: string[][] = parse(csv, { bom: true, delimiter: ';' });
      expect(rows[0]).toEqual(['Onderdeel', 'Sleutel', 'Omschrijving', 'Kalenderjaar 2027', 'Kalenderjaar 2026']);
      const find = (section: string, key: string) => rows.find((r) => r[0] === section && r[1] === key);
      expect(find('Samenvatting', 'count')!.slice(3)).toEqual(['2', '0']);
      expect(find('Samenvatting', 'target')!.slice(3)).toEqual([String(targetFor(2027)), String(targetFor(2026))]);
      expect(find('Per sector', 'HEALTHCARE')!.slice(2)).toEqual(['Zorg', '1', '0']);
      expect(find('Trechter (sollicitaties ingediend in de periode)', 'applicationToOffer')![3]).toBe('0,6667');
      expect(find('Gestart per maand', '2027-02')!.slice(2)).toEqual(['februari', '1', '0']);
      expect(find('Cumulatief per maand', '2027-12')![3]).toBe('2');
      expect(rows.every((r) => r.length === 5)).toBe(true);
    });

    it('in English: "," between fields, decimal points, English headers', async () => {
      const csv = await w.progress.csv(STAFF, 2027, { language: 'EN' });
      const rows: string[][] = parse(csv, { bom: true, delimiter: ',' });
      expect(rows[0]).toEqual(['Section', 'Key', 'Label', 'Calendar year 2027', 'Calendar year 2026']);
      expect(rows.find((r) => r[1] === 'applicationToOffer')![3]).toBe('0.6667');
      expect(rows.find((r) => r[1] === 'HEALTHCARE')!.slice(2)).toEqual(['Healthcare', '1', '0']);
    });

    it('quotes what needs quoting (an institution the vocabulary does not know shows its id)', async () => {
      await placed({ student: { institutionId: 'inst;"x",y' }, startDate: '2027-04-01' });
      for (const [language, delimiter] of [['NL', ';'], ['EN', ',']] as const) {
        const rows: string[][] = parse(await w.progress.csv(STAFF, 2027, { language }), { bom: true, delimiter });
        expect(rows.find((r) => r[1] === 'inst;"x",y')!.slice(2)).toEqual(['inst;"x",y', '1', '0']);
      }
    });

    it('names academic years by both their years, and is for staff only', async () => {
      const csv = await w.progress.csv(STAFF, 2026, { period: 'ACADEMIC' });
      expect(parse(csv, { bom: true, delimiter: ';' })[0].slice(3)).toEqual(['Studiejaar 2026-2027', 'Studiejaar 2025-2026']);
      expect((await domainError(w.progress.csv(asStudent('stu_1'), 2027))).code).toBe('FORBIDDEN');
      expect((await domainError(w.progress.csv(undefined, 2027))).code).toBe('UNAUTHENTICATED');
    });
  });
});
