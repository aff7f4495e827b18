import { openMeilisearchIndex } from '@cb/kit';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SearchAssignments, type SearchWants } from '../../src/app/search-assignments';
import { ASSIGNMENT_INDEX, type AssignmentSearchDoc } from '../../src/domain/assignment-doc';

/**
 * The Meilisearch adapter's request plan, without a Meilisearch server: the real `meilisearch` client
 * talks over HTTP to a recording stand-in on a local port, and each search of the search use case is checked for how many
 * HTTP requests it makes and what they ask. The issue-13 evidence that a search costs one round
 * trip: a second request per search (a retry with another matching strategy, a separate facet
 * call) fails these tests.
 */

interface Recorded {
  method: string;
  path: string;
  body: any;
}
type MultiQuery = Record<string, any> & { q: string; matchingStrategy?: string };
type Answer = { status: number; body: unknown };

/** Answers as Meilisearch would; `totalOf` decides how many hits each query of a multi-search reports. */
function meilisearchAnswer(req: Recorded, totalOf: (query: MultiQuery) => number, taskUid: () => number): Answer {
  if (req.path === '/multi-search') {
    return {
      status: 200,
      body: {
        results: (req.body.queries as MultiQuery[]).map((query) => {
          const total = totalOf(query);
          const hits = Array.from({ length: Math.min(total, query.hitsPerPage ?? query.limit ?? 20) }, (_, i) => ({ id: `a-${i}`, _rankingScore: 1 - i / 100 }));
          const paged = query.hitsPerPage !== undefined ? { totalHits: total, page: query.page, hitsPerPage: query.hitsPerPage } : { estimatedTotalHits: total, offset: query.offset ?? 0, limit: query.limit ?? 20 };
          const facetDistribution = Object.fromEntries((query.facets ?? []).map((f: string) => [f, { X: total }]));
          return { indexUid: query.indexUid, query: query.q, processingTimeMs: 0, hits, facetDistribution, ...paged };
        }),
      },
    };
  }
  if (req.path.startsWith('/tasks/')) return { status: 200, body: { uid: Number(req.path.split('/')[2]), status: 'succeeded', type: 'settingsUpdate', error: null } };
  // Index creation and settings: an enqueued task, which the client then waits for.
  return { status: 202, body: { taskUid: taskUid(), indexUid: 'assignments', status: 'enqueued', type: 'settingsUpdate', enqueuedAt: new Date().toISOString() } };
}

