import {
  DocumentFile,
  FREQUENT_WORD_DOCUMENTS,
  FUZZINESS,
  MAX_TYPOS,
  PREFIX_MIN_LENGTH,
  checkQuery,
  compareField,
  fieldOf,
  fieldText,
  loaded,
  snippets,
  type ActiveFilter,
} from './embedded-common';
import type { SearchDocument, SearchHit, SearchIndex, SearchIndexSettings, SearchQuery, SearchResult } from './port';
import { ONE_TYPO_FROM, normalizeSearchTerm, queryWords, tokenize } from './text-rules';

export interface TypedIndexOptions<D extends SearchDocument> {
  settings: SearchIndexSettings<D>;
  /** The JSON file the index lives in; without one the index is kept in memory only. */
  file?: string;
  /** Changes are written at most this long after they happen; persist() and close() write at once. */
  persistDelayMs?: number;
}

/** MiniSearch's defaults, kept so that relevance stays what it was: BM25+ and the weights of derived terms. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Renumber (rebuild) when this share of the document numbers belong to removed or replaced documents. */
const COMPACT_WHEN_DEAD = 0.5;
const COMPACT_MIN_DEAD = 1024;

type Bits = Uint32Array;

/** One field's postings of one term: document numbers in ascending order, with the term's frequency there. */
class Postings {
  docs = new Int32Array(4);
  freqs = new Uint16Array(4);
  size = 0;
  /** Postings of documents still in the index (the others are skipped when walked, dropped on compaction). */
  live = 0;

  add(doc: number, freq: number): void {
    if (this.size === this.docs.length) {
      const docs = new Int32Array(this.size * 2);
      docs.set(this.docs);
      this.docs = docs;
      const freqs = new Uint16Array(this.size * 2);
      freqs.set(this.freqs);
      this.freqs = freqs;
    }
    this.docs[this.size] = doc;
    this.freqs[this.size] = Math.min(freq, 0xffff);
    this.size++;
    this.live++;
  }

  has(doc: number): boolean {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = this.docs[mid];
      if (d === doc) return true;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** A term of the index: its postings per searchable field (by field number). */
type Term = Array<Postings | undefined>;

/** An index term a query word stands for, with the weight MiniSearch gives it. */
interface Derived {
  word: number;
  term: string;
  entry: Term;
  weight: number;
}

const hasBit = (bits: Bits, n: number) => (bits[n >>> 5] & (1 << (n & 31))) !== 0;
const setBit = (bits: Bits, n: number) => {
  bits[n >>> 5] |= 1 << (n & 31);
};
const clearBit = (bits: Bits, n: number) => {
  bits[n >>> 5] &= ~(1 << (n & 31));
};
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
const grown = (bits: Bits, words: number): Bits => {
  const next = new Uint32Array(words);
  next.set(bits);
  return next;
};

/** Levenshtein distance of a and b when it is at most max, else max + 1 (gives up as soon as a row exceeds max). */
function distanceWithin(a: string, b: string, max: number, row: Int32Array, prev: Int32Array): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      row[j] = v;
      if (v < least) least = v;
    }
    if (least > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev[j] = row[j];
  }
  return prev[b.length];
}

/**
 * The embedded search index over typed arrays: documents get numbers in the order they arrive,
 * each term's postings are those numbers (Int32Array, ascending, so appending keeps them sorted)
 * with the term's frequency, filter and facet values are bitsets (one bit per document number),
 * and a search walks the postings into a score array, keeps the page in a bounded heap, counts
 * facets by intersecting bitsets and the total without building a hit per match. Relevance,
 * tokenising, prefixes and typos are MiniSearch's as this codebase configured it (BM25+, the same
 * weights, the rules in embedded-common.ts), so it ranks as the MiniSearch index did
 * (search-index.minisearch.ts, kept for comparison in bench/search.ts).
 *
 * A replaced or removed document keeps its number until the index is renumbered (when half the
 * numbers are dead); until then its postings are skipped by one bit test. Documents are kept
 * beside the index for fields, sort and highlights, and written to one JSON file (DocumentFile).
 */
