import { SKILLS, normalizeSkillTerm, type Skill } from '@cb/contracts';
import type { Language } from './labels';

/**
 * Autocomplete from free text to skills of the vocabulary, in either language, as a person types.
 *
 * The vocabulary is a few hundred skills with a few thousand terms, the same in every profile, so
 * it is matched here in memory rather than through the search-index port: a scan costs well under
 * a millisecond and needs no engine. Every term of a skill (its Dutch and English labels, its
 * synonyms and its id) is tried; the skill counts with its best term.
 *
 * How well a term matches, best first: the whole term; the term starting with what was typed
 * ("verpleeg" → Verpleegkunde); every typed word starting a word of the term ("data ana" → Data
 * analysis); every typed word within a typo or two of a word of the term ("javscript"); the typed
 * text inside a word ("zorg" → Wondzorg). A label in the viewer's language beats the other label,
 * which beats a synonym, so the same skill is offered by the name the viewer knows.
 */
interface Entry {
  text: string;
  words: string[];
  weight: number;
}

interface Indexed {
  skill: Skill;
  entries: Record<Language, Entry[]>;
}

const KIND_WEIGHT = { own: 1, other: 0.96, synonym: 0.92, id: 0.9 } as const;
const QUALITY = { exact: 100, phrasePrefix: 90, wordPrefix: 80, typo: 60, inside: 45 } as const;
/** Typed text shorter than this is not looked for inside words: "zo" is in too many of them. */
const INSIDE_MIN = 3;

const splitWords = (text: string) => text.split(/[\s/,;:()\-–]+/u).filter(Boolean);

let index: Indexed[] | undefined;

function indexed(): Indexed[] {
  if (index) return index;
  const entry = (term: string, weight: number): Entry => {
    const text = normalizeSkillTerm(term);
    return { text, words: splitWords(text), weight };
  };
  index = SKILLS.map((skill) => {
    const shared = [...skill.synonyms.map((s) => entry(s, KIND_WEIGHT.synonym)), entry(skill.id.replaceAll('-', ' '), KIND_WEIGHT.id)];
    return {
      skill,
      entries: {
        NL: [entry(skill.nl, KIND_WEIGHT.own), entry(skill.en, KIND_WEIGHT.other), ...shared],
        EN: [entry(skill.en, KIND_WEIGHT.own), entry(skill.nl, KIND_WEIGHT.other), ...shared],
      },
    };
  });
  return index;
}

/** The skills that best fit what was typed, best first; nothing for text without letters or digits. */
export function suggestSkills(query: string, language: Language, limit: number): Skill[] {
  const text = normalizeSkillTerm(query);
  const words = splitWords(text);
  if (words.length === 0) return [];
  const scored: Array<{ skill: Skill; score: number; label: string }> = [];
  for (const { skill, entries } of indexed()) {
    let best = 0;
    for (const e of entries[language]) best = Math.max(best, e.weight * quality(text, words, e));
    if (best > 0) scored.push({ skill, score: best, label: language === 'EN' ? skill.en : skill.nl });
  }
  scored.sort((a, b) => b.score - a.score || a.label.length - b.label.length || a.label.localeCompare(b.label));
  return scored.slice(0, limit).map((s) => s.skill);
}

function quality(text: string, words: string[], entry: Entry): number {
  if (entry.text === text) return QUALITY.exact;
  if (entry.text.startsWith(text)) return QUALITY.phrasePrefix;
  let worst: number = QUALITY.wordPrefix;
  for (const word of words) {
    let best = 0;
    for (const candidate of entry.words) {
      if (candidate.startsWith(word)) {
        best = QUALITY.wordPrefix;
        break;
      }
      const typos = typosAllowed(word);
      // A typo anywhere but in the first letter (as people type), in the whole word or in the part typed so far.
      if (typos > 0 && candidate[0] === word[0] && candidate.length >= word.length - typos) {
        const distance = typoDistance(word, candidate, typos);
        if (distance <= typos) best = Math.max(best, QUALITY.typo - 10 * (distance - 1));
      }
      if (word.length >= INSIDE_MIN && candidate.includes(word)) best = Math.max(best, QUALITY.inside);
    }
    if (best === 0) return 0;
    worst = Math.min(worst, best);
  }
  return worst;
}

/** As in the search box: no typo in short words, one from five letters, two from nine. */
const typosAllowed = (word: string) => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);

/**
 * Optimal string alignment distance (a swap of two neighbours is one typo) between the typed word
 * and the candidate or any beginning of it, so a typo in a half-typed word is forgiven too; max + 1
 * once it is clear the distance exceeds max. One table answers both: its last row holds the
 * distance from the typed word to every beginning of the candidate.
 */
export function typoDistance(typed: string, candidate: string, max: number): number {
  const m = typed.length;
  const n = Math.min(candidate.length, m + max);
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = typed[i - 1] === candidate[j - 1] ? 0 : 1;
      let v = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && typed[i - 1] === candidate[j - 2] && typed[i - 2] === candidate[j - 1]) v = Math.min(v, before[j - 2] + 1);
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  // `previous` is the last row: distance to each beginning of the candidate (the whole one included when it fits).
  let best = max + 1;
  for (let j = Math.max(0, m - max); j <= n; j++) best = Math.min(best, previous[j]);
  return best;
}
