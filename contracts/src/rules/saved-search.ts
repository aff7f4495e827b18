import type { AssignmentFacts } from '../events/catalog';
import { municipalityById } from '../vocab/municipalities';
import { SECTOR_LABELS, isSector } from '../vocab/sectors';
import { skillById } from '../vocab/skills';
import { stemWord } from './query-text';

/** What a student saved: the words they typed and the filters they chose (empty lists do not restrict). */
export interface SavedSearchCriteria {
  query: string | null;
  filter: {
    sectors?: readonly string[] | null;
    types?: readonly string[] | null;
    levels?: readonly string[] | null;
    municipalityIds?: readonly string[] | null;
    workModes?: ReadonlyArray<'ON_SITE' | 'REMOTE'> | null;
    minHours?: number | null;
    maxHours?: number | null;
  };
}

const splitWords = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The words an assignment is found by, as the search index holds them: its texts, skills (nl, en, synonyms), sector and place. */
function wordsOf(a: AssignmentFacts): string[] {
  const skills = [...a.requiredSkills, ...a.niceToHaveSkills].flatMap(({ skillId }) => {
    const skill = skillById(skillId);
    return skill ? [skill.nl, skill.en, ...skill.synonyms] : [];
  });
  const sector = isSector(a.sector) ? [SECTOR_LABELS[a.sector].nl, SECTOR_LABELS[a.sector].en] : [];
  return splitWords([a.title, a.description, ...skills, ...sector, municipalityById(a.municipality)?.name ?? ''].join(' '));
}

const allows = (chosen: readonly string[] | null | undefined, value: string) => !chosen?.length || chosen.includes(value);

/**
 * Whether a newly published assignment is one a saved search asks for. The filters mean what
 * searchAssignments' filters mean; the words are stemmed like the search box's (query-text.ts) and
 * found as the start of a word, as the index's prefix matching finds them — but every word must be
 * found, since an alert should be about what was asked for, not merely ranked near it.
 */
export function matchesSavedSearch(a: AssignmentFacts, search: SavedSearchCriteria): boolean {
  const f = search.filter;
  if (!allows(f.sectors, a.sector) || !allows(f.types, a.type) || !allows(f.municipalityIds, a.municipality)) return false;
  if (!allows(f.workModes, a.remote ? 'REMOTE' : 'ON_SITE')) return false;
  if (f.levels?.length && !a.levels.some((level) => f.levels!.includes(level))) return false;
  if (f.minHours != null && a.hoursPerWeek < f.minHours) return false;
  if (f.maxHours != null && a.hoursPerWeek > f.maxHours) return false;
  const asked = splitWords(search.query ?? '').map((w) => stemWord(w).toLowerCase());
  if (asked.length === 0) return true;
  const words = wordsOf(a);
  return asked.every((stem) => words.some((w) => w.startsWith(stem)));
}
