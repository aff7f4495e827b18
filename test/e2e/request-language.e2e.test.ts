import { STAFF, eventually, graphqlClient } from './harness';
import { applyWhenReady, periodStartingSoon, publishAssignment } from './fixtures';
import { marketplaceForSuite, worldWithCompany } from './scenarios';

const MATCH_FOR = 'query($a: ID!, $s: ID!) { assignment(id: $a) { matchFor(studentId: $s) { reasons } } }';
const MATCH_FOR_NL = 'query($a: ID!, $s: ID!) { assignment(id: $a) { matchFor(studentId: $s, language: NL) { reasons } } }';
const RECOMMEND = 'query($s: ID!) { recommendAssignments(studentId: $s, limit: 50) { assignment { id } reasons } }';
const HISTORY = 'query($id: ID!) { application(id: $id) { status history { by reason note explanation } } }';

/**
 * Issue 11: texts the server words itself follow the request's language (Accept-Language, read once
 * by the gateway and passed on): Match.reasons, the explanation of a system move in a history, the
 * progress CSV. Dutch by default, English when preferred; an explicit `language` argument or
 * `?lang=` wins over the header.
 */

describe('server texts in the request’s language (through the gateway)', () => {
  const m = marketplaceForSuite();
  const as = (acceptLanguage?: string) => graphqlClient(() => m.url, acceptLanguage ? { 'accept-language': acceptLanguage } : {});


  it('words Match.reasons in English for Accept-Language en, in Dutch for nl or none, and the argument wins', async () => {
    const { student, assignmentId } = await worldWithCompany(m, { assignment: periodStartingSoon() });
    const reasons = async (acceptLanguage: string | undefined, query = MATCH_FOR) =>
      (await as(acceptLanguage).ok(query, { a: assignmentId, s: student.id }, student.token)).assignment.matchFor?.reasons as string[] | undefined;
    await eventually(async () => (await reasons('en'))?.length, 'search to know the student and the assignment');

    expect(await reasons('en')).toContain('Has the required skill: TypeScript');
    expect(await reasons('en-GB,en;q=0.9')).toContain('Has the required skill: TypeScript');
    expect(await reasons('nl;q=0.5, en')).toContain('Has the required skill: TypeScript');
    expect(await reasons('nl')).toContain('Heeft de gevraagde vaardigheid: TypeScript');
    expect(await reasons(undefined)).toContain('Heeft de gevraagde vaardigheid: TypeScript');
    expect(await reasons('de')).toContain('Heeft de gevraagde vaardigheid: TypeScript');
    expect(await reasons('en', MATCH_FOR_NL)).toContain('Heeft de gevraagde vaardigheid: TypeScript');

    const recommended = async (acceptLanguage: string) => {
      const { recommendAssignments } = await as(acceptLanguage).ok(RECOMMEND, { s: student.id }, student.token);
      return (recommendAssignments as Array<{ assignment: { id: string }; reasons: string[] }>).find((r) => r.assignment.id === assignmentId)?.reasons;
    };
    expect(await recommended('en')).toContain('Has the required skill: TypeScript');
    expect(await recommended('nl')).toContain('Heeft de gevraagde vaardigheid: TypeScript');
  });

  it('explains the automatic withdrawal in the request’s language, with the reason and no note', async () => {
    const { company, student, assignmentId: taken } = await worldWithCompany(m, { assignment: periodStartingSoon() });
    const other = await publishAssignment(m, company.token, periodStartingSoon());
    const accepted = await applyWhenReady(m, student.token, taken);
    const withdrawn = await applyWhenReady(m, student.token, other);
    await m.ok('mutation($id: ID!) { moveApplication(id: $id, status: OFFERED) { id } }', { id: accepted }, company.token);
    await m.ok('mutation($id: ID!) { acceptOffer(applicationId: $id) { id } }', { id: accepted }, student.token);

    const lastChange = async (acceptLanguage: string | undefined, token: string) => {
      const { application } = await as(acceptLanguage).ok(HISTORY, { id: withdrawn }, token);
      return application.status === 'WITHDRAWN' && application.history.at(-1);
    };
    const nl = await eventually(() => lastChange(undefined, student.token), 'the overlapping application to be withdrawn');
    expect(nl).toEqual({
      by: 'SYSTEM',
      reason: 'OVERLAPPING_PLACEMENT_ACCEPTED',
      note: null,
      explanation: 'Automatisch ingetrokken: de student heeft een plaats aangenomen in dezelfde periode.',
    });
    expect(await lastChange('en', company.token)).toEqual({ ...nl, explanation: 'Withdrawn automatically: the student accepted a place in the same period.' });
    expect(await lastChange('nl', company.token)).toEqual(nl);
    // A person's move has no explanation: its words are the person's own note.
    const { application } = await as('en').ok(HISTORY, { id: withdrawn }, student.token);
    expect(application.history[0]).toMatchObject({ by: 'STUDENT', explanation: null });
  });

  it('gives the progress CSV download in the header’s language, and ?lang= wins', async () => {
    const staff = await m.signIn(STAFF.email, STAFF.password);
    const csvUrl = new URL('/exports/progress.csv', m.url).toString();
    const download = async (query: string, acceptLanguage: string) =>
      (await fetch(`${csvUrl}${query}`, { headers: { authorization: `Bearer ${staff}`, 'accept-language': acceptLanguage } })).text();
    expect(await download('', 'en')).toMatch(/^\uFEFF?Section,Key,Label,/);
    expect(await download('', 'nl-NL')).toMatch(/^\uFEFF?Onderdeel;Sleutel;Omschrijving;/);
    expect(await download('', 'nl;q=0.4, en;q=0.8')).toMatch(/^\uFEFF?Section,/);
    expect(await download('?lang=nl', 'en')).toMatch(/^\uFEFF?Onderdeel;/);
  });

  it('gives placementProgressCsv in the header’s language, and the language argument wins', async () => {
    const staff = await m.signIn(STAFF.email, STAFF.password);
    const csv = async (acceptLanguage: string, language?: string) =>
      (await as(acceptLanguage).ok('query($l: Language) { placementProgressCsv(language: $l) }', { l: language }, staff)).placementProgressCsv as string;
    expect(await csv('en')).toMatch(/^\uFEFF?Section,Key,Label,/);
    expect(await csv('nl')).toMatch(/^\uFEFF?Onderdeel;/);
    expect(await csv('en', 'NL')).toMatch(/^\uFEFF?Onderdeel;/);
  });
});
