import { STAFF, startTestMarketplace, type GraphQLResult, type TestMarketplace } from './harness';
import { applyWhenReady, periodStartingSoon, publishAssignment, registerApprovedCompany, registerStudent } from './fixtures';

const PROGRESS = `query($p: PeriodKind, $l: Language) {
  placementProgress(period: $p, language: $l) {
    year periodKind periodStart periodEnd asOf target targetIsDefault count expectedByNow pace
    forecast { low expected high }
    forecastBacktest { meanAbsolutePercentageError months { year month forecast actual error } }
    bySector { key label count } byMunicipality { key label count } byInstitution { key label count }
    byType { key label count } byLevel { key label count }
    beside { adStudents nonFinalPhaseStudents cancelledAfterStart }
    monthly { month count cumulative }
    funnel { applications offers placements completed applicationToOffer offerToPlacement placementToCompleted }
    previousYear { year count monthly { month count } }
  } }`;

const sum = (list: Array<{ count: number }>) => list.reduce((n, b) => n + b.count, 0);

/** Progress toward the goal over HTTP: through the gateway, and the CSV download route beside it. */
describe('progress toward the goal (embedded profile, over HTTP)', () => {
  let m: TestMarketplace;
  let staff: string;
  let student: { id: string; token: string };
  /** The download route the embedded gateway mounts beside /graphql (gateway/src/marketplace.ts). */
  let csvUrl: string;

  beforeAll(async () => {
    m = await startTestMarketplace();
    staff = await m.signIn(STAFF.email, STAFF.password);
    csvUrl = new URL('/exports/progress.csv', m.url).toString();

    const company = await registerApprovedCompany(m, staff);
    const assignmentId = await publishAssignment(m, company.token, { sector: 'HEALTHCARE', type: 'INTERNSHIP', ...periodStartingSoon() });
    student = await registerStudent(m, { level: 'BACHELOR', studyYear: 4 });
    const applicationId = await applyWhenReady(m, student.token, assignmentId);
    await m.ok('mutation($id: ID!) { moveApplication(id: $id, status: OFFERED) { status } }', { id: applicationId }, company.token);
    const { acceptOffer } = await m.ok('mutation($id: ID!) { acceptOffer(applicationId: $id) { id } }', { id: applicationId }, student.token);
    await m.ok('mutation($id: ID!) { startPlacement(id: $id) { startDate } }', { id: acceptOffer.id }, company.token);
  });

  afterAll(async () => {
    await m.stop();
  });

  it('shows staff the count with its breakdowns, pace, forecast, trend, the year before and the funnel', async () => {
    const { placementProgress: p } = await m.ok(PROGRESS, { l: 'EN' }, staff);
    expect(p).toMatchObject({
      periodKind: 'CALENDAR',
      count: 1,
      targetIsDefault: true,
      beside: { adStudents: 0, nonFinalPhaseStudents: 0, cancelledAfterStart: 0 },
      funnel: { applications: 1, offers: 1, placements: 1, completed: 0, applicationToOffer: 1, offerToPlacement: 1, placementToCompleted: 0 },
      previousYear: { year: p.year - 1, count: 0 },
    });
    for (const list of [p.bySector, p.byMunicipality, p.byInstitution, p.byType, p.byLevel]) expect(sum(list)).toBe(1);
    expect(p.bySector[0]).toEqual({ key: 'HEALTHCARE', label: 'Healthcare', count: 1 });
    expect(p.byLevel).toEqual([{ key: 'BACHELOR_4', label: 'Bachelor, year 4', count: 1 }]);
    expect(p.byInstitution).toEqual([{ key: 'hogeschool-rotterdam', label: 'Hogeschool Rotterdam', count: 1 }]);
    expect(p.monthly).toHaveLength(12);
    expect(p.monthly.at(-1).cumulative).toBe(1);
    // The one placement has started and none is confirmed to start: the floor is the count.
    expect(p.forecast.low).toBe(p.count);
    expect(p.forecast.low).toBeLessThanOrEqual(p.forecast.expected);
    expect(p.forecast.expected).toBeLessThanOrEqual(p.forecast.high);
    // No finished period had starts: nothing to measure the forecast against yet.
    expect(p.forecastBacktest.meanAbsolutePercentageError).toBeNull();

    const { placementProgress: academic } = await m.ok(PROGRESS, { p: 'ACADEMIC' }, staff);
    expect(academic).toMatchObject({ periodKind: 'ACADEMIC', count: 1 });
    expect(academic.periodStart).toMatch(/-09-01$/);
    expect(academic.bySector[0]).toMatchObject({ key: 'HEALTHCARE', label: 'Zorg' });
  });

  it('lets staff set a target, validated, and nobody else', async () => {
    const { placementProgress } = await m.ok('query { placementProgress { year } }', {}, staff);
    const set = 'mutation($y: Int!, $t: Int!) { setPlacementTarget(year: $y, target: $t) { year target targetIsDefault } }';
    expect((await m.ok(set, { y: placementProgress.year, t: 1111 }, staff)).setPlacementTarget).toEqual({ year: placementProgress.year, target: 1111, targetIsDefault: false });
    expect((await m.gql(set, { y: placementProgress.year, t: 100_001 }, staff)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await m.gql(set, { y: placementProgress.year, t: 10 }, student.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await m.gql(set, { y: placementProgress.year, t: 10 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('resets a target to the default ramp, and records every change: who, when, old → new', async () => {
    const year = (await m.ok('query { placementProgress(period: ACADEMIC) { year } }', {}, staff)).placementProgress.year;
    const ramp = (await m.ok('query($y: Int) { placementProgress(year: $y, period: ACADEMIC) { target targetIsDefault } }', { y: year }, staff)).placementProgress;
    expect(ramp.targetIsDefault).toBe(true);
    const set = 'mutation($y: Int!, $t: Int!) { setPlacementTarget(year: $y, period: ACADEMIC, target: $t) { target targetIsDefault } }';
    const reset = 'mutation($y: Int!) { resetPlacementTarget(year: $y, period: ACADEMIC) { target targetIsDefault targetHistory { by from fromDefault to toDefault at } } }';
    await m.ok(set, { y: year, t: 700 }, staff);
    await m.ok(set, { y: year, t: 900 }, staff);
    const { resetPlacementTarget } = await m.ok(reset, { y: year }, staff);
    expect(resetPlacementTarget).toMatchObject({ target: ramp.target, targetIsDefault: true });
    expect(resetPlacementTarget.targetHistory.map(({ at: _at, by: _by, ...change }: Record<string, unknown>) => change)).toEqual([
      { from: ramp.target, fromDefault: true, to: 700, toDefault: false },
      { from: 700, fromDefault: false, to: 900, toDefault: false },
      { from: 900, fromDefault: false, to: ramp.target, toDefault: true },
    ]);
    // One staff member made all three changes.
    expect(new Set(resetPlacementTarget.targetHistory.map((c: { by: string }) => c.by)).size).toBe(1);
    const ats = resetPlacementTarget.targetHistory.map((c: { at: string }) => c.at);
    expect([...ats].sort()).toEqual(ats);
    expect((await m.gql(reset, { y: year }, student.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('exports the aggregates as CSV through the gateway, to staff only', async () => {
    const { placementProgressCsv } = await m.ok('query { placementProgressCsv(language: EN) }', {}, staff);
    expect(placementProgressCsv.startsWith('\uFEFFSection,Key,Label,Calendar year ')).toBe(true);
    expect(placementProgressCsv).not.toContain(student.id);
    expect((await m.gql('query { placementProgressCsv }', {}, student.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await m.gql(PROGRESS, {}, student.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('serves the CSV as a download beside the gateway, to staff only', async () => {
    const year = (await m.ok('query { placementProgress { year } }', {}, staff)).placementProgress.year;
    const download = await fetch(`${csvUrl}?year=${year}&period=CALENDAR&lang=nl`, { headers: { authorization: `Bearer ${staff}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="career-boost-voortgang-${year}.csv"`);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte-order mark
    const text = bytes.toString('utf8');
    expect(text).toContain(`Onderdeel;Sleutel;Omschrijving;Kalenderjaar ${year};Kalenderjaar ${year - 1}\r\n`);
    expect(text).toContain('Per sector;HEALTHCARE;Zorg;1;0\r\n');
    expect(text).not.toContain(student.id);

    const english = await fetch(csvUrl, { headers: { authorization: `Bearer ${staff}`, 'accept-language': 'en-GB,en;q=0.8' } });
    expect(await english.text()).toContain('By sector,HEALTHCARE,Healthcare,1,0\r\n');

    const refused = await fetch(csvUrl, { headers: { authorization: `Bearer ${student.token}` } });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as GraphQLResult).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await fetch(csvUrl)).status).toBe(401);
    expect((await fetch(csvUrl, { headers: { authorization: 'Bearer forged' } })).status).toBe(401);
    const bad = await fetch(`${csvUrl}?year=next&lang=fr`, { headers: { authorization: `Bearer ${staff}` } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as GraphQLResult).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the placements behind the number for staff: the counted rows make the count and every breakdown', async () => {
    const AUDIT = `query($p: PeriodKind) { progressAudit(period: $p) { year periodKind total counted
      rows(pageSize: 100) { placementId studentId startDate studyLevel studyYear institutionId sector type municipality municipalityDecidedBy countsTowardGoal notCountedReason correctionReason } } }`;
    for (const period of ['CALENDAR', 'ACADEMIC']) {
      const { placementProgress: p } = await m.ok(PROGRESS, { p: period }, staff);
      const { progressAudit: audit } = await m.ok(AUDIT, { p: period }, staff);
      const counted = audit.rows.filter((r: { countsTowardGoal: boolean }) => r.countsTowardGoal);
      expect({ period, counted: counted.length, total: audit.counted }).toEqual({ period, counted: p.count, total: p.count });
      const tally = (key: string) => Object.entries(counted.reduce((c: Record<string, number>, r: Record<string, string>) => ({ ...c, [r[key]]: (c[r[key]] ?? 0) + 1 }), {})).sort();
      const nonZero = (list: Array<{ key: string; count: number }>) => list.filter((b) => b.count > 0).map((b) => [b.key, b.count]).sort();
      expect(tally('sector')).toEqual(nonZero(p.bySector));
      expect(tally('municipality')).toEqual(nonZero(p.byMunicipality));
      expect(tally('institutionId')).toEqual(nonZero(p.byInstitution));
      expect(tally('type')).toEqual(nonZero(p.byType));
    }
    const { progressAudit } = await m.ok(AUDIT, {}, staff);
    expect(progressAudit.rows).toContainEqual(expect.objectContaining({ studentId: student.id, studyLevel: 'BACHELOR', studyYear: 4, municipalityDecidedBy: 'ON_SITE', countsTowardGoal: true, correctionReason: null }));
    expect((await m.gql(AUDIT, {}, student.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('serves the audit list as a CSV download beside the progress CSV, to staff only, ids and no names', async () => {
    const url = new URL('/exports/progress-audit.csv', m.url).toString();
    const { progressAudit } = await m.ok('query { progressAudit { year counted } }', {}, staff);
    const download = await fetch(`${url}?year=${progressAudit.year}&lang=nl`, { headers: { authorization: `Bearer ${staff}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="career-boost-plaatsingen-${progressAudit.year}.csv"`);
    const lines = (await download.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Plaatsing;Student;Opdracht;Organisatie;Status;/);
    expect(lines.filter((l) => l.includes(`;${student.id};`))).toHaveLength(1);
    expect(lines.slice(1).filter((l) => l.includes(';ja;')).length).toBeGreaterThanOrEqual(progressAudit.counted);
    expect(lines.join('\n')).not.toContain('Sam Jansen');
    const { progressAuditCsv } = await m.ok('query { progressAuditCsv(language: EN) }', {}, staff);
    expect(progressAuditCsv.startsWith('\uFEFFPlacement,Student,Assignment,Organisation,Status,')).toBe(true);
    expect((await fetch(url, { headers: { authorization: `Bearer ${student.token}` } })).status).toBe(403);
    expect((await fetch(url)).status).toBe(401);
  });

  it('refuses a start date in the future or a malformed one with the field and reason, through the gateway', async () => {
    const company = await registerApprovedCompany(m, staff);
    const assignmentId = await publishAssignment(m, company.token, periodStartingSoon());
    const other = await registerStudent(m, { level: 'BACHELOR', studyYear: 3 });
    const applicationId = await applyWhenReady(m, other.token, assignmentId);
    await m.ok('mutation($id: ID!) { moveApplication(id: $id, status: OFFERED) { status } }', { id: applicationId }, company.token);
    const { acceptOffer } = await m.ok('mutation($id: ID!) { acceptOffer(applicationId: $id) { id } }', { id: applicationId }, other.token);
    const start = 'mutation($id: ID!, $d: LocalDate) { startPlacement(id: $id, startDate: $d) { status } }';
    const future = await m.gql(start, { id: acceptOffer.id, d: periodStartingSoon().periodStart }, company.token);
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startDate', reason: 'START_DATE_IN_FUTURE' });
    const beforeConfirmation = await m.gql(start, { id: acceptOffer.id, d: '2020-01-01' }, company.token);
    expect(beforeConfirmation.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startDate', reason: 'START_BEFORE_CONFIRMATION' });
    const malformed = await m.gql(start, { id: acceptOffer.id, d: '2027-02-30' }, company.token);
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
