import type { SearchIndex, SearchIndexSettings, SearchQuery } from '@cb/kit';

/**
 * The contract of the SearchIndex port (services/kit/src/search/port.ts), written once and run
 * against every adapter that can be had on the machine: the embedded ones (typed arrays, MiniSearch) always, the
 * Meilisearch one when MEILI_URL reaches a server. An adapter passes by handing in a harness that
 * opens indexes for it. Filter-only queries must give identical hits and facet counts everywhere;
 * text queries must put the expected ids in the top k (engines differ in relevance detail).
 */
export interface Job {
  id: string;
  title: string;
  body: string;
  tags: string[];
  sector: string;
  levels: string[];
  city: string;
  places: number;
  publishedAt: string | null;
}

export const JOB_SETTINGS: SearchIndexSettings<Job> = {
  searchable: [
    { field: 'title', boost: 3 },
    { field: 'tags', boost: 2 },
    { field: 'body' },
  ],
  filterable: ['sector', 'levels', 'city', 'places'],
  sortable: ['publishedAt', 'places'],
};

export interface SearchIndexHarness {
  /** A new, empty index with JOB_SETTINGS. */
  open(): Promise<SearchIndex<Job>>;
  /** The same index opened again over its storage, as after a restart (the old one is closed first). */
  reopen(index: SearchIndex<Job>): Promise<SearchIndex<Job>>;
  /** Removes whatever the harness made. */
  cleanup(): Promise<void>;
}

const job = (id: string, over: Partial<Job> = {}): Job => ({
  id,
  title: `Assignment ${id}`,
  body: 'A practical assignment in the region.',
  tags: [],
  sector: 'ICT',
  levels: ['BACHELOR'],
  city: 'dordrecht',
  places: 1,
  publishedAt: `2026-01-${id.padStart(2, '0').slice(-2)}T09:00:00Z`,
  ...over,
});

const JOBS: Job[] = [
  job('1', { title: 'JavaScript developer', tags: ['JavaScript', 'React'], sector: 'ICT', city: 'dordrecht', publishedAt: '2026-01-01T09:00:00Z' }),
  job('2', { title: 'Verpleegkundige op de afdeling', tags: ['Zorg', 'Wondzorg'], sector: 'HEALTHCARE', levels: ['AD', 'BACHELOR'], city: 'zwijndrecht', publishedAt: '2026-01-02T09:00:00Z' }),
  job('3', { title: 'Data-analist gemeente', body: 'Werken met Python en SQL voor het Café van de stad.', tags: ['Python', 'SQL'], sector: 'GOVERNMENT', city: 'dordrecht', places: 3, publishedAt: '2026-01-03T09:00:00Z' }),
  job('4', { title: 'Onderhoud installaties', body: 'Techniek in de haven; JavaScript is a plus.', tags: ['Werktuigbouw'], sector: 'ENGINEERING', levels: ['AD'], city: 'papendrecht', publishedAt: '2026-01-04T09:00:00Z' }),
  job('5', { title: 'Zorgtechnologie project', tags: ['Zorg', 'Python'], sector: 'HEALTHCARE', city: 'dordrecht', places: 2, publishedAt: null }),
];

const page = (over: Partial<SearchQuery<Job>> = {}): SearchQuery<Job> => ({ offset: 0, limit: 50, ...over });
const ids = (r: { hits: Array<{ id: string }> }) => r.hits.map((h) => h.id);
const sorted = (r: { hits: Array<{ id: string }> }) => ids(r).sort();

