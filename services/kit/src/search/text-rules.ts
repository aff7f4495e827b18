/**
 * How text is matched, written once for every search-index adapter: each adapter configures its
 * engine from these (the embedded one applies them itself, Meilisearch gets them as settings).
 */

/** Like Meilisearch: short words must be spelled right; one typo from five letters, two from nine. */
export const ONE_TYPO_FROM = 5;
export const TWO_TYPOS_FROM = 9;
/** Like Meilisearch, only the first ten words of a query count; it keeps a public search cheap. */
export const MAX_QUERY_WORDS = 10;

/**
 * Function words of Dutch and English that would otherwise match (by prefix) almost every
 * document. Kept short on purpose: "it" stays, people search for IT.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'de', 'het', 'een', 'en', 'van', 'op', 'te', 'met', 'voor', 'aan', 'bij', 'of', 'om', 'als', 'dat', 'die', 'naar', 'tot', 'uit',
  'the', 'a', 'an', 'and', 'of', 'on', 'at', 'to', 'for', 'with', 'by', 'or', 'as', 'in', 'is',
]);

export const WORD_SEPARATORS = /[\n\r\p{Z}\p{P}]+/u;

/** Lower case without accents, so Dutch and English text match however it is typed ("Diëtetiek" = "dietetiek"). */
export function normalizeSearchTerm(term: string): string | null {
  const plain = term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return plain === '' || STOP_WORDS.has(plain) ? null : plain;
}

export const tokenize = (text: string) => text.split(WORD_SEPARATORS).filter(Boolean);

/** The searchable words of a query, normalised, without repeats, at most MAX_QUERY_WORDS of them. */
export function queryWords(text: string | undefined): string[] {
  return [...new Set(tokenize(text ?? '').map(normalizeSearchTerm).filter((w): w is string => w !== null))].slice(0, MAX_QUERY_WORDS);
}
