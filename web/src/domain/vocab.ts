/**
 * The controlled vocabularies, bundled from @cb/contracts (plain data, no Node APIs), so labels
 * and the skills fallback search need no round trip. Enum labels that are not vocabulary live in
 * the i18n dictionaries.
 */
import { APPLICATION_STATUSES, ASSIGNMENT_TYPES, STUDY_LEVELS, WORKING_LANGUAGES } from '@cb/contracts/src/enums';
import { MUNICIPALITIES } from '@cb/contracts/src/vocab/municipalities';
import { SECTORS, SECTOR_LABELS, type Sector } from '@cb/contracts/src/vocab/sectors';
import { SKILLS, normalizeSkillTerm, skillById, skillTerms, type Skill } from '@cb/contracts/src/vocab/skills';
import type { Language } from '../i18n';

export { APPLICATION_STATUSES, ASSIGNMENT_TYPES, SECTORS, STUDY_LEVELS, WORKING_LANGUAGES, skillById };
export type { Skill };
export type StudyLevel = (typeof STUDY_LEVELS)[number];
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export function sectorLabel(sector: string, lang: Language): string {
  return SECTOR_LABELS[sector as Sector]?.[lang] ?? sector;
}

const MUNICIPALITY_NAMES = new Map(MUNICIPALITIES.map((m) => [m.id, m.name]));

export function municipalityName(id: string): string {
  return MUNICIPALITY_NAMES.get(id) ?? id;
}

export function skillLabel(id: string, lang: Language): string {
  const skill = skillById(id);
  return skill ? skill[lang] : id;
}

export interface SkillOption {
  id: string;
  label: string;
  /** The other language's label, shown beside it so a Dutch or English term both make sense. */
  other: string;
}

const TERMS = SKILLS.map((skill) => ({ skill, terms: skillTerms(skill) }));

/**
 * Finds skills by a Dutch or English label or a synonym: labels that start with the term first,
 * then labels containing it, then synonyms. Used until the API's `skills(query)` is there.
 */
export function searchSkillsLocally(term: string, lang: Language, limit = 8): SkillOption[] {
  const q = normalizeSkillTerm(term);
  if (!q) return [];
  const scored: Array<{ skill: Skill; rank: number }> = [];
  for (const { skill, terms } of TERMS) {
    const labels = [normalizeSkillTerm(skill[lang]), normalizeSkillTerm(skill[lang === 'nl' ? 'en' : 'nl'])];
    let rank = 99;
    if (labels.some((l) => l.startsWith(q))) rank = 0;
    else if (labels.some((l) => l.includes(q))) rank = 1;
    else if (terms.some((t) => t.startsWith(q))) rank = 2;
    else if (terms.some((t) => t.includes(q))) rank = 3;
    if (rank < 99) scored.push({ skill, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.skill[lang].localeCompare(b.skill[lang]));
  return scored.slice(0, limit).map(({ skill }) => toOption(skill, lang));
}

export function toOption(skill: Pick<Skill, 'id' | 'nl' | 'en'>, lang: Language): SkillOption {
  return { id: skill.id, label: skill[lang], other: skill[lang === 'nl' ? 'en' : 'nl'] };
}
