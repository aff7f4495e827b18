import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMiniSearchIndex } from '@cb/kit';
import { JOB_SETTINGS, searchIndexContract, type Job } from './search-index.contract';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cb-search-index-'));
}

searchIndexContract('MiniSearch (embedded, JSON file)', () => {
  const dir = tempDir();
  const file = join(dir, 'index.json');
  return {
    open: () => openMiniSearchIndex<Job>({ settings: JOB_SETTINGS, file }),
    async reopen(index) {
      await index.close();
      return openMiniSearchIndex<Job>({ settings: JOB_SETTINGS, file });
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('MiniSearch index file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    file = join(dir, 'nested', 'search-index.json');
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  const doc = (id: string, title: string): Job => ({
    id,
    title,
    body: '',
    tags: [],
    sector: 'ICT',
    levels: ['BACHELOR'],
    city: 'dordrecht',
    places: 1,
    publishedAt: null,
  });

  it('writes a burst of changes together, shortly after it, and leaves no temporary file', async () => {
    const index = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS, file, persistDelayMs: 30 });
    await index.upsert([doc('a', 'Eerste')]);
    await index.upsert([doc('b', 'Tweede')]);
    expect(existsSync(file)).toBe(false);
    await new Promise((r) => setTimeout(r, 150));
    expect(JSON.parse(readFileSync(file, 'utf8')).documents.map((d: Job) => d.id)).toEqual(['a', 'b']);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['search-index.json']);
    await index.close();
  });

  it('writes what is left on close', async () => {
    const index = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS, file, persistDelayMs: 60_000 });
    await index.upsert([doc('a', 'Eerste')]);
    await index.close();
    const again = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS, file });
    expect(await again.get('a')).toEqual(doc('a', 'Eerste'));
    await again.close();
  });

  it('starts empty from a missing, empty or unreadable file instead of failing', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const content of [undefined, '', '{"format": 1, "documents": [', '{"format": 99, "documents": []}']) {
      if (content !== undefined) {
        await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS, file }).then((i) => i.upsert([doc('x', 'X')]).then(() => i.close()));
        writeFileSync(file, content);
      }
      const index = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS, file });
      expect(await index.count()).toBe(0);
      await index.close();
    }
  });

  it('keeps an index without a file in memory only', async () => {
    const index = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS });
    await index.upsert([doc('a', 'Eerste')]);
    await index.persist();
    expect((await index.search({ text: 'eerste', offset: 0, limit: 10 })).total).toBe(1);
    await index.close();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('MiniSearch at scale: work skipped, results kept', () => {
  const job = (id: string, title: string, over: Partial<Job> = {}): Job => ({
    id,
    title,
    body: '',
    tags: [],
    sector: 'ICT',
    levels: ['BACHELOR'],
    city: 'dordrecht',
    places: 1,
    publishedAt: null,
    ...over,
  });
  const page = { offset: 0, limit: 1000 };

  it('takes a word of 500+ documents as meant: every exact match, no typo variants; a rare word keeps its typo tolerance', async () => {
    const index = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS });
    const frequent = Array.from({ length: 600 }, (_, i) => job(`o${i}`, 'Onderzoek naar de haven'));
    await index.upsert([...frequent, job('typo', 'Onderzaek naar de haven'), job('rare', 'Pneumatiek in de werkplaats')]);
    const found = await index.search({ text: 'onderzoek', ...page });
    expect(found.total).toBe(600);
    expect(found.hits.map((h) => h.id)).not.toContain('typo');
    // A frequent word still finds its longer forms (the prefix), and a rare one its typos.
    await index.upsert([job('longer', 'Onderzoeker gezocht')]);
    expect((await index.search({ text: 'onderzoek', ...page })).hits.map((h) => h.id)).toContain('longer');
    expect((await index.search({ text: 'pneumatiak', ...page })).hits.map((h) => h.id)).toEqual(['rare']);
  });

  it('searches the longer forms of a frequent word only when it is the last word typed', async () => {
    const index = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS });
    await index.upsert([
      ...Array.from({ length: 600 }, (_, i) => job(`o${i}`, 'Onderzoek en haven')),
      job('longer', 'Onderzoeker en haven'),
      job('rare', 'Pneumatica en haven'),
    ]);
    // "onderzoek haven": every document has "haven"; with "onderzoek" whole, all 600 have both words.
    expect((await index.search({ text: 'onderzoek haven', ...page })).hits.map((h) => h.id)).not.toContain('longer');
    expect((await index.search({ text: 'haven onderzoek', ...page })).hits.map((h) => h.id)).toContain('longer');
    // A rare word keeps its prefix wherever it stands.
    expect((await index.search({ text: 'pneumatic haven', ...page })).hits.map((h) => h.id)).toEqual(['rare']);
  });

  it('counts disjunctive facets and totals the same whether or not documents are skipped before scoring', async () => {
    const index = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS });
    const sectors = ['ICT', 'HEALTHCARE', 'LOGISTICS'];
    const cities = ['dordrecht', 'zwijndrecht'];
    await index.upsert(Array.from({ length: 60 }, (_, i) => job(`j${i}`, i % 5 === 0 ? 'Zorg en data' : 'Data', { sector: sectors[i % 3], city: cities[i % 2], places: i % 4 })));
    const filters = { sector: ['HEALTHCARE'], city: ['zwijndrecht'], places: { gte: 1 } };
    const result = await index.search({ text: 'data', filters, facets: ['sector', 'city'], ...page });
    // A recount by hand over all 60 documents, each facet ignoring its own filter.
    const docs = await index.all();
    const passes = (d: Job, except?: string) =>
      (except === 'sector' || d.sector === 'HEALTHCARE') && (except === 'city' || d.city === 'zwijndrecht') && d.places >= 1;
    const countBy = (field: 'sector' | 'city') => {
      const counts: Record<string, number> = {};
      for (const d of docs.filter((d) => passes(d, field))) counts[d[field]] = (counts[d[field]] ?? 0) + 1;
      return counts;
    };
    expect(result.total).toBe(docs.filter((d) => passes(d)).length);
    expect(result.facets).toEqual({ sector: countBy('sector'), city: countBy('city') });
  });

  it('wants every word among the documents that pass the filters, as Meilisearch does', async () => {
    const index = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS });
    await index.upsert([job('both', 'Python zorg', { sector: 'HEALTHCARE' }), job('one', 'Python developer', { sector: 'ICT' })]);
    // The only document with both words is filtered out, so the ICT one with some of the words is found.
    expect((await index.search({ text: 'python zorg', filters: { sector: ['ICT'] }, ...page })).hits.map((h) => h.id)).toEqual(['one']);
    expect((await index.search({ text: 'python zorg', ...page })).hits.map((h) => h.id)).toEqual(['both']);
  });
});
