import MiniSearch, { type SearchOptions } from 'minisearch';
import { DocumentFile, loaded, FREQUENT_WORD_DOCUMENTS, FUZZINESS, MAX_TYPOS, PREFIX_MIN_LENGTH, checkQuery, compareField, fieldOf, fieldText, snippets } from './embedded-common';
import type {
  DocField,
  SearchDocument,
  SearchHit,
  SearchIndex,
  SearchIndexSettings,
  SearchQuery,
  SearchResult,
} from './port';
import { ONE_TYPO_FROM, normalizeSearchTerm, queryWords, tokenize } from './text-rules';

export interface MiniSearchIndexOptions<D extends SearchDocument> {
  settings: SearchIndexSettings<D>;
  /** The JSON file the index lives in; without one the index is kept in memory only. */
  file?: string;
  /** Changes are written at most this long after they happen; persist() and close() write at once. */
  persistDelayMs?: number;
}

/** The stored field through which MiniSearch hands each posting's document to the pre-filter. */
const DOC = '\u0000doc';

/** MiniSearch's raw matches: internal id → score, the query words matched, and document term → fields. */
type RawMatches = Map<number, { score: number; terms: string[]; match: Record<string, string[]> }>;

/** A document that passed the filters, with its relevance and MiniSearch's internal id (-1 without text). */
interface Scored<D> {
  doc: D;
  score: number;
  internal: number;
}

type Predicate = (value: unknown) => boolean;

/**
 * The embedded search index the embedded profile used until the typed-array one
 * (search-index.typed.ts) replaced it: MiniSearch in memory, with the documents kept beside it for
 * filters, facets and sort, and written to one JSON file (DocumentFile, the same format). Kept as
 * the reference the typed index is checked against (same hits, scores, facets and highlights) and
 * measured beside (bench/search.ts).
 *
 * Honest about its limits: one process, everything in memory, and every search still walks every
 * posting of the words it matches (it skips scoring the postings of documents the filters rule
 * out, and the typo variants and, but for the last word, the longer forms of frequent words).
 * That is plenty for the region's thousands of assignments; at 100,000 the median search takes
 * about 12 ms but a frequent word still tens of ms (bench/results/search.md). Meilisearch is the
 * way beyond.
 */
export class MiniSearchIndex<D extends SearchDocument> implements SearchIndex<D> {
  private readonly documents = new Map<string, D>();
  private readonly engine: MiniSearch<D>;
  private readonly boost: Record<string, number>;
  private readonly file: DocumentFile<D>;

  constructor(private readonly options: MiniSearchIndexOptions<D>) {
    const { settings } = options;
    this.boost = Object.fromEntries(settings.searchable.map((s) => [s.field, s.boost ?? 1]));
    this.file = new DocumentFile(options.file, () => this.documents.values(), options.persistDelayMs);
    this.engine = new MiniSearch<D>({
      idField: 'id',
      fields: settings.searchable.map((s) => s.field),
      // The document itself (a reference, no copy), so the pre-filter in textSearch needs no lookup.
      storeFields: [DOC],
      extractField: (doc, field) => (field === DOC ? doc : fieldText(doc, field)),
      tokenize,
      processTerm: normalizeSearchTerm,
    });
  }

  /** Reads the file if there is one. An unreadable file counts as missing (and is overwritten), so the owner rebuilds. */
  async load(): Promise<void> {
    const documents = await this.file.read();
    if (!documents) return;
    this.documents.clear();
    this.engine.removeAll();
    for (const doc of documents) this.documents.set(doc.id, doc);
    this.engine.addAll([...this.documents.values()]);
  }

  async upsert(docs: readonly D[]): Promise<void> {
    this.file.assertOpen();
    if (docs.length === 0) return;
    for (const doc of docs) {
      if (this.documents.has(doc.id)) this.engine.replace(doc);
      else this.engine.add(doc);
      this.documents.set(doc.id, doc);
    }
    this.changed();
  }

  async remove(ids: readonly string[]): Promise<void> {
    this.file.assertOpen();
    let removed = 0;
    for (const id of ids) {
      if (!this.documents.delete(id)) continue;
      this.engine.discard(id);
      removed++;
    }
    if (removed > 0) this.changed();
  }

  async get(id: string): Promise<D | undefined> {
    return this.documents.get(id);
  }

  async all(): Promise<D[]> {
    return [...this.documents.values()];
  }

  async count(): Promise<number> {
    return this.documents.size;
  }

