import MiniSearch, { type SearchOptions } from 'minisearch';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  SearchQueryError,
  type DocField,
  type FieldScalar,
  type SearchDocument,
  type SearchIndex,
  type SearchIndexSettings,
  type SearchQuery,
  type SearchResult,
} from './port';

export interface MiniSearchIndexOptions<D extends SearchDocument> {
  settings: SearchIndexSettings<D>;
  /** The JSON file the index lives in; without one the index is kept in memory only. */
  file?: string;
  /** Changes are written at most this long after they happen; persist() and close() write at once. */
  persistDelayMs?: number;
}

const FILE_FORMAT = 1;
const DEFAULT_PERSIST_DELAY_MS = 250;
/** Like Meilisearch: short words must be spelled right, longer ones may have a typo or two (never more). */
const FUZZY_MIN_LENGTH = 5;
const FUZZINESS = 0.2;
const MAX_TYPOS = 2;
/** Like Meilisearch, only the first ten words of a query count; it keeps a public search cheap. */
const MAX_QUERY_WORDS = 10;
/** A one-letter prefix matches most of the vocabulary and tells nothing; such words must match whole. */
const PREFIX_MIN_LENGTH = 2;

/**
 * Function words of Dutch and English that would otherwise match (by prefix) almost every
 * document. Kept short on purpose: "it" stays, people search for IT.
 */
const STOP_WORDS = new Set([
  'de', 'het', 'een', 'en', 'van', 'op', 'te', 'met', 'voor', 'aan', 'bij', 'of', 'om', 'als', 'dat', 'die', 'naar', 'tot', 'uit',
  'the', 'a', 'an', 'and', 'of', 'on', 'at', 'to', 'for', 'with', 'by', 'or', 'as', 'in', 'is',
]);

const WORD_SEPARATORS = /[\n\r\p{Z}\p{P}]+/u;

/** Lower case without accents, so Dutch and English text match however it is typed ("Diëtetiek" = "dietetiek"). */
export function normalizeSearchTerm(term: string): string | null {
  const plain = term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return plain === '' || STOP_WORDS.has(plain) ? null : plain;
}

const tokenize = (text: string) => text.split(WORD_SEPARATORS).filter(Boolean);

/**
 * The embedded search index: MiniSearch in memory, with the documents kept beside it for filters,
 * facets and sort, and written to one JSON file (write to a temporary file, then rename, so a
 * crash leaves the old file or the new one, never half of one). Writes are debounced: a burst of
 * changes costs one write. A crash can therefore lose the last moments of changes; the owner of
 * the index must be able to put them back (the search service checks the index against its store
 * on start). Only the documents are written: the MiniSearch index is rebuilt from them on open,
 * which keeps the file small and means changed settings take effect without a migration.
 *
 * Honest about its limits: one process, everything in memory, every search scans the filtered
 * set. That is plenty for the region's thousands of assignments; Meilisearch is the way beyond.
 */
export class MiniSearchIndex<D extends SearchDocument> implements SearchIndex<D> {
  private readonly documents = new Map<string, D>();
  private readonly engine: MiniSearch<D>;
  private readonly filterable: ReadonlySet<string>;
  private readonly sortable: ReadonlySet<string>;
  private readonly boost: Record<string, number>;
  private readonly persistDelayMs: number;
  private timer?: NodeJS.Timeout;
  private dirty = false;
  private writing: Promise<void> = Promise.resolve();
  private tmpSeq = 0;
  private closed = false;

  constructor(private readonly options: MiniSearchIndexOptions<D>) {
    const { settings } = options;
    this.filterable = new Set(settings.filterable);
    this.sortable = new Set(settings.sortable);
    this.boost = Object.fromEntries(settings.searchable.map((s) => [s.field, s.boost ?? 1]));
    this.persistDelayMs = options.persistDelayMs ?? DEFAULT_PERSIST_DELAY_MS;
    this.engine = new MiniSearch<D>({
      idField: 'id',
      fields: settings.searchable.map((s) => s.field),
      storeFields: [],
      extractField: (doc, field) => {
        const value = (doc as Record<string, unknown>)[field];
        if (value === null || value === undefined) return undefined;
        return Array.isArray(value) ? value.join(' ') : String(value);
      },
      tokenize,
      processTerm: normalizeSearchTerm,
    });
  }

  /** Reads the file if there is one. An unreadable file counts as missing (and is overwritten), so the owner rebuilds. */
  async load(): Promise<void> {
    const file = this.options.file;
    if (!file) return;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    if (text.trim() === '') return;
    let documents: D[];
    try {
      const parsed = JSON.parse(text) as { format?: unknown; documents?: unknown };
      if (parsed.format !== FILE_FORMAT || !Array.isArray(parsed.documents)) throw new Error(`unknown format ${String(parsed.format)}`);
      documents = parsed.documents as D[];
    } catch (err) {
      console.error(`[search-index] ${file} is unreadable (${(err as Error).message}); starting empty`);
      return;
    }
    this.documents.clear();
    this.engine.removeAll();
    for (const doc of documents) this.documents.set(doc.id, doc);
    this.engine.addAll([...this.documents.values()]);
  }

  async upsert(docs: readonly D[]): Promise<void> {
    this.assertOpen();
    if (docs.length === 0) return;
    for (const doc of docs) {
      if (this.documents.has(doc.id)) this.engine.replace(doc);
      else this.engine.add(doc);
      this.documents.set(doc.id, doc);
    }
    this.changed();
  }

  async remove(ids: readonly string[]): Promise<void> {
    this.assertOpen();
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
    this.assertOpen();
    this.documents.clear();
    this.engine.removeAll();
    this.changed();
  }

