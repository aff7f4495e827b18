/**
 * The search-index port: a document index with full text, filters, facets, sort and paging.
 *
 * It is shaped after what Meilisearch offers (searchable / filterable / sortable attributes,
 * `filter`, `facets`, `sort`, `offset`, `limit`), so the Meilisearch adapter is a translation and
 * the embedded adapter imitates it. One contract suite (services/search/test/contract) pins the
 * behaviour every adapter must show.
 *
 * Semantics every adapter keeps:
 * - **Text**: case- and accent-insensitive ("zorg" finds "Zorg", "cafe" finds "café"); a word
 *   of three letters or more may be the beginning of a longer one ("devel" finds "developer";
 *   Meilisearch does this for the last word only), and words of five letters or more tolerate a
 *   typo ("javscript" finds "JavaScript"). All words must match; when no document has them all,
 *   documents that match some of them are returned instead (Meilisearch's matching strategy).
 *   Text that holds no searchable word at all (only punctuation or stop words) acts as no text.
 *   Only the first ten words count (as in Meilisearch).
 * - **Filters**: field → allowed values, or field → a numeric range. AND across fields, OR within
 *   one field. A document whose field is a list passes when any element is allowed. A missing or
 *   empty list of values puts no restriction on that field (a user who unticks every box wants to
 *   see everything). A range `{ gte, lte }` keeps documents whose number lies within it, both ends
 *   included; an open end does not restrict, and a document without a number fails it. (Ranges
 *   are numeric only, as in Meilisearch: keep dates as numbers such as 20260901 to range them.)
 * - **Facets** are counted over every document that matches the text and the filters of the
 *   *other* fields, ignoring the field's own filter (disjunctive facets), so a user who picked
 *   "ICT" still sees how many hits "Zorg" would add. A field without a filter therefore has counts
 *   that add up to `total` (for single-valued fields). Values are reported as strings.
 * - **Order**: with `sort`, by that field (documents without a value last), ties by relevance;
 *   without `sort` but with text, by relevance; with neither, unspecified but stable.
 * - **Score**: relevance in (0, 1], higher is better, comparable only within one search; 1 for
 *   every hit of a search without text.
 * - **Highlights**, when asked for: per requested searchable field in which the text matched, the
 *   field's text (a list field's values joined with ", ") as segments, the matched words marked;
 *   with `cropWords`, cut to about that many words around the first match, "…" marking a cut.
 *   Only the text is returned: escaping it for HTML is the caller's business.
 * - **Writes are visible to the next search** when their promise resolves (an adapter over a
 *   remote engine waits for its task). Durability is the adapter's business: `persist()` resolves
 *   once every change so far would survive a restart.
 */
export type FieldScalar = string | number | boolean;
export type FieldValue = FieldScalar | null | readonly FieldScalar[];

export interface SearchDocument {
  id: string;
}

/** The names of a document type's fields. */
export type DocField<D> = Extract<keyof D, string>;

/** What an index is built for; an adapter configures its engine from it once, when it opens. */
export interface SearchIndexSettings<D extends SearchDocument> {
  /** Fields matched by text; a boost weighs a field against the others (default 1). */
  searchable: ReadonlyArray<{ field: DocField<D>; boost?: number }>;
  /** Fields that may appear in `filters` and `facets`. */
  filterable: ReadonlyArray<DocField<D>>;
  /** Fields that may appear in `sort`. */
  sortable: ReadonlyArray<DocField<D>>;
}

/** A numeric range, both ends included; a missing end is open. */
export interface NumberRange {
  gte?: number;
  lte?: number;
}

export type FilterCondition = readonly FieldScalar[] | NumberRange;

export const isNumberRange = (c: FilterCondition | undefined): c is NumberRange => c !== undefined && !Array.isArray(c);

export interface SearchQuery<D extends SearchDocument> {
  text?: string;
  filters?: Partial<Record<DocField<D>, FilterCondition>>;
  /** Fields to count values of; each must be filterable. */
  facets?: ReadonlyArray<DocField<D>>;
  sort?: { field: DocField<D>; direction: 'asc' | 'desc' };
  /** Marked snippets of these searchable fields for the hits of the page (only with text). */
  highlight?: { fields: ReadonlyArray<DocField<D>>; cropWords?: number };
  /**
   * Whether the caller reads `total` (default true). When false an adapter may skip counting
   * every hit and report an estimate instead, at least the number of hits up to the page's end.
   */
  total?: boolean;
  offset: number;
  limit: number;
}

/** A piece of a field's text; `match` marks a word the search matched. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

export interface SearchHit {
  id: string;
  score: number;
  /** Field → its marked text, for each requested field with a match (see the header). */
  highlights?: Record<string, SnippetSegment[]>;
}

export interface SearchResult {
  /** The page: at most `limit` hits from `offset` on. */
  hits: SearchHit[];
  /** All hits of the query and filters, over every page. */
  total: number;
  /** Facet field → value → count, for each requested facet (see the header for what is counted). */
  facets: Record<string, Record<string, number>>;
}

export interface SearchIndex<D extends SearchDocument> {
  /** Adds documents or replaces them whole, by id. */
  upsert(docs: readonly D[]): Promise<void>;
  /** Unknown ids are ignored. */
  remove(ids: readonly string[]): Promise<void>;
  get(id: string): Promise<D | undefined>;
  /** Every document (used to check the index against the projection it is derived from). */
  all(): Promise<D[]>;
  count(): Promise<number>;
  search(query: SearchQuery<D>): Promise<SearchResult>;
  clear(): Promise<void>;
  /** Resolves once every change so far is durable. */
  persist(): Promise<void>;
  /** Persists and releases the index; it cannot be used afterwards. */
  close(): Promise<void>;
}

/** A query the index cannot answer as asked (a bug in the caller, not a user's mistake). */
export class SearchQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchQueryError';
  }
}