export class TypedIndex<D extends SearchDocument> implements SearchIndex<D> {
  private readonly fields: ReadonlyArray<{ field: string; boost: number }>;
  private readonly file: DocumentFile<D>;
  // By document number.
  private docs: Array<D | undefined> = [];
  private alive: Bits = new Uint32Array(0);
  private readonly numbers = new Map<string, number>();
  private liveCount = 0;
  private capacity = 0;
  /** Per searchable field: its length (distinct words) in each document, and the sum and count over the live ones with the field. */
  private lengths: Int32Array[];
  private readonly lengthSum: number[];
  private readonly withField: number[];
  /** Per filterable field: the number, or NaN, and (built on first use) value → documents. */
  private numbersOf = new Map<string, Float64Array>();
  private readonly valueBits = new Map<string, Map<string, Bits>>();
  private readonly terms = new Map<string, Term>();
  private sortedTerms: string[] = [];
  private readonly newTerms: string[] = [];
  private readonly termsByLength: string[][] = [];
  // Scratch space of a search, kept between searches.
  private scores = new Float64Array(0);
  private wordMasks = new Uint16Array(0);
  private touched = new Int32Array(0);
  private readonly row = new Int32Array(64);
  private readonly prevRow = new Int32Array(64);

  constructor(private readonly options: TypedIndexOptions<D>) {
    this.fields = options.settings.searchable.map((s) => ({ field: s.field, boost: s.boost ?? 1 }));
    this.lengths = this.fields.map(() => new Int32Array(0));
    this.lengthSum = this.fields.map(() => 0);
    this.withField = this.fields.map(() => 0);
    this.file = new DocumentFile(options.file, () => this.live(), options.persistDelayMs);
    for (const f of options.settings.filterable) this.numbersOf.set(f, new Float64Array(0));
  }

  async load(): Promise<void> {
    const documents = await this.file.read();
    if (!documents) return;
    this.reset();
    for (const doc of documents) this.put(doc);
  }

  async upsert(docs: readonly D[]): Promise<void> {
    this.file.assertOpen();
    if (docs.length === 0) return;
    for (const doc of docs) this.put(doc);
    this.maybeCompact();
    this.file.changed();
  }

  async remove(ids: readonly string[]): Promise<void> {
    this.file.assertOpen();
    let removed = 0;
    for (const id of ids) {
      const n = this.numbers.get(id);
      if (n === undefined) continue;
      this.drop(n);
      removed++;
    }
    if (removed === 0) return;
    this.maybeCompact();
    this.file.changed();
  }

  async get(id: string): Promise<D | undefined> {
    const n = this.numbers.get(id);
    return n === undefined ? undefined : this.docs[n];
  }

  async all(): Promise<D[]> {
    return [...this.live()];
  }

  async count(): Promise<number> {
    return this.liveCount;
  }

  async clear(): Promise<void> {
    this.file.assertOpen();
    this.reset();
    this.file.changed();
  }

  async persist(): Promise<void> {
    return this.file.persist();
  }

  async close(): Promise<void> {
    return this.file.close();
  }

  async search(query: SearchQuery<D>): Promise<SearchResult> {
    this.file.assertOpen();
    const filters = checkQuery(this.options.settings, query);
    const facets = [...new Set(query.facets ?? [])];
    const words = queryWords(query.text);

    // Which documents pass every filter, and for a faceted field with a filter, every other one.
    const filterBits = filters.map((f) => this.filterBits(f));
    const passAll = this.intersect(filterBits);
    const passOthers = new Map<string, Bits>();
    for (const f of facets) {
      const i = filters.findIndex((x) => x.field === f);
      if (i >= 0) passOthers.set(f, this.intersect(filterBits.filter((_, j) => j !== i)));
    }
    // A document that can count neither as a hit nor toward a facet is not scored.
    let admitted = passAll;
    for (const bits of passOthers.values()) admitted = or(admitted, bits);

    const text = words.length > 0 ? this.score(words, admitted, passAll) : undefined;
    try {
      return this.collect(query, text, passAll, passOthers, facets);
    } finally {
      if (text) this.resetScratch(text.count);
    }
  }