/** A recording stand-in for a Meilisearch server on a local port: every request the client makes is a real HTTP round trip. */
async function fakeMeilisearch(totalOf: (query: MultiQuery) => number = () => 3) {
  const requests: Recorded[] = [];
  let task = 0;
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      const recorded = { method: req.method ?? 'GET', path: new URL(req.url ?? '/', 'http://x').pathname, body: text ? JSON.parse(text) : undefined };
      requests.push(recorded);
      const answer = meilisearchAnswer(recorded, totalOf, () => ++task);
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { requests, host: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function searchWith(server: ReturnType<typeof fakeMeilisearch>, args: Record<string, unknown>, wants?: SearchWants) {
  const meili = await server;
  const index = await openMeilisearchIndex<AssignmentSearchDoc>({ settings: ASSIGNMENT_INDEX, host: meili.host, indexUid: 'assignments' });
  const opened = meili.requests.length;
  // A day on which the open rule's date filter is plain to read.
  const page = await new SearchAssignments(index, () => new Date('2026-03-01T12:00:00Z')).run(args, wants);
  const searches = meili.requests.slice(opened);
  return { page, searches, queries: (searches[0]?.body?.queries ?? []) as MultiQuery[], setup: meili.requests.slice(0, opened) };
}

const EVERYTHING: SearchWants = { total: true, facets: ['sector', 'type', 'level', 'municipality', 'workMode'], highlights: true };
const HITS_ONLY: SearchWants = { total: false, facets: [], highlights: false };

describe('Meilisearch request plan: one round trip per search', () => {
  it('text only, hits only: one request with one query, no facets, no highlights, no exact count', async () => {
    const { searches, queries } = await searchWith(fakeMeilisearch(), { query: 'zorg' }, HITS_ONLY);
    expect(searches.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /multi-search']);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatchObject({ q: 'zorg', matchingStrategy: 'all', facets: [], attributesToRetrieve: ['id'], offset: 0, limit: 20 });
    expect(queries[0]).not.toHaveProperty('attributesToHighlight');
    expect(queries[0]).not.toHaveProperty('hitsPerPage');
    // Open only by default: places left and applications not closed on 1 March 2026.
    expect(queries[0].filter).toEqual(['hasPlacesLeft IN [true]', 'lastApplyDay >= 20260301']);
  });

  it('text + 2 filters + every facet: one request; the main query counts the unfiltered facets, one query per filtered facet', async () => {
    const { searches, queries, page } = await searchWith(
      fakeMeilisearch(),
      { query: 'verpleegkundige', filter: { sectors: ['HEALTHCARE'], levels: ['BACHELOR'] } },
      EVERYTHING,
    );
    expect(searches).toHaveLength(1);
    expect(queries.map((q) => q.facets)).toEqual([['type', 'municipality', 'workMode'], ['sector'], ['levels']]);
    const [main, sector, levels] = queries;
    expect(main.filter).toEqual(expect.arrayContaining(['sector IN ["HEALTHCARE"]', 'levels IN ["BACHELOR"]']));
    expect(main).toMatchObject({ page: 1, hitsPerPage: 20, attributesToHighlight: ['title', 'description', 'companyName'], attributesToRetrieve: ['id', 'title', 'description', 'companyName'] });
    // Each facet query leaves out its own field's filter (disjunctive facets) and fetches no hits.
    expect(sector).toMatchObject({ limit: 0 });
    expect(sector.filter).not.toContain('sector IN ["HEALTHCARE"]');
    expect(sector.filter).toContain('levels IN ["BACHELOR"]');
    expect(levels.filter).not.toContain('levels IN ["BACHELOR"]');
    expect(page.facets.sector).toEqual([{ value: 'X', count: 3 }]);
  });

  it('asks only the facets that are read: a filtered facet nobody reads gets no query', async () => {
    const { queries } = await searchWith(fakeMeilisearch(), { query: 'zorg', filter: { sectors: ['HEALTHCARE'], types: ['INTERNSHIP'] } }, { total: true, facets: ['type'], highlights: false });
    expect(queries.map((q) => q.facets)).toEqual([[], ['type']]);
  });

  it('an empty query: one request, no text, newest first, nothing to highlight', async () => {
    const { searches, queries } = await searchWith(fakeMeilisearch(), {}, EVERYTHING);
    expect(searches).toHaveLength(1);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatchObject({ q: '', sort: ['publishedAt:desc'], facets: ['sector', 'type', 'levels', 'municipality', 'workMode'] });
    expect(queries[0]).not.toHaveProperty('attributesToHighlight');
  });

  it('with includeClosed: one request and no open-rule filter at all', async () => {
    const { searches, queries } = await searchWith(fakeMeilisearch(), { query: 'haven', filter: { includeClosed: true } }, EVERYTHING);
    expect(searches).toHaveLength(1);
    expect(queries).toHaveLength(1);
    expect(queries[0].filter).toEqual([]);
  });

  it('several words: the fallback to some of the words rides in the same request, and is used only when all words find nothing', async () => {
    const found = await searchWith(fakeMeilisearch(), { query: 'python dordrecht', filter: { sectors: ['ICT'] } }, EVERYTHING);
    expect(found.searches).toHaveLength(1);
    expect(found.queries.map((q) => q.matchingStrategy)).toEqual(['all', 'all', 'last']);
    expect(found.page.total).toBe(3);

    // Nothing has both words: the answer comes from the fallback of that same one request.
    const meili = fakeMeilisearch((q) => (q.matchingStrategy === 'last' ? 7 : 0));
    const fallback = await searchWith(meili, { query: 'python dordrecht', filter: { sectors: ['ICT'] } }, EVERYTHING);
    expect(fallback.searches).toHaveLength(1);
    expect(fallback.page.total).toBe(7);
    expect(fallback.page.hits).toHaveLength(7);
  });

  it('opens the index with facet search off, Dutch and English text, and nothing per search', async () => {
    const { setup } = await searchWith(fakeMeilisearch(), { query: 'zorg' }, HITS_ONLY);
    const settings = setup.find((r) => r.method === 'PATCH' && r.path === '/indexes/assignments/settings')!.body;
    expect(settings).toMatchObject({ facetSearch: false, localizedAttributes: [{ attributePatterns: ['*'], locales: ['nld', 'eng'] }] });
  });
});