  async search(query: SearchQuery<D>): Promise<SearchResult> {
    this.assertOpen();
    const filters = this.activeFilters(query.filters);
    const facets = [...(query.facets ?? [])];
    for (const f of facets) if (!this.filterable.has(f)) throw new SearchQueryError(`facet on "${f}", which is not filterable`);
    if (query.sort && !this.sortable.has(query.sort.field)) throw new SearchQueryError(`sort on "${query.sort.field}", which is not sortable`);

    const scores = this.textScores(query.text);
    const candidates = scores ? [...scores.keys()].map((id) => this.documents.get(id)!) : [...this.documents.values()];
    const counts: Record<string, Record<string, number>> = Object.fromEntries(facets.map((f) => [f, {}]));
    const matched: D[] = [];
    for (const doc of candidates) {
      // A document counts toward a facet when it passes every filter except, at most, that facet's own.
      const failed = filters.filter(([field, allowed]) => !passes(fieldOf(doc, field), allowed)).map(([field]) => field);
      if (failed.length === 0) matched.push(doc);
      if (failed.length > 1) continue;
      for (const f of facets) {
        if (failed.length === 1 && failed[0] !== f) continue;
        for (const value of valuesOf(fieldOf(doc, f))) counts[f][value] = (counts[f][value] ?? 0) + 1;
      }
    }

    const scoreOf = (doc: D) => scores?.get(doc.id) ?? 1;
    const byRelevance = (a: D, b: D) => scoreOf(b) - scoreOf(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const sort = query.sort;
    matched.sort(sort ? (a, b) => compareField(fieldOf(a, sort.field), fieldOf(b, sort.field), sort.direction) || byRelevance(a, b) : byRelevance);

    const offset = Math.max(0, Math.floor(query.offset));
    const limit = Math.max(0, Math.floor(query.limit));
    return {
      hits: matched.slice(offset, offset + limit).map((doc) => ({ id: doc.id, score: scoreOf(doc) })),
      total: matched.length,
      facets: counts,
    };
  }

  async persist(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const file = this.options.file;
    if (!file) return;
    // Writes run one after another; a write finds nothing to do when an earlier one covered it.
    this.writing = this.writing
      .catch(() => undefined)
      .then(async () => {
        if (!this.dirty) return;
        this.dirty = false;
        const body = JSON.stringify({ format: FILE_FORMAT, documents: [...this.documents.values()] });
        try {
          await writeAtomically(file, body, `${file}.${process.pid}.${++this.tmpSeq}.tmp`);
        } catch (err) {
          this.dirty = true;
          throw err;
        }
      });
    return this.writing;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.persist();
    this.closed = true;
  }

  private changed(): void {
    this.dirty = true;
    if (!this.options.file || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.persist().catch((err: Error) => console.error(`[search-index] could not write ${this.options.file}, will retry: ${err.message}`));
    }, this.persistDelayMs);
    // A pending write must not keep the process alive; close() writes what is left.
    this.timer.unref();
  }

  /** Relevance by id, or undefined when the query has no searchable word (then every document matches). */
  private textScores(text: string | undefined): Map<string, number> | undefined {
    const words = [...new Set(tokenize(text ?? '').map(normalizeSearchTerm).filter((w): w is string => w !== null))];
    if (words.length === 0) return undefined;
    const query = words.slice(0, MAX_QUERY_WORDS).join(' ');
    const options: SearchOptions = {
      boost: this.boost,
      prefix: (term) => term.length >= PREFIX_MIN_LENGTH,
      fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? FUZZINESS : false),
      // Also bounds the cost of a long nonsense word: fuzzy matching grows with the distance allowed.
      maxFuzzy: MAX_TYPOS,
      combineWith: 'AND',
    };
    let results = this.engine.search(query, options);
    if (results.length === 0) results = this.engine.search(query, { ...options, combineWith: 'OR' });
    const best = results.reduce((max, r) => Math.max(max, r.score), 0);
    return new Map(results.map((r) => [String(r.id), best > 0 ? r.score / best : 1]));
  }

  private activeFilters(filters: SearchQuery<D>['filters']): Array<[DocField<D>, ReadonlySet<string>]> {
    const active: Array<[DocField<D>, ReadonlySet<string>]> = [];
    for (const [field, values] of Object.entries(filters ?? {}) as Array<[DocField<D>, readonly FieldScalar[] | undefined]>) {
      if (!values || values.length === 0) continue;
      if (!this.filterable.has(field)) throw new SearchQueryError(`filter on "${field}", which is not filterable`);
      active.push([field, new Set(values.map(String))]);
    }
    return active;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the search index is closed');
  }
}

/** Opens an index, reading its file when it has one. */
export async function openMiniSearchIndex<D extends SearchDocument>(options: MiniSearchIndexOptions<D>): Promise<MiniSearchIndex<D>> {
  const index = new MiniSearchIndex<D>(options);
  await index.load();
  return index;
}

const fieldOf = (doc: SearchDocument, field: string): unknown => (doc as unknown as Record<string, unknown>)[field];

function valuesOf(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return [...new Set(value.map(String))];
  return [String(value)];
}

function passes(value: unknown, allowed: ReadonlySet<string>): boolean {
  return valuesOf(value).some((v) => allowed.has(v));
}

/** Documents without a value sort last in either direction, as in Meilisearch. */
function compareField(a: unknown, b: unknown, direction: 'asc' | 'desc'): number {
  const missingA = a === null || a === undefined;
  const missingB = b === null || b === undefined;
  if (missingA || missingB) return missingA === missingB ? 0 : missingA ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  return direction === 'asc' ? order : -order;
}

async function writeAtomically(file: string, body: string, tmp: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  try {
    const handle = await open(tmp, 'w', 0o600);
    try {
      await handle.writeFile(body, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