  /** The page, the total and the facet counts of a search whose text (if any) has been scored. */
  private collect(
    query: SearchQuery<D>,
    text: ReturnType<TypedIndex<D>['score']> | undefined,
    passAll: Bits,
    passOthers: ReadonlyMap<string, Bits>,
    facets: readonly string[],
  ): SearchResult {
    // The documents the text matches (every live one without text), before the filters.
    const matched = text ? text.matched : this.alive;
    const hitsBits = and(matched, passAll);

    const sort = query.sort;
    const scoreOf = (n: number) => (text ? (this.scores[n] * popcount(this.wordMasks[n])) / text.best : 1);
    const idOf = (n: number) => this.docs[n]!.id;
    const byRelevance = (a: number, b: number) => scoreOf(b) - scoreOf(a) || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);
    const order = sort
      ? (a: number, b: number) => compareField(fieldOf(this.docs[a]!, sort.field), fieldOf(this.docs[b]!, sort.field), sort.direction) || byRelevance(a, b)
      : byRelevance;

    const offset = Math.max(0, Math.floor(query.offset));
    const limit = Math.max(0, Math.floor(query.limit));
    const heap = new BoundedHeap(offset + limit, order);
    if (text) {
      for (let i = 0; i < text.count; i++) {
        const n = this.touched[i];
        if (hasBit(hitsBits, n)) heap.offer(n);
      }
    } else forEachBit(hitsBits, (n) => heap.offer(n));
    const page = heap.sorted().slice(offset, offset + limit);

