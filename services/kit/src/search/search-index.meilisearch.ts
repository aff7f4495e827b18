import type { Index, Meilisearch, SearchParams, SearchResponse, Settings, Task } from 'meilisearch/dist/index';
import {
  SearchQueryError,
  isNumberRange,
  type DocField,
  type FieldScalar,
  type FilterCondition,
  type SearchDocument,
  type SearchHit,
  type SearchIndex,
  type SearchIndexSettings,
  type SearchQuery,
  type SearchResult,
  type SnippetSegment,
} from './port';
import { ONE_TYPO_FROM, STOP_WORDS, TWO_TYPOS_FROM, queryWords } from './text-rules';

export interface MeilisearchIndexOptions<D extends SearchDocument> {
  settings: SearchIndexSettings<D>;
  /** e.g. http://meilisearch:7700 */
  host: string;
  apiKey?: string;
  /** The index's name on the server; created with these settings when missing. */
  indexUid: string;
  /** How long to wait for the server to apply a write (default 30 s). */
  taskTimeoutMs?: number;
}

/** Marks a match in `_formatted`; control characters no document holds, so they cannot be confused with text. */
const PRE = '\u0002';
const POST = '\u0003';
const CROP_MARKER = '…';
const BATCH = 5_000;
/** Totals are exact up to this many hits (Meilisearch's default is 1,000). */
const MAX_TOTAL_HITS = 1_000_000;

/**
 * The production search index: Meilisearch through its official client (`meilisearch` on npm).
 *
 * The port is shaped after Meilisearch, so most of this is translation: filters become filter
 * expressions, sort becomes `field:direction`, highlights come from `_formatted` with private
 * marks. Three things need more than a word-for-word mapping:
 * - **One round trip per search**: everything a search needs goes in one multi-search request
 *   (search-index.meilisearch.request-plan.test.ts pins this per query shape).
 * - **Disjunctive facets**: Meilisearch counts facets over the hits of all filters. Each facet that
 *   is asked for *and* whose field is filtered gets its own query without that filter (limit 0);
 *   the other asked facets are counted by the main query. Facets nobody asked for cost nothing.
 * - **Falling back to some of the words**: the main query wants every word
 *   (`matchingStrategy: 'all'`). A query of two or more words also carries, in the same request,
 *   the same query with `'last'` (which drops words from the end until something matches); its
 *   answer is used only when the main one found nothing. That costs the server a second search for
 *   multi-word queries, rather than the client a second round trip for the few that find nothing.
 *   In that fallback the facets are counted under all filters (not disjunctively): the fallback is
 *   rare and already approximate (it finds documents with *some* of the words, though not always
 *   every such document as the embedded index does).
 * - **Exact totals only when read**: `page`/`hitsPerPage` paging gives an exact `totalHits`; when
 *   the caller does not read the total, or an offset is not a whole page, `offset`/`limit` lets
 *   Meilisearch estimate.
 * Known differences from the embedded index, allowed by the contract (expected ids in the top k
 * for text, identical results for filters): Meilisearch applies prefix matching to the last word
 * of a query only, and its relevance order differs in detail.
 *
 * Writes wait for their task, so a write is visible to the next search when its promise resolves,
 * as the port requires; durability is Meilisearch's (`persist` has nothing to do).
 */
export class MeilisearchIndex<D extends SearchDocument> implements SearchIndex<D> {
  private readonly filterable: ReadonlySet<string>;
  private readonly sortable: ReadonlySet<string>;
  private readonly searchable: ReadonlySet<string>;
  private closed = false;

  constructor(
    private readonly client: Meilisearch,
    private readonly index: Index<D & Record<string, unknown>>,
    settings: SearchIndexSettings<D>,
    private readonly taskTimeoutMs: number,
  ) {
    this.filterable = new Set(settings.filterable);
    this.sortable = new Set(settings.sortable);
    this.searchable = new Set(settings.searchable.map((s) => s.field));
  }

  async upsert(docs: readonly D[]): Promise<void> {
    this.assertOpen();
    for (let i = 0; i < docs.length; i += BATCH) {
      await this.done(this.index.addDocuments(docs.slice(i, i + BATCH) as Array<D & Record<string, unknown>>, { primaryKey: 'id' }));
    }
  }

  async remove(ids: readonly string[]): Promise<void> {
    this.assertOpen();
    if (ids.length > 0) await this.done(this.index.deleteDocuments([...ids]));
  }

  async get(id: string): Promise<D | undefined> {
    try {
      return await this.index.getDocument<D>(id);
    } catch (err) {
      if ((err as { cause?: { code?: string } }).cause?.code === 'document_not_found') return undefined;
      throw err;
    }
  }

  async all(): Promise<D[]> {
    const all: D[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await this.index.getDocuments({ offset, limit: 1000 });
      all.push(...(page.results as D[]));
      if (page.results.length < 1000) return all;
    }
  }

