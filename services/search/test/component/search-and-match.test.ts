import type { DomainError } from '@cb/kit';
import { MatchFor } from '../../src/app/match-for';
import { RecommendAssignments } from '../../src/app/recommend-assignments';
import { RecommendCandidates } from '../../src/app/recommend-candidates';
import { SearchAssignments } from '../../src/app/search-assignments';
import { SuggestSkills } from '../../src/app/suggest-skills';
import { asCompany, asStudent, codeOf, STAFF as staff } from '../../../../test/support/service-tests';
import { assignmentFacts, companyFacts, events, placementFacts, projectionPerTest, studentFacts } from './fixtures';

/** The search service's use cases as a person meets them, over a real store and index. */
describe('searching and matching', () => {
  const clock = () => new Date('2026-03-01T12:00:00Z');
  const world = projectionPerTest({ indexInFile: false }, ({ index, projection }) => ({
    search: new SearchAssignments(index, clock),
    recommend: new RecommendAssignments(projection, clock),
    candidates: new RecommendCandidates(projection, clock),
    matchFor: new MatchFor(projection, clock),
  }));
  const { feed } = world;
  const hitIds = async (args: Record<string, unknown> = {}) => (await world.search.run(args)).hits.map((h) => h.assignmentId);

  describe('text: typos, inflections and the words of a sector', () => {
    beforeEach(async () => {
      await feed(
        events.companyRegistered(companyFacts('com-1', { name: 'Rivierdelta Software' })),
        events.companyRegistered(companyFacts('com-care', { name: 'Albert Schweitzer ziekenhuis', sector: 'HEALTHCARE' })),
        events.assignmentPublished(
          assignmentFacts('asg-js', 'com-1', { title: 'JavaScript developer voor het klantportaal', description: 'Bouw schermen voor klanten.', requiredSkills: [{ skillId: 'react', level: 2 }] }),
        ),
        events.assignmentPublished(
          assignmentFacts('asg-nurse', 'com-care', {
            title: 'Verpleegkundige op de afdeling geriatrie',
            description: 'Je loopt mee met het team van de afdeling.',
            sector: 'HEALTHCARE',
            requiredSkills: [{ skillId: 'wound-care', level: 2 }],
          }),
        ),
        events.assignmentPublished(
          assignmentFacts('asg-lab', 'com-care', {
            title: 'Planning van het laboratorium',
            description: 'Roosters en doorlooptijden van de monsters.',
            sector: 'HEALTHCARE',
            requiredSkills: [{ skillId: 'excel', level: 2 }],
          }),
        ),
        events.assignmentPublished(
          assignmentFacts('asg-port', 'com-1', { title: 'Havenplanning met data', description: 'Analyse van de containerstromen.', sector: 'LOGISTICS', requiredSkills: [{ skillId: 'sql', level: 2 }] }),
        ),
      );
    });

    it('finds JavaScript for the typo "javscript"', async () => {
      expect(await hitIds({ query: 'javscript' })).toEqual(['asg-js']);
    });

    it('finds "verpleegkundige" for "verpleegkunde", and for the plural "verpleegkundigen"', async () => {
      expect(await hitIds({ query: 'verpleegkunde' })).toEqual(['asg-nurse']);
      expect(await hitIds({ query: 'verpleegkundigen' })).toEqual(['asg-nurse']);
    });

    it('finds every healthcare assignment for "zorg", and for "healthcare", whatever their words', async () => {
      expect((await hitIds({ query: 'zorg' })).sort()).toEqual(['asg-lab', 'asg-nurse']);
      expect((await hitIds({ query: 'Healthcare' })).sort()).toEqual(['asg-lab', 'asg-nurse']);
    });

    it('finds words as they are typed', async () => {
      expect(await hitIds({ query: 'klantport' })).toEqual(['asg-js']);
      expect(await hitIds({ query: 'developers' })).toEqual(['asg-js']);
    });

    it('marks what matched in title, description and organisation, escaped for HTML', async () => {
      await feed(events.assignmentPublished(assignmentFacts('asg-xss', 'com-1', { title: 'Walstroom <script>alert(1)</script> & "meer"', description: 'Over walstroom.' })));
      const [hit] = (await world.search.run({ query: 'walstroom' })).hits;
      expect(hit.highlights).toEqual([
        { field: 'TITLE', snippet: '<mark>Walstroom</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;meer&quot;' },
        { field: 'DESCRIPTION', snippet: 'Over <mark>walstroom</mark>.' },
      ]);
      const [nurse] = (await world.search.run({ query: 'verpleegkunde' })).hits;
      expect(nurse.highlights).toEqual([{ field: 'TITLE', snippet: '<mark>Verpleegkundige</mark> op de afdeling geriatrie' }]);
      const [byCompany] = (await world.search.run({ query: 'schweitzer planning' })).hits;
      expect(byCompany.highlights.map((h) => h.field)).toEqual(['TITLE', 'COMPANY']);
    });

    it('gives no highlights without a query', async () => {
      expect((await world.search.run({})).hits.every((h) => h.highlights.length === 0)).toBe(true);
    });
  });

  describe('filters, facets, sort and paging', () => {
    beforeEach(async () => {
      await feed(
        events.companyRegistered(companyFacts('com-1')),
        events.assignmentPublished(
          assignmentFacts('asg-a', 'com-1', { periodStart: '2026-09-01', periodEnd: '2027-01-31', hoursPerWeek: 16, remote: true, publishedAt: '2026-02-03T09:00:00.000Z' }),
        ),
        events.assignmentPublished(
          assignmentFacts('asg-b', 'com-1', { periodStart: '2027-02-01', periodEnd: '2027-06-30', hoursPerWeek: 32, sector: 'HEALTHCARE', publishedAt: '2026-02-01T09:00:00.000Z' }),
        ),
        events.assignmentPublished(
          assignmentFacts('asg-c', 'com-1', { periodStart: '2026-06-01', periodEnd: '2026-08-31', hoursPerWeek: 40, type: 'PROJECT', publishedAt: '2026-02-02T09:00:00.000Z' }),
        ),
        events.placementConfirmed(placementFacts('plc-1', 'asg-c')),
      );
    });

    it('shows only open assignments by default: a full one, a passed deadline and a started period stay out, and total and facets count the same set', async () => {
      await feed(
        events.assignmentPublished(assignmentFacts('asg-late', 'com-1', { applicationDeadline: '2026-02-28', periodStart: '2026-09-01', periodEnd: '2027-01-31' })),
        events.assignmentPublished(assignmentFacts('asg-started', 'com-1', { periodStart: '2026-03-01', periodEnd: '2026-07-31' })),
      );
      const open = await world.search.run({});
      expect(open.hits.map((h) => h.assignmentId).sort()).toEqual(['asg-a', 'asg-b']);
      expect(open.total).toBe(2);
      const sum = (counts: Array<{ count: number }>) => counts.reduce((n, c) => n + c.count, 0);
      for (const facet of Object.values(open.facets)) expect(sum(facet)).toBe(open.total);
      const all = await world.search.run({ filter: { includeClosed: true } });
      expect(all.hits.map((h) => h.assignmentId).sort()).toEqual(['asg-a', 'asg-b', 'asg-c', 'asg-late', 'asg-started']);
      expect(all.total).toBe(5);
    });

    it('closes at midnight in Amsterdam without a reindex: the same index answers differently a minute later', async () => {
      await feed(events.assignmentPublished(assignmentFacts('asg-due', 'com-1', { applicationDeadline: '2026-03-10', periodStart: '2026-09-01', periodEnd: '2027-01-31' })));
      let now = new Date('2026-03-10T22:59:00Z'); // 23:59 on the deadline day in Amsterdam
      const later = new SearchAssignments(world.projection.index, () => now);
      expect(await later.run({}).then((r) => r.hits.map((h) => h.assignmentId))).toContain('asg-due');
      now = new Date('2026-03-10T23:00:00Z'); // 00:00 on the 11th
      expect(await later.run({}).then((r) => r.hits.map((h) => h.assignmentId))).not.toContain('asg-due');
    });

    it('filters on a period that overlaps from–until, either end open', async () => {
      expect((await hitIds({ filter: { from: '2026-12-01', until: '2027-02-15', includeClosed: true } })).sort()).toEqual(['asg-a', 'asg-b']);
      expect((await hitIds({ filter: { from: '2027-02-01', includeClosed: true } })).sort()).toEqual(['asg-b']);
      expect((await hitIds({ filter: { until: '2026-08-31', includeClosed: true } })).sort()).toEqual(['asg-c']);
    });

    it('filters on hours a week, both ends included', async () => {
      expect((await hitIds({ filter: { minHours: 32, includeClosed: true } })).sort()).toEqual(['asg-b', 'asg-c']);
      expect((await hitIds({ filter: { minHours: 16, maxHours: 32, includeClosed: true } })).sort()).toEqual(['asg-a', 'asg-b']);
    });

    it('filters on remote or on site, and on places left', async () => {
      expect(await hitIds({ filter: { workModes: ['REMOTE'] } })).toEqual(['asg-a']);
      expect((await hitIds({ filter: { workModes: ['ON_SITE'], includeClosed: true } })).sort()).toEqual(['asg-b', 'asg-c']);
      expect((await hitIds({ filter: { hasPlacesLeft: true } })).sort()).toEqual(['asg-a', 'asg-b']);
      expect(await hitIds({ filter: { hasPlacesLeft: false } })).toEqual(['asg-c']);
    });

    it('has facet counts that add up to the total for every field not filtered', async () => {
      const result = await world.search.run({ filter: { hasPlacesLeft: true } });
      expect(result.total).toBe(2);
      const sum = (counts: Array<{ count: number }>) => counts.reduce((a, c) => a + c.count, 0);
      for (const facet of [result.facets.sector, result.facets.type, result.facets.level, result.facets.municipality, result.facets.workMode]) {
        expect(sum(facet)).toBe(result.total);
      }
      expect(result.facets.workMode).toEqual([
        { value: 'ON_SITE', count: 1 },
        { value: 'REMOTE', count: 1 },
      ]);
    });

    it('sorts by newest, by start date, and by relevance (newest first without a query)', async () => {
      expect(await hitIds({ sort: 'NEWEST', filter: { includeClosed: true } })).toEqual(['asg-a', 'asg-c', 'asg-b']);
      expect(await hitIds({ sort: 'START_DATE', filter: { includeClosed: true } })).toEqual(['asg-c', 'asg-a', 'asg-b']);
      expect(await hitIds({ filter: { includeClosed: true } })).toEqual(['asg-a', 'asg-c', 'asg-b']);
    });

    it('pages through the hits', async () => {
      const pages = await Promise.all([1, 2].map((page) => world.search.run({ sort: 'START_DATE', page, pageSize: 2, filter: { includeClosed: true } })));
      expect(pages.map((p) => p.hits.map((h) => h.assignmentId))).toEqual([['asg-c', 'asg-a'], ['asg-b']]);
      expect(pages.map((p) => p.total)).toEqual([3, 3]);
    });

    it.each([
      ['until before from', { filter: { from: '2027-01-01', until: '2026-01-01' } }, 'until'],
      ['maxHours below minHours', { filter: { minHours: 30, maxHours: 20 } }, 'maxHours'],
      ['over 80 hours', { filter: { maxHours: 81 } }, 'maxHours'],
      ['a date that is not one', { filter: { from: '2026-13-01' } }, 'from'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, args, field) => {
      const err = await world.search.run(args).catch((e: unknown) => e);
      expect((err as DomainError).code).toBe('BAD_USER_INPUT');
      expect((err as DomainError).message).toContain(field);
    });
  });

  describe('skills autocomplete', () => {
    const suggest = new SuggestSkills();
    const ids = (query: string, language = 'NL', limit = 5) => suggest.run({ query, language, limit }).map((s) => s.id);

    it('completes Dutch and English labels as they are typed', () => {
      expect(ids('verpleeg')[0]).toBe('nursing');
      expect(ids('Wound', 'EN')[0]).toBe('wound-care');
      expect(ids('wondz')[0]).toBe('wound-care');
      expect(ids('typescr')[0]).toBe('typescript');
    });

    it('knows synonyms and tolerates typos', () => {
      expect(ids('golang')[0]).toBe('go');
      expect(ids('javscript')[0]).toBe('javascript');
      expect(ids('verpleegkundige')[0]).toBe('nursing');
      expect(ids('ouderen zorg')).toContain('elderly-care');
    });

    it('returns Skill references only, at most the limit, and nothing for nothing', () => {
      expect(suggest.run({ query: 'data', limit: 3 })).toHaveLength(3);
      expect(suggest.run({ query: 'data', limit: 3 })[0]).toEqual({ id: expect.any(String) });
      expect(suggest.run({ query: '  ' })).toEqual([]);
      expect(suggest.run({ query: 'qqqqqqqq' })).toEqual([]);
    });

    it('refuses an over-long query and a limit out of range', () => {
      expect(() => suggest.run({ query: 'x'.repeat(101) })).toThrow(/query/);
      expect(() => suggest.run({ query: 'x', limit: 51 })).toThrow(/limit/);
    });
  });

  describe('recommendCandidates', () => {
    beforeEach(async () => {
      await feed(
        events.companyRegistered(companyFacts('com-1')),
        events.companyRegistered(companyFacts('com-2')),
        events.assignmentPublished(
          assignmentFacts('asg-1', 'com-1', {
            requiredSkills: [{ skillId: 'typescript', level: 2 }, { skillId: 'sql', level: 2 }],
            periodStart: '2026-09-01',
            periodEnd: '2027-01-31',
            places: 1,
          }),
        ),
        events.studentRegistered(studentFacts('stu-best', { skills: [{ skillId: 'typescript', level: 3 }, { skillId: 'sql', level: 3 }] })),
        events.studentRegistered(studentFacts('stu-half', { skills: [{ skillId: 'typescript', level: 3 }] })),
        events.studentRegistered(studentFacts('stu-hidden', { skills: [{ skillId: 'typescript', level: 4 }, { skillId: 'sql', level: 4 }], discoverable: false })),
        events.studentRegistered(studentFacts('stu-ad', { level: 'AD', skills: [{ skillId: 'typescript', level: 4 }, { skillId: 'sql', level: 4 }] })),
        events.studentRegistered(
          studentFacts('stu-away', {
            skills: [{ skillId: 'typescript', level: 4 }, { skillId: 'sql', level: 4 }],
            preferences: { sectors: [], types: [], municipalities: [], availableFrom: '2027-03-01', availableUntil: null, hoursPerWeek: null },
          }),
        ),
        events.studentRegistered(studentFacts('stu-nurse', { skills: [{ skillId: 'nursing', level: 3 }], preferences: { sectors: ['HEALTHCARE'], types: [], municipalities: [], availableFrom: null, availableUntil: null, hoursPerWeek: null } })),
      );
    });

    it('ranks discoverable students who can take the assignment, best first, with reasons about them', async () => {
      const matches = await world.candidates.run(asCompany('com-1'), { assignmentId: 'asg-1', language: 'EN' });
      expect(matches.map((m) => m.studentId)).toEqual(['stu-best', 'stu-half']);
      expect(matches[0].reasons).toEqual(['Has both required skills: TypeScript, SQL', 'Wants to work in this sector: ICT']);
      expect(matches[1].reasons[0]).toBe('Has 1 of 2 required skills; missing: SQL');
      const dutch = await world.candidates.run(staff, { assignmentId: 'asg-1' });
      expect(dutch[0].reasons).toEqual(['Heeft beide gevraagde vaardigheden: TypeScript, SQL', 'Wil in deze sector werken: ICT']);
    });

    it('never pads the list with a candidate holding none of the required skills (the nurse for a TypeScript assignment)', async () => {
      const ids = (await world.candidates.run(staff, { assignmentId: 'asg-1', limit: 50 })).map((m) => m.studentId);
      expect(ids).not.toContain('stu-nurse');
      expect(ids).toContain('stu-half');
    });

    it('never recommends a student who is not discoverable, not at the level, or not available', async () => {
      const ids = (await world.candidates.run(staff, { assignmentId: 'asg-1', limit: 50 })).map((m) => m.studentId);
      expect(ids).not.toContain('stu-hidden');
      expect(ids).not.toContain('stu-ad');
      expect(ids).not.toContain('stu-away');
    });

    it('recommends nobody once the places are taken', async () => {
      await feed(events.placementConfirmed(placementFacts('plc-1', 'asg-1')));
      expect(await world.candidates.run(staff, { assignmentId: 'asg-1' })).toEqual([]);
    });

    it('says when a candidate has already applied', async () => {
      await feed(events.applicationSubmitted('app-1', 'asg-1', 'stu-half', 'com-1'));
      const matches = await world.candidates.run(asCompany('com-1'), { assignmentId: 'asg-1', language: 'EN' });
      expect(matches.find((m) => m.studentId === 'stu-half')?.reasons).toContain('Has already applied to this assignment');
    });

    it("is for the assignment's organisation and staff only", async () => {
      expect(await codeOf(world.candidates.run(undefined, { assignmentId: 'asg-1' }))).toBe('UNAUTHENTICATED');
      expect(await codeOf(world.candidates.run(asCompany('com-2'), { assignmentId: 'asg-1' }))).toBe('FORBIDDEN');
      expect(await codeOf(world.candidates.run(asStudent('stu-best'), { assignmentId: 'asg-1' }))).toBe('FORBIDDEN');
      expect(await codeOf(world.candidates.run(staff, { assignmentId: 'asg-nope' }))).toBe('NOT_FOUND');
      expect(await codeOf(world.candidates.run(staff, { assignmentId: 'asg-1', limit: 51 }))).toBe('BAD_USER_INPUT');
    });

    it('follows profile changes and erasure', async () => {
      await feed(events.studentProfileUpdated(studentFacts('stu-best', { skills: [{ skillId: 'typescript', level: 3 }, { skillId: 'sql', level: 3 }], discoverable: false })));
      expect((await world.candidates.run(staff, { assignmentId: 'asg-1' })).map((m) => m.studentId)).not.toContain('stu-best');
      expect((await world.candidates.run(staff, { assignmentId: 'asg-1' })).map((m) => m.studentId)).toEqual(['stu-half']);
      await feed(events.studentErased('stu-half'));
      expect(await world.candidates.run(staff, { assignmentId: 'asg-1' })).toEqual([]);
    });
  });

  describe('Assignment.matchFor', () => {
    beforeEach(async () => {
      await feed(
        events.companyRegistered(companyFacts('com-1')),
        events.companyRegistered(companyFacts('com-2')),
        events.assignmentPublished(assignmentFacts('asg-1', 'com-1', { levels: ['BACHELOR'], requiredSkills: [{ skillId: 'typescript', level: 2 }] })),
        events.assignmentPublished(assignmentFacts('asg-ad', 'com-1', { levels: ['AD'], applicationDeadline: '2026-02-01' })),
        events.assignmentChanged(assignmentFacts('asg-draft', 'com-1', { status: 'DRAFT', publishedAt: null })),
        events.studentRegistered(studentFacts('stu-open', { discoverable: true })),
        events.studentRegistered(studentFacts('stu-private', { discoverable: false })),
        events.studentRegistered(studentFacts('stu-applicant', { discoverable: false })),
        events.applicationSubmitted('app-1', 'asg-1', 'stu-applicant', 'com-1'),
      );
    });

    it('tells the student themself how they fit, in their own words', async () => {
      const match = await world.matchFor.run(asStudent('stu-open'), 'asg-1', { studentId: 'stu-open', language: 'EN' });
      expect(match).toEqual({ studentId: 'stu-open', assignmentId: 'asg-1', score: 100, eligible: true, reasons: ['Has the required skill: TypeScript', 'Matches your preferred sector: ICT'] });
    });

    it('says first what rules a placement out, and scores it 0', async () => {
      const match = await world.matchFor.run(asStudent('stu-open'), 'asg-ad', { studentId: 'stu-open', language: 'EN' });
      expect(match?.eligible).toBe(false);
      expect(match?.score).toBe(0);
      expect(match?.reasons.slice(0, 2)).toEqual(['Only open to Associate Degree students', 'The application deadline (1 Feb 2026) has passed']);
      const dutch = await world.matchFor.run(asStudent('stu-open'), 'asg-ad', { studentId: 'stu-open' });
      expect(dutch?.reasons.slice(0, 2)).toEqual(['Alleen voor Associate Degree-studenten', 'De sluitingsdatum (1 feb 2026) is verstreken']);
    });

    it("shows the assignment's organisation its applicants and discoverable students, nobody else", async () => {
      const company = asCompany('com-1');
      expect((await world.matchFor.run(company, 'asg-1', { studentId: 'stu-open' }))?.eligible).toBe(true);
      const applicant = await world.matchFor.run(company, 'asg-1', { studentId: 'stu-applicant', language: 'EN' });
      expect(applicant?.reasons).toContain('Has already applied to this assignment');
      expect(await codeOf(world.matchFor.run(company, 'asg-1', { studentId: 'stu-private' }))).toBe('FORBIDDEN');
      expect(await codeOf(world.matchFor.run(asCompany('com-2'), 'asg-1', { studentId: 'stu-open' }))).toBe('FORBIDDEN');
    });

    it('shows staff anyone, and no student another student', async () => {
      expect((await world.matchFor.run(staff, 'asg-1', { studentId: 'stu-private' }))?.eligible).toBe(true);
      expect(await codeOf(world.matchFor.run(asStudent('stu-open'), 'asg-1', { studentId: 'stu-private' }))).toBe('FORBIDDEN');
      expect(await codeOf(world.matchFor.run(undefined, 'asg-1', { studentId: 'stu-open' }))).toBe('UNAUTHENTICATED');
      expect(await codeOf(world.matchFor.run(staff, 'asg-1', { studentId: 'stu-nobody' }))).toBe('NOT_FOUND');
    });

    it('keeps a draft to its organisation and staff', async () => {
      expect(await world.matchFor.visible(asStudent('stu-open'), 'asg-draft')).toBe(false);
      expect(await world.matchFor.visible(undefined, 'asg-draft')).toBe(false);
      expect(await world.matchFor.visible(asCompany('com-1'), 'asg-draft')).toBe(true);
      expect(await world.matchFor.visible(asCompany('com-2'), 'asg-draft')).toBe(false);
      expect(await world.matchFor.run(asStudent('stu-open'), 'asg-draft', { studentId: 'stu-open' })).toBeNull();
      expect(await world.matchFor.visible(undefined, 'asg-1')).toBe(true);
    });

    it('forgets where an erased student applied', async () => {
      await feed(events.studentErased('stu-applicant'));
      expect(await world.projection.applications.count()).toBe(0);
      expect(await codeOf(world.matchFor.run(asCompany('com-1'), 'asg-1', { studentId: 'stu-applicant' }))).toBe('NOT_FOUND');
    });
  });

  describe('recommendAssignments', () => {
    it('addresses staff about the student, and the student directly', async () => {
      await feed(
        events.companyRegistered(companyFacts('com-1')),
        events.assignmentPublished(assignmentFacts('asg-1', 'com-1')),
        events.studentRegistered(studentFacts('stu-1')),
      );
      expect((await world.recommend.run(asStudent('stu-1'), { studentId: 'stu-1', language: 'EN' }))[0].reasons).toContain('Matches your preferred sector: ICT');
      expect((await world.recommend.run(staff, { studentId: 'stu-1', language: 'EN' }))[0].reasons).toContain('Wants to work in this sector: ICT');
    });
  });
});