    const highlight = query.highlight;
    const hits = page.map((n) => {
      const hit: SearchHit = { id: idOf(n), score: scoreOf(n) };
      if (highlight && text) hit.highlights = snippets(this.docs[n]!, this.matchOf(n, text.derived), highlight.fields, highlight.cropWords);
      return hit;
    });
    const counts: Record<string, Record<string, number>> = {};
    for (const f of facets) counts[f] = this.facetCounts(f, and(matched, passOthers.get(f) ?? passAll));
    return { hits, total: countBits(hitsBits), facets: counts };
  }

  /**
   * Scores the documents of `admitted` that hold any of the words (or what they stand for), as
   * MiniSearch's OR search did; when some document that passes every filter has every word, only
   * documents with every word match (as an AND search, without a second pass). `best` scales the
   * scores into (0, 1]. Leaves scores and word masks in the scratch arrays, the documents in `touched`.
   */
  private score(words: string[], admitted: Bits, passAll: Bits) {
    const derived = this.derive(words);
    const docCount = this.liveCount;
    let count = 0;
    for (const d of derived) {
      const bit = 1 << d.word;
      for (let f = 0; f < this.fields.length; f++) {
        const postings = d.entry[f];
        if (!postings || postings.live === 0) continue;
        const idf = Math.log(1 + (docCount - postings.live + 0.5) / (postings.live + 0.5));
        const avgLength = this.withField[f] > 0 ? this.lengthSum[f] / this.withField[f] : 0;
        const factor = d.weight * this.fields[f].boost * idf;
        const lengths = this.lengths[f];
        const { docs, freqs, size } = postings;
        for (let i = 0; i < size; i++) {
          const n = docs[i];
          if ((admitted[n >>> 5] & (1 << (n & 31))) === 0) continue;
          const tf = freqs[i];
          const s = factor * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * lengths[n]) / avgLength)));
          if (this.wordMasks[n] === 0) this.touched[count++] = n;
          this.wordMasks[n] |= bit;
          this.scores[n] += s;
        }
      }
    }
    const full = (1 << words.length) - 1;
    let bestAll = 0;
    let bestAny = 0;
    for (let i = 0; i < count; i++) {
      const n = this.touched[i];
      const mask = this.wordMasks[n];
      const s = this.scores[n] * popcount(mask);
      if (s > bestAny) bestAny = s;
      if (mask === full && s > bestAll && hasBit(passAll, n)) bestAll = s;
    }
    const requireAll = bestAll > 0;
    const matched = new Uint32Array(this.alive.length);
    for (let i = 0; i < count; i++) {
      const n = this.touched[i];
      if (!requireAll || this.wordMasks[n] === full) setBit(matched, n);
    }
    const best = requireAll ? bestAll : bestAny;
    return { derived, count, matched, best: best > 0 ? best : 1 };
  }

  /** Each word, its longer forms (from PREFIX_MIN_LENGTH letters) and its typo variants, with MiniSearch's weights. */
  private derive(words: string[]): Derived[] {
    this.sortNewTerms();
    const out: Derived[] = [];
    words.forEach((word, i) => {
      const exact = this.terms.get(word);
      if (exact) out.push({ word: i, term: word, entry: exact, weight: 1 });
      const frequent = this.documentsWith(exact) >= FREQUENT_WORD_DOCUMENTS;
      const prefixed = new Set<string>();
      if (word.length >= PREFIX_MIN_LENGTH && (i === words.length - 1 || !frequent)) {
        for (let k = lowerBound(this.sortedTerms, word); k < this.sortedTerms.length && this.sortedTerms[k].startsWith(word); k++) {
          const term = this.sortedTerms[k];
          if (term === word) continue;
          prefixed.add(term);
          out.push({ word: i, term, entry: this.terms.get(term)!, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - word.length)) });
        }
      }
      const maxDistance = Math.min(MAX_TYPOS, Math.round(word.length * FUZZINESS));
      if (word.length < ONE_TYPO_FROM || frequent || maxDistance === 0 || word.length >= this.row.length) return;
      for (let len = word.length - maxDistance; len <= word.length + maxDistance; len++) {
        for (const term of this.termsByLength[len] ?? []) {
          if (term === word || prefixed.has(term) || term.length >= this.row.length) continue;
          const distance = distanceWithin(word, term, maxDistance, this.row, this.prevRow);
          if (distance <= maxDistance) out.push({ word: i, term, entry: this.terms.get(term)!, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance) });
        }
      }
    });
    return out;
  }

  /** How many live documents hold the term (summed over fields; an upper bound, which is all the cap needs). */
  private documentsWith(entry: Term | undefined): number {
    let n = 0;
    for (const p of entry ?? []) n += p?.live ?? 0;
    return n;
  }

  /** Index term → the fields in which document n holds it, for the terms the search used (what snippets mark). */
  private matchOf(n: number, derived: Derived[]): Record<string, string[]> {
    const match: Record<string, string[]> = {};
    for (const d of derived) {
      for (let f = 0; f < this.fields.length; f++) {
        if (!d.entry[f]?.has(n)) continue;
        const fields = (match[d.term] ??= []);
        if (!fields.includes(this.fields[f].field)) fields.push(this.fields[f].field);
      }
    }
    return match;
  }

  private facetCounts(field: string, base: Bits): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [value, bits] of this.valuesOf(field)) {
      let c = 0;
      for (let w = 0; w < base.length; w++) {
        const x = base[w] & bits[w];
        if (x !== 0) c += popcount(x);
      }
      if (c > 0) counts[value] = c;
    }
    return counts;
  }

  private filterBits(filter: ActiveFilter<D>): Bits {
    if ('allowed' in filter) {
      const values = this.valuesOf(filter.field);
      const bits = new Uint32Array(this.alive.length);
      for (const v of filter.allowed) {
        const b = values.get(v);
        if (b) for (let w = 0; w < bits.length; w++) bits[w] |= b[w];
      }
      return bits;
    }
    const { gte, lte } = filter.range;
    const numbers = this.numbersOf.get(filter.field)!;
    const bits = new Uint32Array(this.alive.length);
    // NaN (no number) fails both comparisons.
    for (let n = 0; n < this.docs.length; n++) if (numbers[n] >= gte && numbers[n] <= lte) setBit(bits, n);
    return bits;
  }

  private intersect(list: Bits[]): Bits {
    let bits = this.alive;
    for (const b of list) bits = and(bits, b);
    return bits;
  }

  /** Value (as a string) → the documents holding it, built on the field's first use and kept up to date from then on. */
  private valuesOf(field: string): Map<string, Bits> {
    let values = this.valueBits.get(field);
    if (!values) {
      values = new Map();
      this.valueBits.set(field, values);
      for (let n = 0; n < this.docs.length; n++) {
        const doc = this.docs[n];
        if (doc) markValues(field, values, doc, n, true, this.alive.length);
      }
    }
    return values;
  }

  private put(doc: D): void {
    const old = this.numbers.get(doc.id);
    if (old !== undefined) this.drop(old);
    const n = this.docs.length;
    this.ensureCapacity(n + 1);
    this.docs.push(doc);
    this.numbers.set(doc.id, n);
    setBit(this.alive, n);
    this.liveCount++;
    this.fields.forEach(({ field }, f) => {
      const text = fieldText(doc, field);
      if (text === undefined) return;
      const tokens = tokenize(text);
      // As MiniSearch: a field's length is its number of distinct words as written.
      this.lengths[f][n] = new Set(tokens).size;
      this.lengthSum[f] += this.lengths[f][n];
      this.withField[f]++;
      const freqs = new Map<string, number>();
      for (const token of tokens) {
        const term = normalizeSearchTerm(token);
        if (term !== null) freqs.set(term, (freqs.get(term) ?? 0) + 1);
      }
      for (const [term, freq] of freqs) {
        let entry = this.terms.get(term);
        if (!entry) {
          entry = [];
          this.terms.set(term, entry);
          this.newTerms.push(term);
          (this.termsByLength[term.length] ??= []).push(term);
        }
        (entry[f] ??= new Postings()).add(n, freq);
      }
    });
    for (const [field, numbers] of this.numbersOf) {
      const v = fieldOf(doc, field);
      numbers[n] = typeof v === 'number' ? v : NaN;
    }
    for (const [field, values] of this.valueBits) markValues(field, values, doc, n, true, this.alive.length);
  }

  private drop(n: number): void {
    const doc = this.docs[n]!;
    clearBit(this.alive, n);
    this.liveCount--;
    this.numbers.delete(doc.id);
    this.docs[n] = undefined;
    this.fields.forEach(({ field }, f) => {
      const text = fieldText(doc, field);
      if (text === undefined) return;
      this.lengthSum[f] -= this.lengths[f][n];
      this.withField[f]--;
      const terms = new Set(tokenize(text).map(normalizeSearchTerm));
      for (const term of terms) {
        const postings = term === null ? undefined : this.terms.get(term)?.[f];
        if (postings) postings.live--;
      }
    });
    for (const [field, values] of this.valueBits) markValues(field, values, doc, n, false, this.alive.length);
  }

  /** Renumbers when half the numbers are dead: postings, bitsets and arrays are built again from the live documents. */
  private maybeCompact(): void {
    const dead = this.docs.length - this.liveCount;
    if (dead < COMPACT_MIN_DEAD || dead < this.docs.length * COMPACT_WHEN_DEAD) return;
    const live = [...this.live()];
    this.reset();
    for (const doc of live) this.put(doc);
  }

  private reset(): void {
    const built = [...this.valueBits.keys()];
    this.docs = [];
    this.numbers.clear();
    this.liveCount = 0;
    this.capacity = 0;
    this.alive = new Uint32Array(0);
    this.lengths = this.fields.map(() => new Int32Array(0));
    this.lengthSum.fill(0);
    this.withField.fill(0);
    this.numbersOf = new Map([...this.numbersOf.keys()].map((f) => [f, new Float64Array(0)]));
    this.valueBits.clear();
    for (const f of built) this.valueBits.set(f, new Map());
    this.terms.clear();
    this.sortedTerms = [];
    this.newTerms.length = 0;
    this.termsByLength.length = 0;
    this.scores = new Float64Array(0);
    this.wordMasks = new Uint16Array(0);
    this.touched = new Int32Array(0);
  }

  private ensureCapacity(docs: number): void {
    if (docs <= this.capacity) return;
    const capacity = Math.max(1024, this.capacity * 2, docs);
    const words = Math.ceil(capacity / 32);
    this.alive = grown(this.alive, words);
    for (const values of this.valueBits.values()) for (const [k, bits] of values) values.set(k, grown(bits, words));
    this.lengths = this.lengths.map((l) => {
      const next = new Int32Array(capacity);
      next.set(l);
      return next;
    });
    for (const [field, numbers] of this.numbersOf) {
      const next = new Float64Array(capacity).fill(NaN);
      next.set(numbers);
      this.numbersOf.set(field, next);
    }
    this.scores = new Float64Array(capacity);
    this.wordMasks = new Uint16Array(capacity);
    this.touched = new Int32Array(capacity);
    this.capacity = capacity;
  }

  /** Terms added since the last search join the sorted list: one by one when few, by a full sort when many (a bulk load). */
  private sortNewTerms(): void {
    if (this.newTerms.length === 0) return;
    if (this.newTerms.length > 256) {
      this.sortedTerms.push(...this.newTerms);
      this.sortedTerms.sort();
    } else for (const t of this.newTerms) this.sortedTerms.splice(lowerBound(this.sortedTerms, t), 0, t);
    this.newTerms.length = 0;
  }

  private resetScratch(count: number): void {
    for (let i = 0; i < count; i++) {
      const n = this.touched[i];
      this.scores[n] = 0;
      this.wordMasks[n] = 0;
    }
  }

  private *live(): Generator<D> {
    for (const doc of this.docs) if (doc) yield doc;
  }
}

