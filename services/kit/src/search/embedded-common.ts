/**
 * What the two embedded search indexes share: the JSON file their documents live in, and the
 * document-level rules of the port (field text, snippets, sort order).
 */
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { logger } from '../observability/logger';
import { SearchQueryError, isNumberRange, type DocField, type FilterCondition, type SearchDocument, type SearchIndexSettings, type SearchQuery, type SnippetSegment } from './port';
import { normalizeSearchTerm } from './text-rules';

const FILE_FORMAT = 1;
const DEFAULT_PERSIST_DELAY_MS = 250;

// Text rules of the embedded engines, on top of text-rules.ts (which Meilisearch gets as settings).
/**
 * Typos as a share of the word's length, capped at MAX_TYPOS: about Meilisearch's one typo from
 * five letters and two from ten (text-rules.ts).
 */
export const FUZZINESS = 0.2;
export const MAX_TYPOS = 2;
/** A prefix of one or two letters matches a good part of the vocabulary and tells little; such words must match whole. */
export const PREFIX_MIN_LENGTH = 3;
/**
 * A query word that is itself a word of at least this many documents (in any field) is taken as
 * meant: its typo variants are not searched, nor its longer forms unless it is the last word. At 100,000 assignments a common word ("onderzoek",
 * "engineering") otherwise drags in the postings of every word one or two letters away, which
 * costs more than the word itself and mostly finds the same documents. Its exact matches always
 * count. A rare or unknown word keeps its typo tolerance and its prefix.
 */
export const FREQUENT_WORD_DOCUMENTS = 500;

/** The words of a text with where they stand, split exactly as `tokenize` splits them. */
const WORDS = /[^\n\r\p{Z}\p{P}]+/gu;

/**
 * The documents of an index in one JSON file (write to a temporary file, then rename, so a crash
 * leaves the old file or the new one, never half of one). Writes are debounced: a burst of changes
 * costs one write. A crash can therefore lose the last moments of changes; the owner of the index
 * must be able to put them back (the search service checks the index against its store on start).
 * Only the documents are written: the index is rebuilt from them on open, which keeps the file small
 * and means changed settings take effect without a migration.
 */
export class DocumentFile<D extends SearchDocument> {
  private timer?: NodeJS.Timeout;
  private dirty = false;
  private writing: Promise<void> = Promise.resolve();
  private tmpSeq = 0;
  private closed = false;
  private readonly delayMs: number;

  constructor(
    private readonly file: string | undefined,
    private readonly documents: () => Iterable<D>,
    persistDelayMs?: number,
  ) {
    this.delayMs = persistDelayMs ?? DEFAULT_PERSIST_DELAY_MS;
  }

  /** The documents in the file; none when there is no file. An unreadable file counts as missing (and is overwritten), so the owner rebuilds. */
  async read(): Promise<D[] | undefined> {
    const file = this.file;
    if (!file) return undefined;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    if (text.trim() === '') return undefined;
    try {
      const parsed = JSON.parse(text) as { format?: unknown; documents?: unknown };
      if (parsed.format !== FILE_FORMAT || !Array.isArray(parsed.documents)) throw new Error(`unknown format ${String(parsed.format)}`);
      return parsed.documents as D[];
    } catch (err) {
      logger.error({ file, reason: (err as Error).message }, 'search index file unreadable; starting empty');
      return undefined;
    }
  }

  /** Something changed: written at most the delay later. */
  changed(): void {
    this.dirty = true;
    if (!this.file || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.persist().catch((err: Error) => logger.error({ file: this.file, reason: err.message }, 'could not write the search index file, will retry'));
    }, this.delayMs);
    // A pending write must not keep the process alive; close() writes what is left.
    this.timer.unref();
  }

  async persist(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const file = this.file;
    if (!file) return;
    // Writes run one after another; a write finds nothing to do when an earlier one covered it.
    this.writing = this.writing
      .catch(() => undefined)
      .then(async () => {
        if (!this.dirty) return;
        this.dirty = false;
        const body = JSON.stringify({ format: FILE_FORMAT, documents: [...this.documents()] });
        try {
          await writeAtomically(file, body, `${file}.${process.pid}.${++this.tmpSeq}.tmp`);
        } catch (err) {
          this.dirty = true;
          throw err;
        }
      });
    return this.writing;
  }

  /** Writes what is left and closes the index the file belongs to; closing it again does nothing. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.persist();
    this.closed = true;
  }

  /** Called by every use of the index: a closed one is never used again. */
  assertOpen(): void {
    if (this.closed) throw new Error('the search index is closed');
  }
}

