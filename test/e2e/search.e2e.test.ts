import { STAFF, eventually, startTestMarketplace, type TestMarketplace } from './harness';
import { applyWhenReady, periodStartingSoon, publishAssignment, registerApprovedCompany, registerStudent } from './fixtures';

/**
 * Skills-first search and explainable matching (issue 4) through the gateway, as the web app uses
 * them: the search box with typos and Dutch inflections, the skills autocomplete, and matches that
 * explain themselves to the student, the company and staff.
 */
describe('search and matching through the gateway', () => {
  let m: TestMarketplace;
  let staff: string;
  let company: { id: string; token: string };
  let care: { id: string; token: string };
  const ids: Record<string, string> = {};

  const SEARCH = `query($q: String, $f: AssignmentFilter, $sort: AssignmentSort) {
    searchAssignments(query: $q, filter: $f, sort: $sort, pageSize: 50) {
      total
      hits { assignment { id title } highlights { field snippet } }
      facets { sector { value count } workMode { value count } }
    }
  }`;
  const search = async (variables: Record<string, unknown>) => (await m.ok(SEARCH, variables)).searchAssignments;
  const found = async (q: string) => (await search({ q })).hits.map((h: { assignment: { id: string } }) => h.assignment.id);

  beforeAll(async () => {
    m = await startTestMarketplace();
    staff = await m.signIn(STAFF.email, STAFF.password);
    company = await registerApprovedCompany(m, staff, { sector: 'ICT' });
    care = await registerApprovedCompany(m, staff, { sector: 'HEALTHCARE', name: `Zorggroep Drechtsteden ${Date.now()}` });
    ids.js = await publishAssignment(m, company.token, {
      title: 'JavaScript developer voor het klantportaal',
      description: 'Je bouwt schermen voor de klanten van de werf.',
      type: 'INTERNSHIP',
      sector: 'ICT',
      requiredSkills: [{ skillId: 'javascript', level: 2 }, { skillId: 'sql', level: 2 }],
      remote: true,
    });
    ids.nurse = await publishAssignment(m, care.token, {
      title: 'Verpleegkundige op de afdeling geriatrie',
      description: 'Je werkt mee in het team van de afdeling.',
      type: 'INTERNSHIP',
      sector: 'HEALTHCARE',
      levels: ['AD', 'BACHELOR'],
      requiredSkills: [{ skillId: 'wound-care', level: 2 }],
    });
    ids.lab = await publishAssignment(m, care.token, {
      title: 'Roosters voor het laboratorium',
      description: 'Doorlooptijden van monsters verkorten.',
      type: 'PROJECT',
      sector: 'HEALTHCARE',
      requiredSkills: [{ skillId: 'excel', level: 2 }],
    });
    await eventually(async () => (await search({})).total >= 3 && (await found('laboratorium')).includes(ids.lab), 'the assignments to be searchable');
  });

  afterAll(async () => {
    await m.stop();
  });

  it('finds "JavaScript" for "javscript", "verpleegkundige" for "verpleegkunde", and healthcare for "zorg"', async () => {
    expect(await found('javscript')).toContain(ids.js);
    expect(await found('verpleegkunde')).toEqual([ids.nurse]);
    const zorg = await found('zorg');
    expect(zorg).toEqual(expect.arrayContaining([ids.nurse, ids.lab]));
    expect(zorg).not.toContain(ids.js);
  });

  it('highlights what matched, escaped, and counts facets that add up', async () => {
    const result = await search({ q: 'verpleegkunde' });
    expect(result.hits[0].highlights).toEqual([{ field: 'TITLE', snippet: '<mark>Verpleegkundige</mark> op de afdeling geriatrie' }]);
    const all = await search({ f: { workModes: ['ON_SITE'] } });
    const sum = (counts: Array<{ count: number }>) => counts.reduce((a, c) => a + c.count, 0);
    expect(sum(all.facets.sector)).toBe(all.total);
    expect(all.facets.workMode).toEqual(expect.arrayContaining([{ value: 'REMOTE', count: expect.any(Number) }]));
    expect(all.hits.map((h: { assignment: { id: string } }) => h.assignment.id)).not.toContain(ids.js);
  });

  it('autocompletes skills in either language, as Skill references', async () => {
    // Only ids here: the students subgraph resolves Skill from the frozen vocabulary object, which
    // @apollo/subgraph cannot tag with __typename (a bug on its side, reported to the lead).
    const { skills } = await m.ok('query($q: String!, $l: Language) { skills(query: $q, language: $l, limit: 3) { id } }', { q: 'javscr', l: 'EN' });
    expect(skills[0]).toEqual({ id: 'javascript' });
    const dutch = await m.ok('query { skills(query: "wondverz") { id } }');
    expect(dutch.skills[0]).toEqual({ id: 'wound-care' });
    expect((await m.gql(`query { skills(query: "${'x'.repeat(101)}") { id } }`)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('recommends assignments to the student and candidates to the company, each explained, and matchFor for each side', async () => {
    const student = await registerStudent(m, {
      skills: [{ skillId: 'javascript', level: 3 }, { skillId: 'sql', level: 2 }],
      preferences: { sectors: ['ICT'] },
      discoverable: true,
    });
    const RECOMMEND = 'query($id: ID!) { recommendAssignments(studentId: $id, language: EN) { score eligible reasons assignment { id title } } }';
    const recommended = await eventually(async () => {
      const list = (await m.ok(RECOMMEND, { id: student.id }, student.token)).recommendAssignments;
      return list.length > 0 && list;
    }, 'the student to reach search');
    expect(recommended[0]).toMatchObject({ assignment: { id: ids.js }, eligible: true, score: 100 });
    expect(recommended[0].reasons).toEqual(['Has both required skills: JavaScript, SQL', 'Matches your preferred sector: ICT']);

    const CANDIDATES = 'query($id: ID!) { recommendCandidates(assignmentId: $id, language: NL) { score reasons student { id name } } }';
    const { recommendCandidates } = await m.ok(CANDIDATES, { id: ids.js }, company.token);
    expect(recommendCandidates[0]).toMatchObject({ student: { id: student.id, name: 'Sam Jansen' } });
    expect(recommendCandidates[0].reasons).toContain('Wil in deze sector werken: ICT');
    const notTheirs = await m.gql(CANDIDATES, { id: ids.js }, care.token);
    expect(notTheirs.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const MATCH_FOR = 'query($a: ID!, $s: ID!) { assignment(id: $a) { title matchFor(studentId: $s, language: EN) { score eligible reasons } } }';
    const own = (await m.ok(MATCH_FOR, { a: ids.nurse, s: student.id }, student.token)).assignment.matchFor;
    expect(own.reasons).toEqual(expect.arrayContaining(['Does not have the required skill: Wound care', 'Not one of your preferred sectors: Healthcare']));

    // A student who is not discoverable: the company sees how they fit once they applied, not before.
    const shy = await registerStudent(m, { skills: [{ skillId: 'wound-care', level: 3 }], discoverable: false });
    await eventually(async () => (await m.gql(MATCH_FOR, { a: ids.nurse, s: shy.id }, shy.token)).data?.assignment?.matchFor, 'the shy student to reach search');
    const before = await m.gql(MATCH_FOR, { a: ids.nurse, s: shy.id }, care.token);
    expect(before.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await applyWhenReady(m, shy.token, ids.nurse);
    const after = await eventually(async () => (await m.gql(MATCH_FOR, { a: ids.nurse, s: shy.id }, care.token)).data?.assignment?.matchFor, 'the application to reach search');
    expect(after).toMatchObject({ eligible: true });
    expect(after.reasons).toContain('Has already applied to this assignment');
  });

  it('shows open assignments only, marks each hit with the open rule and the viewer\'s canApply, and the fit for a student', async () => {
    // One place, taken: the assignment is no longer open, so the default search leaves it out.
    const full = await publishAssignment(m, company.token, { title: `Eén plek ${Date.now()}`, places: 1, ...periodStartingSoon(), requiredSkills: [{ skillId: 'javascript', level: 1 }] });
    const taker = await registerStudent(m, { skills: [{ skillId: 'javascript', level: 3 }] });
    const applicationId = await applyWhenReady(m, taker.token, full);
    await m.ok('mutation($id: ID!) { moveApplication(id: $id, status: OFFERED) { status } }', { id: applicationId }, company.token);
    await m.ok('mutation($id: ID!) { acceptOffer(applicationId: $id) { status } }', { id: applicationId }, taker.token);
    const HITS = `query($f: AssignmentFilter) { searchAssignments(filter: $f, pageSize: 100) { total hits {
      assignment { id openForApplications applicationsCloseOn canApply { allowed reason } } fit(language: EN) { score eligible } } } }`;
    const hits = async (f: Record<string, unknown>, token?: string) => (await m.ok(HITS, { f }, token)).searchAssignments.hits;
    await eventually(async () => !(await hits({})).some((h: any) => h.assignment.id === full), 'the full assignment to leave the default search');

    const all = await hits({ includeClosed: true });
    expect(all.find((h: any) => h.assignment.id === full).assignment).toMatchObject({ openForApplications: false, canApply: { allowed: false, reason: 'SIGN_IN_REQUIRED' } });
    const open = await hits({});
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((h: any) => !h.assignment.openForApplications)).toEqual([]);
    expect(open.map((h: any) => h.fit)).toEqual(open.map(() => null));

    const student = await registerStudent(m, { skills: [{ skillId: 'javascript', level: 3 }, { skillId: 'sql', level: 2 }] });
    const mine = await eventually(async () => {
      const list = await hits({}, student.token);
      return list.every((h: any) => h.fit !== null) && list;
    }, 'the student to reach search');
    const js = mine.find((h: any) => h.assignment.id === ids.js);
    expect(js.fit).toMatchObject({ eligible: true, score: expect.any(Number) });
    expect(js.assignment.canApply).toEqual({ allowed: true, reason: null });
    const asStudent = await hits({ includeClosed: true }, student.token);
    expect(asStudent.find((h: any) => h.assignment.id === full).assignment.canApply).toEqual({ allowed: false, reason: 'ASSIGNMENT_FULL' });
    const applied = await m.gql('mutation($a: ID!) { apply(assignmentId: $a, motivation: "Graag!") { id } }', { a: full }, student.token);
    expect(applied.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ASSIGNMENT_FULL' });
  });

  it('refuses to post a period that has ended, naming the field', async () => {
    const result = await m.gql(
      `mutation { createAssignment(input: { title: "Een opdracht", description: "A long enough description of the work.", type: PROJECT, levels: [BACHELOR], periodStart: "2025-01-01", periodEnd: "2025-06-01", hoursPerWeek: 20 }) { id } }`,
      {},
      company.token,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERIOD_ENDED', field: 'input.periodEnd' });
  });
});