/** Opens an index, reading its file when it has one. */
export const openTypedIndex = <D extends SearchDocument>(options: TypedIndexOptions<D>): Promise<TypedIndex<D>> => loaded(new TypedIndex<D>(options));

/** Sets (or clears) document n's bit in the bitset of each value its field holds; a new value gets a bitset of `words` words. */
function markValues(field: string, values: Map<string, Bits>, doc: SearchDocument, n: number, on: boolean, words: number): void {
  const value = fieldOf(doc, field);
  for (const v of Array.isArray(value) ? (value as unknown[]) : [value]) {
    if (v === null || v === undefined) continue;
    const key = String(v);
    let bits = values.get(key);
    if (!bits) {
      if (!on) continue;
      bits = new Uint32Array(words);
      values.set(key, bits);
    }
    if (on) setBit(bits, n);
    else clearBit(bits, n);
  }
}

function and(a: Bits, b: Bits): Bits {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = a[w] & b[w];
  return out;
}

function or(a: Bits, b: Bits): Bits {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = a[w] | b[w];
  return out;
}

function countBits(bits: Bits): number {
  let c = 0;
  for (let w = 0; w < bits.length; w++) if (bits[w] !== 0) c += popcount(bits[w]);
  return c;
}

function forEachBit(bits: Bits, visit: (n: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let x = bits[w];
    while (x !== 0) {
      const low = x & -x;
      visit(w * 32 + 31 - Math.clz32(low));
      x ^= low;
    }
  }
}

/** The first index in the sorted list whose term is not before `term`. */
function lowerBound(sorted: readonly string[], term: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first `size` items in `order`, kept in a max-heap of that size (the worst on top), so a page costs log(size) per candidate. */
class BoundedHeap {
  private readonly items: number[] = [];

  constructor(
    private readonly size: number,
    private readonly order: (a: number, b: number) => number,
  ) {}

  offer(n: number): void {
    const { items, order } = this;
    if (this.size === 0) return;
    if (items.length < this.size) {
      items.push(n);
      for (let i = items.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (order(items[i], items[parent]) <= 0) break;
        [items[i], items[parent]] = [items[parent], items[i]];
        i = parent;
      }
      return;
    }
    if (order(n, items[0]) >= 0) return;
    items[0] = n;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < items.length && order(items[l], items[worst]) > 0) worst = l;
      if (r < items.length && order(items[r], items[worst]) > 0) worst = r;
      if (worst === i) break;
      [items[i], items[worst]] = [items[worst], items[i]];
      i = worst;
    }
  }

  sorted(): number[] {
    return [...this.items].sort(this.order);
  }
}