/** An embedded index, opened: its documents read from its file (DocumentFile) before it is used. */
export async function loaded<I extends { load(): Promise<void> }>(index: I): Promise<I> {
  await index.load();
  return index;
}

/** A filter that restricts: a numeric range with at least one end, or a non-empty list of allowed values (as strings). */
export type ActiveFilter<D> = { field: DocField<D>; range: { gte: number; lte: number } } | { field: DocField<D>; allowed: ReadonlySet<string> };

/** Checks a query against the index's settings (a bug in the caller throws SearchQueryError) and returns its filters that restrict. */
export function checkQuery<D extends SearchDocument>(settings: SearchIndexSettings<D>, query: SearchQuery<D>): Array<ActiveFilter<D>> {
  const filterable = new Set<string>(settings.filterable);
  const active: Array<ActiveFilter<D>> = [];
  for (const [field, condition] of Object.entries(query.filters ?? {}) as Array<[DocField<D>, FilterCondition | undefined]>) {
    if (!condition) continue;
    const range = isNumberRange(condition);
    if (range ? condition.gte === undefined && condition.lte === undefined : condition.length === 0) continue;
    if (!filterable.has(field)) throw new SearchQueryError(`filter on "${field}", which is not filterable`);
    if (range) active.push({ field, range: { gte: condition.gte ?? -Infinity, lte: condition.lte ?? Infinity } });
    else active.push({ field, allowed: new Set(condition.map(String)) });
  }
  for (const f of query.facets ?? []) if (!filterable.has(f)) throw new SearchQueryError(`facet on "${f}", which is not filterable`);
  if (query.sort && !settings.sortable.includes(query.sort.field)) throw new SearchQueryError(`sort on "${query.sort.field}", which is not sortable`);
  for (const f of query.highlight?.fields ?? []) {
    if (!settings.searchable.some((s) => s.field === f)) throw new SearchQueryError(`highlight on "${f}", which is not searchable`);
  }
  return active;
}

export const fieldOf = (doc: SearchDocument, field: string): unknown => (doc as unknown as Record<string, unknown>)[field];

/** The text of a field as it is searched and highlighted: a list's values joined with ", ". */
export function fieldText(doc: SearchDocument, field: string): string | undefined {
  const value = fieldOf(doc, field);
  if (value === null || value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * The requested fields' text, the words the search matched marked, cropped around the first match.
 * `match` is index term → the fields in which this document holds it.
 */
export function snippets(doc: SearchDocument, match: Record<string, string[]>, fields: readonly string[], cropWords?: number): Record<string, SnippetSegment[]> {
  const result: Record<string, SnippetSegment[]> = {};
  for (const field of fields) {
    const terms = new Set(Object.keys(match).filter((term) => match[term].includes(field)));
    const text = terms.size > 0 ? fieldText(doc, field) : undefined;
    if (!text) continue;
    const words = [...text.matchAll(WORDS)].map((m) => {
      const term = normalizeSearchTerm(m[0]);
      return { start: m.index, end: m.index + m[0].length, match: term !== null && terms.has(term) };
    });
    const first = words.findIndex((w) => w.match);
    if (first < 0) continue;
    let from = 0;
    let to = words.length;
    if (cropWords !== undefined && cropWords > 0 && words.length > cropWords) {
      from = Math.max(0, first - Math.floor(cropWords / 3));
      to = Math.min(words.length, from + cropWords);
      from = Math.max(0, to - cropWords);
    }
    const segments: SnippetSegment[] = [];
    const add = (piece: string, isMatch: boolean) => {
      if (piece === '') return;
      const last = segments[segments.length - 1];
      if (last && last.match === isMatch) last.text += piece;
      else segments.push({ text: piece, match: isMatch });
    };
    if (from > 0) add('…', false);
    let at = words[from].start;
    for (let i = from; i < to; i++) {
      const w = words[i];
      add(text.slice(at, w.start), false);
      add(text.slice(w.start, w.end), w.match);
      at = w.end;
    }
    add(to < words.length ? `${text.slice(at, words[to].start).trimEnd()}…` : text.slice(at), false);
    result[field] = segments;
  }
  return result;
}

/** Documents without a value sort last in either direction, as in Meilisearch. */
export function compareField(a: unknown, b: unknown, direction: 'asc' | 'desc'): number {
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
