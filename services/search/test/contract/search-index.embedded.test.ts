import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMiniSearchIndex, openTypedIndex, seededRandom, type SearchIndex, type SearchIndexSettings, type SearchQuery } from '@cb/kit';
import { JOB_SETTINGS, searchIndexContract, type Job } from './search-index.contract';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cb-search-index-'));
}

type Open = (options: { settings: SearchIndexSettings<Job>; file?: string; persistDelayMs?: number }) => Promise<SearchIndex<Job>>;

/** The two embedded engines: the typed-array index the embedded profile uses, and MiniSearch, which it replaced. */
const ENGINES: Array<[string, Open]> = [
  ['typed arrays', openTypedIndex<Job>],
  ['MiniSearch', openMiniSearchIndex<Job>],
];

/** A document of the test index: an ICT job in Dordrecht, with `over` changed. */
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

describe.each(ENGINES)('embedded index: %s', (engine, openIndex) => {
searchIndexContract(`${engine} (embedded, JSON file)`, () => {
  const dir = tempDir();
  const file = join(dir, 'index.json');
  return {
    open: () => openIndex({ settings: JOB_SETTINGS, file }),
    async reopen(index) {
      await index.close();
      return openIndex({ settings: JOB_SETTINGS, file });
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('index file', () => {
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

  it('writes a burst of changes together, shortly after it, and leaves no temporary file', async () => {
    const index = await openIndex({ settings: JOB_SETTINGS, file, persistDelayMs: 30 });
    await index.upsert([job('a', 'Eerste')]);
    await index.upsert([job('b', 'Tweede')]);
    expect(existsSync(file)).toBe(false);
    await new Promise((r) => setTimeout(r, 150));
    expect(JSON.parse(readFileSync(file, 'utf8')).documents.map((d: Job) => d.id)).toEqual(['a', 'b']);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['search-index.json']);
    await index.close();
  });

  it('writes what is left on close', async () => {
    const index = await openIndex({ settings: JOB_SETTINGS, file, persistDelayMs: 60_000 });
    await index.upsert([job('a', 'Eerste')]);
    await index.close();
    const again = await openIndex({ settings: JOB_SETTINGS, file });
    expect(await again.get('a')).toEqual(job('a', 'Eerste'));
    await again.close();
  });

  it('starts empty from a missing, empty or unreadable file instead of failing', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const content of [undefined, '', '{"format": 1, "documents": [', '{"format": 99, "documents": []}']) {
      if (content !== undefined) {
        await openIndex({ settings: JOB_SETTINGS, file }).then((i) => i.upsert([job('x', 'X')]).then(() => i.close()));
        writeFileSync(file, content);
      }
      const index = await openIndex({ settings: JOB_SETTINGS, file });
      expect(await index.count()).toBe(0);
      await index.close();
    }
  });

  it('keeps an index without a file in memory only', async () => {
    const index = await openIndex({ settings: JOB_SETTINGS });
    await index.upsert([job('a', 'Eerste')]);
    await index.persist();
    expect((await index.search({ text: 'eerste', offset: 0, limit: 10 })).total).toBe(1);
    await index.close();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('at scale: work skipped, results kept', () => {
  const page = { offset: 0, limit: 1000 };

  it('takes a word of 500+ documents as meant: every exact match, no typo variants; a rare word keeps its typo tolerance', async () => {
    const index = await openIndex({ settings: JOB_SETTINGS });
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
    const index = await openIndex({ settings: JOB_SETTINGS });
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
    const index = await openIndex({ settings: JOB_SETTINGS });
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
    const index = await openIndex({ settings: JOB_SETTINGS });
    await index.upsert([job('both', 'Python zorg', { sector: 'HEALTHCARE' }), job('one', 'Python developer', { sector: 'ICT' })]);
    // The only document with both words is filtered out, so the ICT one with some of the words is found.
    expect((await index.search({ text: 'python zorg', filters: { sector: ['ICT'] }, ...page })).hits.map((h) => h.id)).toEqual(['one']);
    expect((await index.search({ text: 'python zorg', ...page })).hits.map((h) => h.id)).toEqual(['both']);
  });
});
});

describe('typed arrays rank, count and mark as MiniSearch did', () => {
  // Words that share beginnings and lie a typo apart, so prefixes, typos and frequent words all play.
  const VOCABULARY = [
    'onderzoek', 'onderzoeker', 'onderzoeken', 'zorg', 'zorgen', 'zorgverlening', 'haven', 'havens', 'logistiek', 'logistieke',
    'python', 'pyton', 'javascript', 'java', 'data', 'database', 'databank', 'werkplaats', 'werkplaatsen', 'techniek',
    'technisch', 'verpleegkunde', 'verpleging', 'dordrecht', 'zwijndrecht', 'stage', 'stages', 'planning', 'planner', 'pneumatiek',
    'elektro', 'elektrotechniek', 'analyse', 'analist', 'analyseren', 'koppeling', 'koppelingen', 'Diëtetiek', 'café', 'IT',
  ];
  const SECTORS = ['ICT', 'HEALTHCARE', 'LOGISTICS', 'ENGINEERING'];
  const CITIES = ['dordrecht', 'zwijndrecht', 'papendrecht'];
  const r = seededRandom(1313);
  const words = (min: number, max: number) => Array.from({ length: r.int(min, max) }, () => r.pick(VOCABULARY)).join(' ');
  const docs: Job[] = Array.from({ length: 1500 }, (_, i) => ({
    id: `d${String(i).padStart(4, '0')}`,
    title: words(1, 4),
    body: `${words(5, 30)}, en de ${words(1, 3)}.`,
    tags: r.sample(VOCABULARY, r.int(0, 3)),
    sector: r.pick(SECTORS),
    levels: r.sample(['AD', 'BACHELOR', 'MASTER'], r.int(1, 2)),
    city: r.pick(CITIES),
    places: r.int(0, 5),
    publishedAt: r.chance(0.9) ? `2026-0${r.int(1, 9)}-1${r.int(0, 9)}` : null,
  }));
  const typo = (w: string) => (w.length > 5 ? w.slice(0, 2) + w[3] + w[2] + w.slice(4) : w);
  const queries: Array<SearchQuery<Job>> = Array.from({ length: 300 }, () => {
    const text = Array.from({ length: r.int(0, 3) }, () => {
      const w = r.pick(VOCABULARY);
      return r.chance(0.2) ? typo(w) : r.chance(0.2) ? w.slice(0, r.int(3, w.length)) : w;
    }).join(' ');
    const filters: SearchQuery<Job>['filters'] = {};
    if (r.chance(0.5)) filters.sector = r.sample(SECTORS, r.int(1, 2));
    if (r.chance(0.3)) filters.city = [r.pick(CITIES)];
    if (r.chance(0.3)) filters.places = { gte: r.int(0, 3) };
    if (r.chance(0.2)) filters.levels = ['MASTER'];
    return {
      text,
      filters,
      facets: r.sample(['sector', 'city', 'levels', 'places'] as const, r.int(0, 3)),
      sort: r.chance(0.2) ? { field: r.pick(['publishedAt', 'places'] as const), direction: r.pick(['asc', 'desc'] as const) } : undefined,
      highlight: r.chance(0.5) ? { fields: ['title', 'body'], cropWords: r.pick([undefined, 8]) } : undefined,
      offset: r.pick([0, 0, 0, 20]),
      limit: 20,
    };
  });

  it('gives the same hits in the same order, scores, totals, facet counts and highlights over 300 mixed queries', async () => {
    const typed = await openTypedIndex<Job>({ settings: JOB_SETTINGS });
    const mini = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS });
    await typed.upsert(docs);
    await mini.upsert(docs);
    let withHits = 0;
    for (const q of queries) {
      const [a, b] = [await typed.search(q), await mini.search(q)];
      expect({ q, total: a.total, facets: a.facets, ids: a.hits.map((h) => h.id), highlights: a.hits.map((h) => h.highlights) }).toEqual({
        q,
        total: b.total,
        facets: b.facets,
        ids: b.hits.map((h) => h.id),
        highlights: b.hits.map((h) => h.highlights),
      });
      a.hits.forEach((h, i) => expect(h.score).toBeCloseTo(b.hits[i].score, 9));
      if (a.hits.length > 0) withHits++;
    }
    // The queries are not all empty-handed: most find something, so the comparison compares something.
    expect(withHits).toBeGreaterThan(200);
  });
});