  async count(): Promise<number> {
    return (await this.index.getStats()).numberOfDocuments;
  }

  async clear(): Promise<void> {
    this.assertOpen();
    await this.done(this.index.deleteAllDocuments());
  }

  async search(query: SearchQuery<D>): Promise<SearchResult> {
    this.assertOpen();
    const filters = this.activeFilters(query.filters);
    const facets = [...(query.facets ?? [])];
    for (const f of facets) if (!this.filterable.has(f)) throw new SearchQueryError(`facet on "${f}", which is not filterable`);
    if (query.sort && !this.sortable.has(query.sort.field)) throw new SearchQueryError(`sort on "${query.sort.field}", which is not sortable`);
    for (const f of query.highlight?.fields ?? []) if (!this.searchable.has(f)) throw new SearchQueryError(`highlight on "${f}", which is not searchable`);

    const words = queryWords(query.text);
    const q = words.join(' ');
    const offset = Math.max(0, Math.floor(query.offset));
    const limit = Math.max(0, Math.floor(query.limit));
    const filterOf = (except?: string) => filters.filter(([field]) => field !== except).map(([, expression]) => expression);
    const filteredFacets = facets.filter((f) => filters.some(([field]) => field === f));

    // Without words nothing matched, so there is nothing to mark.
    const highlight = words.length > 0 ? query.highlight : undefined;
    const main: SearchParams = {
      filter: filterOf(),
      facets: facets.filter((f) => !filteredFacets.includes(f)),
      sort: query.sort ? [`${query.sort.field}:${query.sort.direction}`] : undefined,
      showRankingScore: true,
      matchingStrategy: 'all',
      // Only the id is read of a hit (and the marked fields when highlighting): no document bodies over the wire.
      attributesToRetrieve: ['id', ...(highlight?.fields ?? [])],
      ...paging(offset, limit, query.total !== false),
      ...(highlight
        ? {
            attributesToHighlight: [...highlight.fields],
            highlightPreTag: PRE,
            highlightPostTag: POST,
            ...(highlight.cropWords ? { attributesToCrop: [...highlight.fields], cropLength: highlight.cropWords, cropMarker: CROP_MARKER } : {}),
          }
        : {}),
    };
    const facetQueries = filteredFacets.map((f) => ({ indexUid: this.index.uid, q, filter: filterOf(f), facets: [f], limit: 0, matchingStrategy: 'all' as const }));
    // The fallback to some of the words rides in the same request (see the header): one round trip per search.
    const fallback = words.length > 1 ? [{ ...main, indexUid: this.index.uid, q, matchingStrategy: 'last' as const, facets }] : [];

    const [allWords, ...rest] = await this.multiSearch([{ ...main, indexUid: this.index.uid, q }, ...facetQueries, ...fallback]);
    const facetAnswers = rest.slice(0, facetQueries.length);
    const someWords = fallback.length > 0 && totalOf(allWords) === 0 ? rest[facetQueries.length] : undefined;
    const answer = someWords ?? allWords;

    const counts: Record<string, Record<string, number>> = Object.fromEntries(facets.map((f) => [f, {}]));
    for (const f of facets) Object.assign(counts[f], answer.facetDistribution?.[f] ?? {});
    if (!someWords) filteredFacets.forEach((f, i) => Object.assign(counts[f], facetAnswers[i].facetDistribution?.[f] ?? {}));

    return {
      hits: answer.hits.map((hit) => {
        const result: SearchHit = { id: String(hit.id), score: words.length === 0 ? 1 : Math.max(Number.EPSILON, hit._rankingScore ?? 0) };
        if (highlight) {
          const highlights: Record<string, SnippetSegment[]> = {};
          for (const field of highlight.fields) {
            const segments = segmentsOf((hit._formatted as Record<string, unknown> | undefined)?.[field]);
            if (segments) highlights[field] = segments;
          }
          result.highlights = highlights;
        }
        return result;
      }),
      total: totalOf(answer),
      facets: counts,
    };
  }