  async clear(): Promise<void> {
    this.file.assertOpen();
    this.documents.clear();
    this.engine.removeAll();
    this.changed();
  }

  async search(query: SearchQuery<D>): Promise<SearchResult> {
    this.file.assertOpen();
    const filters = checkQuery(this.options.settings, query).map((f): [DocField<D>, Predicate] => {
      if ('allowed' in f) return [f.field, (value) => passes(value, f.allowed)];
      const { gte, lte } = f.range;
      return [f.field, (value) => typeof value === 'number' && value >= gte && value <= lte];
    });
    const facets = [...(query.facets ?? [])];

    // Before any scoring, a document that can count neither as a hit nor toward a facet is skipped:
    // it fails a filter of a field no facet is asked for, or more than one filter. At 100,000
    // documents a frequent word's postings are mostly such documents.
    const facetSet = new Set<string>(facets);
    const admitted = (doc: D) => {
      let failures = 0;
      for (const [field, test] of filters) {
        if (test(fieldOf(doc, field))) continue;
        if (!facetSet.has(field) || ++failures > 1) return false;
      }
      return true;
    };
    const passesAll = (doc: D) => filters.every(([field, test]) => test(fieldOf(doc, field)));
    // One pass over the text matches (or every document), filters and facets together; only the
    // documents that pass every filter become objects, so a frequent word costs little garbage.
    const text = this.textSearch(query.text, filters.length > 0 ? admitted : undefined, passesAll);
    const counts: Record<string, Record<string, number>> = Object.fromEntries(facets.map((f) => [f, {}]));
    const matched: Array<Scored<D>> = [];
    const countFacets = facets.length > 0;
    const visit = (doc: D, score: number, internal: number) => {
      // A document counts toward a facet when it passes every filter except, at most, that facet's own.
      let failed: string | undefined;
      let failures = 0;
      for (const [field, test] of filters) {
        if (test(fieldOf(doc, field))) continue;
        failed = field;
        if (++failures > 1) return;
      }
      if (failures === 0) matched.push({ doc, score, internal });
      if (!countFacets) return;
      for (const f of facets) {
        if (failures === 1 && failed !== f) continue;
        const value = fieldOf(doc, f);
        if (Array.isArray(value)) {
          // A value listed twice counts once; lists are a few values long, so no Set per document.
          value.forEach((v: unknown, i: number) => {
            if (value.indexOf(v) === i) counts[f][String(v)] = (counts[f][String(v)] ?? 0) + 1;
          });
        } else if (value !== null && value !== undefined) {
          const v = String(value);
          counts[f][v] = (counts[f][v] ?? 0) + 1;
        }
      }
    };
    if (text) {
      for (const [internal, r] of text.raw) {
        if (text.requireAll && r.terms.length !== text.words) continue;
        visit(this.storedDoc(internal), (r.score * (r.terms.length || 1)) / text.best, internal);
      }
    } else for (const doc of this.documents.values()) visit(doc, 1, -1);

    const byRelevance = (a: Scored<D>, b: Scored<D>) => b.score - a.score || (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0);
    const sort = query.sort;
    const order = sort
      ? (a: Scored<D>, b: Scored<D>) => compareField(fieldOf(a.doc, sort.field), fieldOf(b.doc, sort.field), sort.direction) || byRelevance(a, b)
      : byRelevance;

    const offset = Math.max(0, Math.floor(query.offset));
    const limit = Math.max(0, Math.floor(query.limit));
    const highlight = query.highlight;
    return {
      hits: topOf(matched, order, offset + limit)
        .slice(offset, offset + limit)
        .map(({ doc, score, internal }) => {
          const hit: SearchHit = { id: doc.id, score };
          const match = text?.raw.get(internal)?.match;
          if (highlight && match) hit.highlights = snippets(doc, match, highlight.fields, highlight.cropWords);
          return hit;
        }),
      total: matched.length,
      facets: counts,
    };
  }

  async persist(): Promise<void> {
    return this.file.persist();
  }

  async close(): Promise<void> {
    return this.file.close();
  }

  private changed(): void {
    this.file.changed();
  }

