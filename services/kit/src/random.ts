/**
 * The one seeded random generator of the repository (mulberry32), for the demo seed, the
 * generated tests and the benchmarks (issue 15): a run with the same seed draws the same numbers,
 * so a failing history can be run again by its seed. Not for anything secret: use node:crypto there.
 */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** Starts the sequence again from this seed (faker's Randomizer interface). */
  seed(seed: number | number[]): void;
  /** An integer from min to max, both included. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  /** Shuffles the list in place (Fisher–Yates) and returns it. */
  shuffle<T>(list: T[]): T[];
  /** Up to n distinct items of the list, in random order; the list is left as it is. */
  sample<T>(list: readonly T[], n: number): T[];
}

export function seededRandom(initial: number): SeededRandom {
  let a = initial >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const shuffle = <T>(list: T[]): T[] => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    return list;
  };
  return {
    next,
    seed: (s) => {
      a = (Array.isArray(s) ? s[0] ?? 0 : s) >>> 0;
    },
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    shuffle,
    sample: (list, n) => shuffle([...list]).slice(0, Math.max(0, Math.min(n, list.length))),
  };
}