  async persist(): Promise<void> {
    // Meilisearch has stored every change whose task succeeded; writes wait for their task.
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private async multiSearch(queries: Array<SearchParams & { indexUid: string; q: string }>): Promise<Array<SearchResponse<D & Record<string, unknown>>>> {
    const { results } = (await this.client.multiSearch({ queries })) as { results: Array<SearchResponse<D & Record<string, unknown>>> };
    return results;
  }

  private activeFilters(filters: SearchQuery<D>['filters']): Array<[string, string]> {
    const active: Array<[string, string]> = [];
    for (const [field, condition] of Object.entries(filters ?? {}) as Array<[DocField<D>, FilterCondition | undefined]>) {
      const expression = condition === undefined ? undefined : filterExpression(field, condition);
      if (expression === undefined) continue;
      if (!this.filterable.has(field)) throw new SearchQueryError(`filter on "${field}", which is not filterable`);
      active.push([field, expression]);
    }
    return active;
  }

  private async done(enqueued: { waitTask(options?: { timeout?: number }): Promise<Task> }): Promise<void> {
    const task = await enqueued.waitTask({ timeout: this.taskTimeoutMs });
    if (task.status !== 'succeeded') throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? 'no reason given'}`);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the search index is closed');
  }
}

/** Connects, creates the index when it is missing and applies the settings (which are idempotent). */
export async function openMeilisearchIndex<D extends SearchDocument>(options: MeilisearchIndexOptions<D>): Promise<MeilisearchIndex<D>> {
  const { Meilisearch } = loadClient();
  const client = new Meilisearch({ host: options.host, apiKey: options.apiKey });
  const timeout = options.taskTimeoutMs ?? 30_000;
  const created = await client.createIndex(options.indexUid, { primaryKey: 'id' }).waitTask({ timeout });
  if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
    throw new Error(`Meilisearch could not create index ${options.indexUid}: ${created.error?.message ?? created.status}`);
  }
  const index = client.index<D & Record<string, unknown>>(options.indexUid);
  const applied = await index.updateSettings(meilisearchSettings(options.settings)).waitTask({ timeout });
  if (applied.status !== 'succeeded') throw new Error(`Meilisearch refused the settings of ${options.indexUid}: ${applied.error?.message ?? applied.status}`);
  return new MeilisearchIndex(client, index, options.settings, timeout);
}

/** The port's settings as Meilisearch's: the order of searchable attributes is their weight. */
export function meilisearchSettings<D extends SearchDocument>(settings: SearchIndexSettings<D>): Settings {
  return {
    searchableAttributes: [...settings.searchable].sort((a, b) => (b.boost ?? 1) - (a.boost ?? 1)).map((s) => s.field),
    filterableAttributes: [...settings.filterable],
    sortableAttributes: [...settings.sortable],
    // Sort first, so a sorted search is sorted and relevance only breaks ties (the port's order).
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    stopWords: [...STOP_WORDS],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: ONE_TYPO_FROM, twoTypos: TWO_TYPOS_FROM } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    faceting: { maxValuesPerFacet: 1000 },
    // Facets are counted, never searched for values: facet search only costs indexing time.
    facetSearch: false,
    // Assignments are written in Dutch or English; naming both keeps Meilisearch from guessing
    // another language's tokenizer for a short text.
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['nld', 'eng'] }],
  };
}

/** A filter condition as a Meilisearch filter expression, or undefined when it does not restrict. */
export function filterExpression(field: string, condition: FilterCondition): string | undefined {
  if (isNumberRange(condition)) {
    const parts = [
      ...(condition.gte !== undefined ? [`${field} >= ${condition.gte}`] : []),
      ...(condition.lte !== undefined ? [`${field} <= ${condition.lte}`] : []),
    ];
    return parts.length === 0 ? undefined : parts.join(' AND ');
  }
  if (condition.length === 0) return undefined;
  return `${field} IN [${condition.map(literal).join(', ')}]`;
}

function literal(value: FieldScalar): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** `_formatted` text (a list field's values joined) cut at the private marks, or undefined when nothing in it matched. */
export function segmentsOf(formatted: unknown): SnippetSegment[] | undefined {
  if (formatted === null || formatted === undefined) return undefined;
  const text = Array.isArray(formatted) ? formatted.map(String).join(', ') : String(formatted);
  if (!text.includes(PRE)) return undefined;
  const segments: SnippetSegment[] = [];
  for (const [i, piece] of text.split(new RegExp(`${PRE}|${POST}`, 'u')).entries()) {
    if (piece === '') continue;
    const match = i % 2 === 1;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += piece;
    else segments.push({ text: piece, match });
  }
  return segments;
}

/**
 * `page`/`hitsPerPage` makes Meilisearch count every hit exactly; `offset`/`limit` lets it stop
 * early and estimate, which is all a caller that does not read the total needs.
 */
function paging(offset: number, limit: number, exactTotal: boolean): Pick<SearchParams, 'page' | 'hitsPerPage' | 'offset' | 'limit'> {
  if (exactTotal && limit > 0 && offset % limit === 0) return { page: offset / limit + 1, hitsPerPage: limit };
  return { offset, limit };
}

function totalOf(response: SearchResponse<Record<string, unknown>>): number {
  const r = response as { totalHits?: number; estimatedTotalHits?: number };
  return r.totalHits ?? r.estimatedTotalHits ?? 0;
}

type MeilisearchModule = typeof import('meilisearch/dist/index');

/**
 * The client is published as an ES module only. Node ≥ 20.19 require()s such modules natively,
 * but jest's module registry cannot load them, so the client is required through Node's own
 * require (which jest does not replace), and only when an index is opened: the embedded profile
 * and every test without a Meilisearch server never load it.
 */
function loadClient(): MeilisearchModule {
  const nodeModule = process.getBuiltinModule('node:module');
  return nodeModule.createRequire(__filename)('meilisearch') as MeilisearchModule;
}
