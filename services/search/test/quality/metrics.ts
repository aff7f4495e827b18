/** Ranking metrics over graded labels (0–3), as in TREC-style evaluation. */

/** Relevant means good or excellent (GUIDELINES.md). */
export const RELEVANT = 2;

/** Share of the first k results that are relevant; a list shorter than k counts its gaps as misses. */
export function precisionAt(k: number, ranked: readonly string[], grades: ReadonlyMap<string, number>): number {
  return ranked.slice(0, k).filter((id) => (grades.get(id) ?? 0) >= RELEVANT).length / k;
}

/** The best precision@k any ranking could reach: limited when fewer than k items are relevant. */
export function idealPrecisionAt(k: number, grades: ReadonlyMap<string, number>): number {
  return Math.min(k, [...grades.values()].filter((g) => g >= RELEVANT).length) / k;
}

const gain = (grade: number) => 2 ** grade - 1;
const dcg = (grades: readonly number[]) => grades.reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);

/** nDCG@k with exponential gain; undefined when nothing is relevant at all (the query is left out). */
export function ndcgAt(k: number, ranked: readonly string[], grades: ReadonlyMap<string, number>): number | undefined {
  const ideal = dcg([...grades.values()].sort((a, b) => b - a).slice(0, k));
  if (ideal === 0) return undefined;
  return dcg(ranked.slice(0, k).map((id) => grades.get(id) ?? 0)) / ideal;
}

export const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
