import { STAFF, eventually } from './harness';
import { amsterdamToday, applyWhenReady, periodStartingSoon, publishAssignment, registerApprovedCompany, registerStudent } from './fixtures';
import { marketplaceForSuite } from './scenarios';

/** The whole marketplace over HTTP through the gateway, as a person (or the web app) uses it. */
describe('a placement from posting to the goal count (embedded profile)', () => {
  const m = marketplaceForSuite();

  it('company registers → staff approve → it posts → a student finds it, applies, is offered, accepts → it starts → the count rises', async () => {
    const staff = await m.signIn(STAFF.email, STAFF.password);
    const year = new Date().getFullYear();
    const progress = async () =>
      (await m.ok('query($y: Int) { placementProgress(year: $y) { year target count } }', { y: year }, staff)).placementProgress;
    const before = await progress();
    expect(before).toMatchObject({ year, count: expect.any(Number), target: expect.any(Number) });

    const company = await registerApprovedCompany(m, staff);
    const assignmentId = await publishAssignment(m, company.token, { title: 'Afstudeeropdracht slimme scheepsplanning', places: 2, ...periodStartingSoon() });

    const search = await eventually(async () => {
      const { searchAssignments } = await m.ok(
        'query { searchAssignments(query: "scheepsplanning") { total hits { assignment { id title company { name } } } } }',
      );
      return searchAssignments.hits.some((h: any) => h.assignment.id === assignmentId) && searchAssignments;
    }, 'the published assignment to become searchable');
    expect(search.total).toBeGreaterThanOrEqual(1);

    const student = await registerStudent(m, { studyYear: 3, level: 'BACHELOR' });
    const me = await m.ok('query { me { role student { id name } } }', {}, student.token);
    expect(me.me).toEqual({ role: 'STUDENT', student: { id: student.id, name: 'Sam Jansen' } });

    const applicationId = await applyWhenReady(m, student.token, assignmentId);
    const applicants = await m.ok(
      'query($id: ID!) { assignment(id: $id) { placesLeft applications { id status student { id name } } } }',
      { id: assignmentId },
      company.token,
    );
    expect(applicants.assignment.placesLeft).toBe(2);
    expect(applicants.assignment.applications).toEqual([{ id: applicationId, status: 'SUBMITTED', student: { id: student.id, name: 'Sam Jansen' } }]);

    await m.ok(
      'mutation($id: ID!) { moveApplication(id: $id, status: OFFERED, note: "Welkom!") { status } }',
      { id: applicationId },
      company.token,
    );
    const { acceptOffer } = await m.ok(
      'mutation($id: ID!) { acceptOffer(applicationId: $id) { id status assignment { placesLeft } } }',
      { id: applicationId },
      student.token,
    );
    expect(acceptOffer.status).toBe('CONFIRMED');
    expect(acceptOffer.assignment.placesLeft).toBe(1);

    const today = amsterdamToday(); // the server's today: a start is never after it
    const { startPlacement } = await m.ok(
      'mutation($id: ID!, $d: LocalDate!) { startPlacement(id: $id, startDate: $d) { status startDate countsTowardGoal } }',
      { id: acceptOffer.id, d: today },
      company.token,
    );
    expect(startPlacement).toEqual({ status: 'ACTIVE', startDate: today, countsTowardGoal: true });

    // Progress is a read model fed by events, so the rise may take a moment to arrive.
    const after = await eventually(async () => {
      const p = await progress();
      return p.count > before.count && p;
    }, 'the progress count to rise');
    expect(after.count).toBe(before.count + 1);

    const history = await m.ok(
      'query($id: ID!) { application(id: $id) { status history { from to by note } } }',
      { id: applicationId },
      student.token,
    );
    expect(history.application.status).toBe('ACCEPTED');
    expect(history.application.history.map((h: any) => h.to)).toEqual(['SUBMITTED', 'OFFERED', 'ACCEPTED']);
  });

  it('gives staff the progress and audit CSVs through the gateway from the placements service (both profiles); a student gets 403, nobody 401', async () => {
    const staff = await m.signIn(STAFF.email, STAFF.password);
    const student = await registerStudent(m);
    const at = (path: string) => new URL(path, m.url).toString();
    const progress = await fetch(`${at('/exports/progress.csv')}?lang=en`, { headers: { authorization: `Bearer ${staff}` } });
    expect(progress.status).toBe(200);
    expect(progress.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(progress.headers.get('content-disposition')).toBe('attachment; filename="career-boost-progress-current.csv"');
    const { placementProgressCsv } = await m.ok('query { placementProgressCsv(language: EN) }', {}, staff);
    expect(Buffer.from(await progress.arrayBuffer()).toString('utf8')).toBe(placementProgressCsv); // byte for byte, with its BOM
    const audit = await fetch(`${at('/exports/progress-audit.csv')}?lang=nl`, { headers: { authorization: `Bearer ${staff}` } });
    expect(audit.status).toBe(200);
    expect((await audit.text()).replace(/^\uFEFF/, '')).toMatch(/^Plaatsing;Student;Opdracht;Organisatie;Status;/);
    expect((await fetch(at('/exports/progress.csv'), { headers: { authorization: `Bearer ${student.token}` } })).status).toBe(403);
    expect((await fetch(at('/exports/progress.csv'))).status).toBe(401);
  });
});