export function searchIndexContract(adapter: string, makeHarness: () => SearchIndexHarness): void {
  describe(`SearchIndex contract: ${adapter}`, () => {
    let harness: SearchIndexHarness;
    let index: SearchIndex<Job>;

    beforeEach(async () => {
      harness = makeHarness();
      index = await harness.open();
      await index.upsert(JOBS);
    });

    afterEach(async () => {
      await index.close();
      await harness.cleanup();
    });

    describe('documents', () => {
      it('keeps what was upserted, by id', async () => {
        expect(await index.count()).toBe(JOBS.length);
        expect(await index.get('3')).toEqual(JOBS[2]);
        expect(await index.get('nope')).toBeUndefined();
        expect((await index.all()).map((d) => d.id).sort()).toEqual(['1', '2', '3', '4', '5']);
      });

      it('replaces a document whole on upsert, so its old words no longer find it', async () => {
        await index.upsert([job('1', { title: 'Logistiek planner', tags: [] })]);
        expect(await index.count()).toBe(JOBS.length);
        expect(ids(await index.search(page({ text: 'planner' })))).toEqual(['1']);
        expect(ids(await index.search(page({ text: 'react' })))).toEqual([]);
      });

      it('removes documents from get, count and search, and ignores unknown ids', async () => {
        await index.remove(['1', 'unknown']);
        expect(await index.get('1')).toBeUndefined();
        expect(await index.count()).toBe(JOBS.length - 1);
        expect(ids(await index.search(page({ text: 'developer' })))).toEqual([]);
      });

      it('can be cleared', async () => {
        await index.clear();
        expect(await index.count()).toBe(0);
        expect((await index.search(page())).total).toBe(0);
      });
    });

    describe('text', () => {
      it("finds 'JavaScript' for the typo 'javscript'", async () => {
        expect(ids(await index.search(page({ text: 'javscript' })))).toContain('1');
      });

      it('matches a word by its beginning', async () => {
        expect(ids(await index.search(page({ text: 'devel' })))).toEqual(['1']);
        expect(sorted(await index.search(page({ text: 'verpleeg' })))).toEqual(['2']);
      });

      it('ignores case and accents', async () => {
        expect(ids(await index.search(page({ text: 'CAFE' })))).toEqual(['3']);
        expect(ids(await index.search(page({ text: 'café' })))).toEqual(['3']);
      });

      it('searches every searchable field, list fields included', async () => {
        expect(sorted(await index.search(page({ text: 'zorg' })))).toEqual(['2', '5']);
        expect(sorted(await index.search(page({ text: 'python' })))).toEqual(['3', '5']);
      });

      it('wants every word when some documents have them all', async () => {
        expect(ids(await index.search(page({ text: 'python zorg' })))).toEqual(['5']);
      });

      it('falls back to documents with some of the words when none has them all', async () => {
        // The embedded index returns every document with any of the words; Meilisearch drops words from the end.
        const found = sorted(await index.search(page({ text: 'react wondzorg' })));
        expect(found).toContain('1');
        expect(found.every((id) => ['1', '2'].includes(id))).toBe(true);
      });

      it('ranks a match in a boosted field first, with scores in (0, 1] from best to worst', async () => {
        const result = await index.search(page({ text: 'javascript' }));
        expect(ids(result)).toEqual(['1', '4']);
        const scores = result.hits.map((h) => h.score);
        expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
        expect(scores[0]).toBeGreaterThan(scores[1]);
      });

      it('treats text without a searchable word as no text', async () => {
        expect((await index.search(page({ text: '  -- ' }))).total).toBe(JOBS.length);
      });

      it('finds nothing for a word no document has', async () => {
        const result = await index.search(page({ text: 'astronaut' }));
        expect(result.total).toBe(0);
        expect(result.hits).toEqual([]);
      });
    });

    describe('filters', () => {
      it('OR within a field', async () => {
        expect(sorted(await index.search(page({ filters: { sector: ['ICT', 'ENGINEERING'] } })))).toEqual(['1', '4']);
      });

      it('AND across fields', async () => {
        expect(sorted(await index.search(page({ filters: { sector: ['HEALTHCARE', 'ICT'], city: ['dordrecht'] } })))).toEqual(['1', '5']);
      });

      it('lets a list field pass when any of its values is allowed', async () => {
        expect(sorted(await index.search(page({ filters: { levels: ['AD'] } })))).toEqual(['2', '4']);
      });

      it('filters on numbers too', async () => {
        expect(sorted(await index.search(page({ filters: { places: [2, 3] } })))).toEqual(['3', '5']);
      });

      it('puts no restriction on a field with an empty list', async () => {
        expect((await index.search(page({ filters: { sector: [] } }))).total).toBe(JOBS.length);
      });

      it('combines with text', async () => {
        expect(ids(await index.search(page({ text: 'python', filters: { sector: ['GOVERNMENT'] } })))).toEqual(['3']);
      });

      it('refuses a field that is not filterable', async () => {
        await expect(index.search(page({ filters: { title: ['x'] } }))).rejects.toThrow();
        await expect(index.search(page({ filters: { title: { gte: 1 } } }))).rejects.toThrow();
      });

      it('keeps numbers within a range, both ends included, either end open', async () => {
        expect(sorted(await index.search(page({ filters: { places: { gte: 2, lte: 3 } } })))).toEqual(['3', '5']);
        expect(sorted(await index.search(page({ filters: { places: { gte: 3 } } })))).toEqual(['3']);
        expect(sorted(await index.search(page({ filters: { places: { lte: 1 } } })))).toEqual(['1', '2', '4']);
        expect((await index.search(page({ filters: { places: {} } }))).total).toBe(JOBS.length);
      });

      it('combines a range with value filters and text', async () => {
        expect(ids(await index.search(page({ text: 'zorg', filters: { places: { gte: 2 }, city: ['dordrecht'] } })))).toEqual(['5']);
      });
    });

    describe('highlights', () => {
      const text = (segments: Array<{ text: string }> | undefined) => (segments ?? []).map((s) => s.text).join('');
      const marked = (segments: Array<{ text: string; match: boolean }> | undefined) => (segments ?? []).filter((s) => s.match).map((s) => s.text);

      it('marks the matched words of each asked field that matched, and leaves the rest alone', async () => {
        const result = await index.search(page({ text: 'javascript', highlight: { fields: ['title', 'body'] } }));
        const [first, second] = result.hits;
        expect(first.id).toBe('1');
        expect(first.highlights?.title).toEqual([
          { text: 'JavaScript', match: true },
          { text: ' developer', match: false },
        ]);
        expect(first.highlights?.body).toBeUndefined(); // its body does not say JavaScript
        expect(second.id).toBe('4');
        expect(text(second.highlights?.body)).toBe('Techniek in de haven; JavaScript is a plus.');
        expect(marked(second.highlights?.body)).toEqual(['JavaScript']);
      });

      it('marks words found by prefix and by typo', async () => {
        const [byPrefix] = (await index.search(page({ text: 'verpleeg', highlight: { fields: ['title'] } }))).hits;
        expect(marked(byPrefix.highlights?.title)).toEqual(['Verpleegkundige']);
        const [byTypo] = (await index.search(page({ text: 'javscript', highlight: { fields: ['title'] } }))).hits;
        expect(marked(byTypo.highlights?.title)).toEqual(['JavaScript']);
      });

      it('crops a long text around the first match', async () => {
        const long = `${'Lange inleiding zonder het woord. '.repeat(20)}Hier staat walstroom in de tekst. ${'En nog veel meer tekst erna. '.repeat(20)}`;
        await index.upsert([job('7', { body: long })]);
        const [hit] = (await index.search(page({ text: 'walstroom', highlight: { fields: ['body'], cropWords: 10 } }))).hits;
        expect(marked(hit.highlights?.body)).toEqual(['walstroom']);
        const words = text(hit.highlights?.body).split(/\s+/).filter((w) => /\w/.test(w));
        expect(words.length).toBeLessThanOrEqual(12);
        expect(text(hit.highlights?.body)).toContain('…');
      });

      it('gives no highlights without text', async () => {
        const result = await index.search(page({ highlight: { fields: ['title'] } }));
        expect(result.hits.every((h) => h.highlights === undefined || Object.keys(h.highlights).length === 0)).toBe(true);
      });
    });

    describe('facets', () => {
      it('counts values over all hits, adding up to the total for an unfiltered field', async () => {
        const result = await index.search(page({ facets: ['sector', 'city'], limit: 1 }));
        expect(result.facets.sector).toEqual({ ICT: 1, HEALTHCARE: 2, GOVERNMENT: 1, ENGINEERING: 1 });
        expect(result.facets.city).toEqual({ dordrecht: 3, zwijndrecht: 1, papendrecht: 1 });
        const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
        expect(sum(result.facets.sector)).toBe(result.total);
        expect(sum(result.facets.city)).toBe(result.total);
      });

      it("counts a field ignoring its own filter but applying the others'", async () => {
        const result = await index.search(page({ filters: { sector: ['HEALTHCARE'], city: ['dordrecht'] }, facets: ['sector', 'city'] }));
        expect(ids(result)).toEqual(['5']);
        // sector: the city filter applies, the sector filter does not — the alternatives stay visible.
        expect(result.facets.sector).toEqual({ ICT: 1, HEALTHCARE: 1, GOVERNMENT: 1 });
        // city: the sector filter applies, the city filter does not.
        expect(result.facets.city).toEqual({ dordrecht: 1, zwijndrecht: 1 });
      });

      it('counts every value of a list field', async () => {
        const result = await index.search(page({ facets: ['levels'] }));
        expect(result.facets.levels).toEqual({ BACHELOR: 4, AD: 2 });
      });

      it('counts only documents that match the text', async () => {
        const result = await index.search(page({ text: 'zorg', facets: ['sector'] }));
        expect(result.facets.sector).toEqual({ HEALTHCARE: 2 });
      });

      it('reports numbers as strings', async () => {
        const result = await index.search(page({ facets: ['places'] }));
        expect(result.facets.places).toEqual({ '1': 3, '2': 1, '3': 1 });
      });
    });

    describe('sort and paging', () => {
      it('sorts by a field either way, documents without a value last', async () => {
        expect(ids(await index.search(page({ sort: { field: 'publishedAt', direction: 'desc' } })))).toEqual(['4', '3', '2', '1', '5']);
        expect(ids(await index.search(page({ sort: { field: 'publishedAt', direction: 'asc' } })))).toEqual(['1', '2', '3', '4', '5']);
      });

      it('sorts numbers as numbers', async () => {
        await index.upsert([job('6', { places: 10 })]);
        const result = await index.search(page({ sort: { field: 'places', direction: 'desc' } }));
        expect(ids(result).slice(0, 2)).toEqual(['6', '3']);
      });

      it('sorts the hits of a text search', async () => {
        expect(ids(await index.search(page({ text: 'javascript', sort: { field: 'publishedAt', direction: 'desc' } })))).toEqual(['4', '1']);
      });

      it('pages through all hits without gaps or repeats, with the total of all pages', async () => {
        const sort = { field: 'publishedAt', direction: 'asc' } as const;
        const pages = await Promise.all([0, 2, 4].map((offset) => index.search(page({ sort, offset, limit: 2 }))));
        expect(pages.map(ids)).toEqual([['1', '2'], ['3', '4'], ['5']]);
        expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
        expect((await index.search(page({ sort, offset: 10, limit: 2 }))).hits).toEqual([]);
      });

      it('refuses a field that is not sortable', async () => {
        await expect(index.search(page({ sort: { field: 'title', direction: 'asc' } }))).rejects.toThrow();
      });
    });

    describe('durability', () => {
      it('has every change back after a restart', async () => {
        await index.remove(['2']);
        await index.upsert([job('9', { title: 'Maritiem onderzoek', sector: 'MARITIME' })]);
        await index.persist();
        index = await harness.reopen(index);
        expect(await index.count()).toBe(JOBS.length);
        expect(await index.get('2')).toBeUndefined();
        expect(ids(await index.search(page({ text: 'maritiem' })))).toEqual(['9']);
        expect(ids(await index.search(page({ text: 'javscript', filters: { sector: ['ICT'] } })))).toEqual(['1']);
      });

      it('comes back empty after a clear and a restart', async () => {
        await index.clear();
        await index.persist();
        index = await harness.reopen(index);
        expect(await index.count()).toBe(0);
      });
    });
  });
}
