/**
 * What a person types, made ready for the index: each word cut back to its stem, so that the
 * index's prefix matching finds every form of it. "verpleegkunde" and "verpleegkundigen" both
 * become "verpleegkund" and find "verpleegkundige"; "developers" finds "development".
 *
 * Only the query is stemmed, never the documents: the index keeps the words as written (so
 * highlights show them) and its prefix and typo tolerance do the rest. That keeps the trick
 * engine-neutral; Meilisearch applies prefix matching to the last word of a query only, so there
 * a stemmed earlier word must match whole or within its typo budget.
 *
 * A light stemmer, on purpose: it strips one inflectional ending of Dutch or English and never
 * leaves fewer than four letters. It is no Porter or Snowball; it needs to be right about the
 * endings people actually type in a search box for skills and jobs, and to be cheap.
 */
const SUFFIXES = ['ingen', 'igen', 'ige', 'ing', 'ers', 'en', 'er', 'e', 's'] as const;
const MIN_STEM = 4;
const MIN_WORD = 5;
/** Short words that end like an inflection but are not one, or whose stem would mislead. */
const KEEP = new Set(['business', 'process', 'access', 'express', 'class', 'css', 'sass', 'less', 'kubernetes', 'analysis', 'thesis', 'vaardigheden']);

export function stemWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length < MIN_WORD || KEEP.has(lower) || !/^\p{L}+$/u.test(lower)) return word;
  for (const suffix of SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= MIN_STEM) return lower.slice(0, -suffix.length);
  }
  return word;
}

/** The query with every word stemmed; separators and other characters stay as they were. */
export function searchableQuery(text: string): string {
  return text.replace(/\p{L}+/gu, stemWord);
}
