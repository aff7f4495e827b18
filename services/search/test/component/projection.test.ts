import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '@cb/kit';
import { RecommendAssignments } from '../../src/app/recommend-assignments';
import { SearchAssignments } from '../../src/app/search-assignments';
import { asStudent, codeOf, STAFF as staff } from '../../../../test/support/service-tests';
import { assignmentFacts, companyFacts, events, placementFacts, projectionPerTest, studentFacts } from './fixtures';
import { ASSIGNMENTS, COMPANIES } from '../../src/domain/read-model';

/** The search service's handlers and use cases over a real SQLite store and a real index file. */
describe('search projection, fed with real events', () => {
  const world = projectionPerTest({ indexInFile: true }, ({ index, projection }) => ({
    search: new SearchAssignments(index),
    recommend: new RecommendAssignments(projection, () => new Date('2026-03-01T12:00:00Z')),
  }));
  const { feed } = world;
  const hitIds = async (args: Record<string, unknown> = {}) => (await world.search.run(args)).hits.map((h) => h.assignmentId);

  describe('what can be found', () => {
    it('makes a published assignment of an approved organisation searchable', async () => {
      await feed(events.companyRegistered(companyFacts('com-1')), events.assignmentPublished(assignmentFacts('asg-1', 'com-1')));
      expect(await hitIds({ query: 'havenplanning' })).toEqual(['asg-1']);
      expect(await hitIds({ query: 'rivierdelta' })).toEqual(['asg-1']); // the organisation's name
      expect(await hitIds({ query: 'ts' })).toEqual(['asg-1']); // a synonym of a required skill
    });

    it("finds assignments by their sector's Dutch and English names", async () => {
      await feed(
        events.companyRegistered(companyFacts('com-1')),
        events.assignmentPublished(assignmentFacts('asg-care', 'com-1', { title: 'Slimme medicatierondes', sector: 'HEALTHCARE' })),
        events.assignmentPublished(assignmentFacts('asg-ict', 'com-1', { title: 'Dashboard voor de werf' })),
      );
      expect(await hitIds({ query: 'zorg' })).toEqual(['asg-care']);
      expect(await hitIds({ query: 'healthcare' })).toEqual(['asg-care']);
      expect(await hitIds({ query: 'stage' })).toEqual(expect.arrayContaining(['asg-care', 'asg-ict'])); // the type's Dutch name
    });

    it('does not show a draft, nor the assignments of an organisation that is not approved', async () => {
      await feed(
        events.companyRegistered(companyFacts('com-1')),
        events.companyRegistered(companyFacts('com-2', { approved: false })),
        events.assignmentChanged(assignmentFacts('asg-draft', 'com-1', { status: 'DRAFT', publishedAt: null })),
        events.assignmentPublished(assignmentFacts('asg-pending', 'com-2')),
      );
      expect((await world.search.run({})).total).toBe(0);
    });

    it('shows an assignment published before its organisation approval arrived, once the approval arrives', async () => {
      // Topics are consumed independently: the assignment's events may overtake the company's.
      await feed(events.assignmentPublished(assignmentFacts('asg-1', 'com-1')));
      expect(await hitIds()).toEqual([]);
      await feed(events.companyRegistered(companyFacts('com-1', { approved: false })));
      expect(await hitIds()).toEqual([]);
      await feed(events.companyUpdated(companyFacts('com-1', { approved: true, name: 'Drechtwerk' })));
      expect(await hitIds({ query: 'drechtwerk' })).toEqual(['asg-1']);
    });

    it('removes a closed assignment', async () => {
      const facts = assignmentFacts('asg-1', 'com-1');
      await feed(events.companyRegistered(companyFacts('com-1')), events.assignmentPublished(facts));
      await feed(events.assignmentClosed(facts));
      expect(await hitIds({ query: 'havenplanning' })).toEqual([]);
      expect(await world.projection.index.count()).toBe(0);
    });

    it('drops a removed organisation and its assignments from store and index (retention)', async () => {
      await feed(
        events.companyRegistered(companyFacts('com-1')),
        events.companyRegistered(companyFacts('com-2', { name: 'Merwede Zorg' })),
        events.assignmentPublished(assignmentFacts('asg-1', 'com-1')),
        events.assignmentPublished(assignmentFacts('asg-2', 'com-2')),
      );
      await feed(events.companyRemoved('com-1'));
      expect(await hitIds()).toEqual(['asg-2']);
      expect((await world.store.collection(ASSIGNMENTS).find({})).map((a) => a.id)).toEqual(['asg-2']);
      expect((await world.store.collection(COMPANIES).find({})).map((c) => c.id)).toEqual(['com-2']);
    });

    it('follows changes to a published assignment', async () => {
      const facts = assignmentFacts('asg-1', 'com-1');
      await feed(events.companyRegistered(companyFacts('com-1')), events.assignmentPublished(facts));
      await feed(events.assignmentChanged({ ...facts, title: 'Planner voor de sluizen' }));
      expect(await hitIds({ query: 'sluizen' })).toEqual(['asg-1']);
      expect(await hitIds({ query: 'havenplanning' })).toEqual([]);
    });

    it('does nothing twice for an event delivered twice', async () => {
      const published = events.assignmentPublished(assignmentFacts('asg-1', 'com-1'));
      await feed(events.companyRegistered(companyFacts('com-1')), published, published);
      expect(await world.store.hasHandled(published.event.id)).toBe(true);
      // the inbox skips it; and a handler run twice (crash before the inbox write) is harmless too
      await world.subscriptions[published.event.type]!(published.event as never);
      expect((await world.search.run({})).total).toBe(1);
    });
  });

  describe('searchAssignments', () => {
    beforeEach(async () => {
      await feed(
        events.companyRegistered(companyFacts('com-1')),
        events.assignmentPublished(assignmentFacts('asg-old', 'com-1', { publishedAt: '2026-01-01T09:00:00.000Z', title: 'JavaScript voor de veerdienst' })),
        events.assignmentPublished(
          assignmentFacts('asg-mid', 'com-1', {
            publishedAt: '2026-01-15T09:00:00.000Z',
            sector: 'HEALTHCARE',
            type: 'GRADUATION',
            levels: ['AD', 'BACHELOR'],
            municipality: 'zwijndrecht',
          }),
        ),
        events.assignmentPublished(assignmentFacts('asg-new', 'com-1', { publishedAt: '2026-02-01T09:00:00.000Z', municipality: 'papendrecht' })),
      );
    });

    it('lists the newest first without a query, in pages', async () => {
      expect(await hitIds()).toEqual(['asg-new', 'asg-mid', 'asg-old']);
      const second = await world.search.run({ page: 2, pageSize: 2 });
      expect(second.hits.map((h) => h.assignmentId)).toEqual(['asg-old']);
      expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    });

    it('tolerates a typo', async () => {
      expect(await hitIds({ query: 'javscript' })).toEqual(['asg-old']);
    });

    it('filters, and counts each facet without its own filter', async () => {
      const result = await world.search.run({ filter: { sectors: ['HEALTHCARE'], levels: ['BACHELOR'] } });
      expect(result.hits.map((h) => h.assignmentId)).toEqual(['asg-mid']);
      expect(result.facets.sector).toEqual([
        { value: 'ICT', count: 2 },
        { value: 'HEALTHCARE', count: 1 },
      ]);
      expect(result.facets.level).toEqual([
        { value: 'AD', count: 1 },
        { value: 'BACHELOR', count: 1 },
      ]);
      expect(result.facets.type).toEqual([{ value: 'GRADUATION', count: 1 }]);
      expect(result.facets.municipality).toEqual([{ value: 'zwijndrecht', count: 1 }]);
    });

    it('filters by municipality and type', async () => {
      expect(await hitIds({ filter: { municipalityIds: ['papendrecht', 'zwijndrecht'] } })).toEqual(['asg-new', 'asg-mid']);
      expect(await hitIds({ filter: { types: ['INTERNSHIP'] } })).toEqual(['asg-new', 'asg-old']);
    });

    it.each([
      ['a page size over 100', { pageSize: 101 }, 'pageSize'],
      ['a page size of 0', { pageSize: 0 }, 'pageSize'],
      ['page 0', { page: 0 }, 'page'],
      ['a query over 200 characters', { query: 'x'.repeat(201) }, 'query'],
      ['an unknown municipality', { filter: { municipalityIds: ['atlantis'] } }, 'municipalityIds'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, args, field) => {
      const err = await world.search.run(args).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).code).toBe('BAD_USER_INPUT');
      expect((err as DomainError).message).toContain(field);
    });

    it('accepts a 200-character query and the largest page', async () => {
      await expect(world.search.run({ query: 'x'.repeat(200), pageSize: 100 })).resolves.toMatchObject({ total: 0 });
    });
  });

  describe('recommendAssignments', () => {
    beforeEach(async () => {
      await feed(
        events.companyRegistered(companyFacts('com-1')),
        events.studentRegistered(studentFacts('stu-1', { skills: [{ skillId: 'typescript', level: 3 }, { skillId: 'sql', level: 2 }] })),
        events.studentRegistered(studentFacts('stu-2')),
        events.assignmentPublished(assignmentFacts('asg-fit', 'com-1', { requiredSkills: [{ skillId: 'typescript', level: 2 }, { skillId: 'sql', level: 2 }] })),
        events.assignmentPublished(
          assignmentFacts('asg-partial', 'com-1', { requiredSkills: [{ skillId: 'typescript', level: 2 }, { skillId: 'java', level: 2 }], places: 2 }),
        ),
        events.assignmentPublished(assignmentFacts('asg-ad', 'com-1', { levels: ['AD'] })),
        events.assignmentPublished(assignmentFacts('asg-late', 'com-1', { applicationDeadline: '2026-02-28' })),
      );
    });

    it('ranks what fits best first and explains it in the language asked, leaving out what cannot be done', async () => {
      const matches = await world.recommend.run(asStudent('stu-1'), { studentId: 'stu-1', language: 'EN' });
      expect(matches.map((m) => m.assignmentId)).toEqual(['asg-fit', 'asg-partial']);
      expect(matches[0]).toMatchObject({ studentId: 'stu-1', score: 100 });
      expect(matches[0].reasons).toEqual(['Has both required skills: TypeScript, SQL', 'Matches your preferred sector: ICT']);
      expect(matches[1].reasons[0]).toBe('Has 1 of 2 required skills; missing: Java');
      const dutch = await world.recommend.run(staff, { studentId: 'stu-1' });
      expect(dutch[1].reasons[0]).toBe('Heeft 1 van de 2 gevraagde vaardigheden; ontbreekt: Java');
    });

    it('leaves out an assignment once its places are taken, and brings it back when a placement is cancelled', async () => {
      const placement = placementFacts('plc-1', 'asg-fit');
      await feed(events.placementConfirmed(placement));
      expect((await world.recommend.run(staff, { studentId: 'stu-1' })).map((m) => m.assignmentId)).toEqual(['asg-partial']);
      expect((await world.projection.index.get('asg-fit'))?.placesLeft).toBe(0);
      await feed(events.placementChanged({ ...placement, status: 'CANCELLED' }));
      expect((await world.recommend.run(staff, { studentId: 'stu-1' })).map((m) => m.assignmentId)).toEqual(['asg-fit', 'asg-partial']);
    });

    it('counts a placement seen before its assignment', async () => {
      await feed(
        events.placementConfirmed(placementFacts('plc-early', 'asg-later')),
        events.assignmentPublished(assignmentFacts('asg-later', 'com-1', { title: 'Later gepubliceerd' })),
      );
      expect((await world.projection.index.get('asg-later'))?.placesLeft).toBe(0);
    });

    it('respects the limit', async () => {
      expect(await world.recommend.run(staff, { studentId: 'stu-1', limit: 1 })).toHaveLength(1);
      expect(await codeOf(world.recommend.run(staff, { studentId: 'stu-1', limit: 0 }))).toBe('BAD_USER_INPUT');
      expect(await codeOf(world.recommend.run(staff, { studentId: 'stu-1', limit: 51 }))).toBe('BAD_USER_INPUT');
    });

    it('is for the student themself and staff only', async () => {
      expect(await codeOf(world.recommend.run(undefined, { studentId: 'stu-1' }))).toBe('UNAUTHENTICATED');
      expect(await codeOf(world.recommend.run(asStudent('stu-2'), { studentId: 'stu-1' }))).toBe('FORBIDDEN');
      expect(await codeOf(world.recommend.run({ accountId: 'com-1', role: 'COMPANY', companyId: 'com-1' }, { studentId: 'stu-1' }))).toBe('FORBIDDEN');
      expect(await codeOf(world.recommend.run(staff, { studentId: 'stu-unknown' }))).toBe('NOT_FOUND');
      // a student whose registration has not reached search yet simply gets nothing yet
      expect(await world.recommend.run(asStudent('stu-new'), { studentId: 'stu-new' })).toEqual([]);
    });
  });

  describe('erasure', () => {
    const studentId = 'stu-erase-me-0001';
    const history = () => [
      events.companyRegistered(companyFacts('com-1')),
      events.studentRegistered(studentFacts(studentId)),
      events.assignmentPublished(assignmentFacts('asg-1', 'com-1')),
      events.placementConfirmed(placementFacts('plc-1', 'asg-1', { studentId })),
      events.studentProfileUpdated(studentFacts(studentId, { studyYear: 4 })),
      events.studentErased(studentId),
    ];

    /** Every file search writes, read raw, for the student's id. */
    async function traces(): Promise<string[]> {
      await world.close(); // checkpoints the SQLite write-ahead log into the file and writes the index
      const found = readdirSync(world.dir).filter((f) => readFileSync(join(world.dir, f)).includes(studentId));
      await world.open();
      return found;
    }

    it('keeps the student until erased, then keeps no trace of them', async () => {
      const [company, registered, ...rest] = history();
      await feed(company, registered);
      expect(await traces()).toEqual(['search.sqlite']);
      await feed(...rest);
      expect(await world.projection.student(studentId)).toBeUndefined();
      expect(await codeOf(world.recommend.run(staff, { studentId }))).toBe('NOT_FOUND');
      expect(await codeOf(world.recommend.run(asStudent(studentId), { studentId }))).toBe('NOT_FOUND');
      expect(await traces()).toEqual([]);
      // Their placement still takes its place: erasure keeps the counts right.
      expect((await world.projection.index.get('asg-1'))?.placesLeft).toBe(0);
    });

    it('leaves no trace after a rebuild from the same events', async () => {
      const log = history();
      await feed(...log);
      await world.projection.reset();
      await feed(...log);
      expect(await world.projection.student(studentId)).toBeUndefined();
      expect(await world.projection.index.count()).toBe(1);
      expect(await traces()).toEqual([]);
    });

    it('does not bring an erased student back when their old events are replayed without the erasure', async () => {
      const log = history();
      await feed(...log);
      await world.projection.reset(); // keeps the tombstones
      await feed(...log.slice(0, -1));
      expect(await world.projection.student(studentId)).toBeUndefined();
      expect(await traces()).toEqual([]);
    });
  });
});