  /**
   * The raw text matches, or undefined when the query has no searchable word (then every document
   * matches). One pass with OR: when some documents that pass every filter have every word, only
   * documents with every word count (`requireAll`) — the same documents and scores as an AND
   * search, without a second search when none has them all (as Meilisearch, which falls back when
   * its filtered search finds nothing). `best` is the top score among those that count, to scale
   * scores into (0, 1]. `admitted` skips a document's postings before they are scored.
   */
  private textSearch(
    text: string | undefined,
    admitted: ((doc: D) => boolean) | undefined,
    passesAll: (doc: D) => boolean,
  ): { raw: RawMatches; words: number; requireAll: boolean; best: number } | undefined {
    const words = queryWords(text);
    if (words.length === 0) return undefined;
    const options: SearchOptions = {
      boost: this.boost,
      // A frequent word with another word after it was typed whole: its longer forms are not
      // searched (Meilisearch searches prefixes of the last word only). The last word, or a rare one, still is.
      prefix: (term, i, terms) => term.length >= PREFIX_MIN_LENGTH && (i === terms.length - 1 || this.documentsWith(term) < FREQUENT_WORD_DOCUMENTS),
      fuzzy: (term) => (term.length >= ONE_TYPO_FROM && this.documentsWith(term) < FREQUENT_WORD_DOCUMENTS ? FUZZINESS : false),
      // Also bounds the cost of a long nonsense word: fuzzy matching grows with the distance allowed.
      maxFuzzy: MAX_TYPOS,
      combineWith: 'OR',
      // MiniSearch asks this for every posting before scoring it; 0 skips the posting.
      boostDocument: admitted && ((_id: unknown, _term: string, stored?: Record<string, unknown>) => (admitted(stored![DOC] as D) ? 1 : 0)),
    };
    const raw = this.rawSearch(words.join(' '), options);
    let bestAll = 0;
    let bestAny = 0;
    for (const [internal, r] of raw) {
      // As MiniSearch's own search() does: a document matching more of the words scores higher.
      const score = r.score * (r.terms.length || 1);
      if (score > bestAny) bestAny = score;
      if (r.terms.length === words.length && score > bestAll && passesAll(this.storedDoc(internal))) bestAll = score;
    }
    const requireAll = bestAll > 0;
    const best = requireAll ? bestAll : bestAny;
    return { raw, words: words.length, requireAll, best: best > 0 ? best : 1 };
  }

  /** How many documents hold the word itself (summed over fields; an upper bound, which is all the cap needs). */
  private documentsWith(term: string): number {
    const perField = (this.engine as unknown as { _index: { get(t: string): Map<number, Map<number, number>> | undefined } })._index.get(term);
    let n = 0;
    for (const postings of perField?.values() ?? []) n += postings.size;
    return n;
  }

  private storedDoc(internalId: number): D {
    return (this.engine as unknown as { _storedFields: Map<number, Record<string, unknown>> })._storedFields.get(internalId)![DOC] as D;
  }

  /**
   * MiniSearch's scored matches before it turns them into result objects and sorts them all: at
   * tens of thousands of matches that building and sorting costs more than the search itself, and
   * a page needs only its own few sorted (topOf). This reaches past MiniSearch's public API (its
   * `executeQuery`, `_index` and `_storedFields`, stable through 7.x; the version is pinned
   * exactly), so it is kept to rawSearch, documentsWith and storedDoc and checked by the contract suite.
   */
  private rawSearch(query: string, options: SearchOptions): RawMatches {
    return (this.engine as unknown as { executeQuery(q: string, o: SearchOptions): RawMatches }).executeQuery(query, options);
  }
}

/** Opens an index, reading its file when it has one. */
export const openMiniSearchIndex = <D extends SearchDocument>(options: MiniSearchIndexOptions<D>): Promise<MiniSearchIndex<D>> => loaded(new MiniSearchIndex<D>(options));

/**
 * The first `n` documents in order, without sorting all of them when `n` is small: a page of a
 * search over tens of thousands of hits needs only its own few sorted.
 */
function topOf<T>(items: T[], order: (a: T, b: T) => number, n: number): T[] {
  if (n >= items.length / 8) return items.sort(order).slice(0, n);
  if (n <= 0) return [];
  const top: T[] = [];
  for (const item of items) {
    if (top.length === n) {
      if (order(item, top[n - 1]) >= 0) continue;
      top[n - 1] = item;
    } else top.push(item);
    for (let i = top.length - 1; i > 0 && order(top[i], top[i - 1]) < 0; i--) [top[i], top[i - 1]] = [top[i - 1], top[i]];
  }
  return top;
}

function passes(value: unknown, allowed: ReadonlySet<string>): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some((v) => allowed.has(String(v)));
  return allowed.has(String(value));
}
