import { ASSIGNMENT_TYPE_LABELS, SECTOR_LABELS, isSector, municipalityById, pickLabel as pick, skillById, type AssignmentType, type Label, type Language } from '@cb/contracts';

export type { Language } from '@cb/contracts';

/** The assignment types as people write them in a sentence or a search: in lower case. */
export const TYPE_WORDS = Object.fromEntries(
  Object.entries(ASSIGNMENT_TYPE_LABELS).map(([type, label]) => [type, { nl: label.nl.toLowerCase(), en: label.en.toLowerCase() }]),
) as Readonly<Record<AssignmentType, Label>>;

export const skillLabel = (skillId: string, language: Language) => {
  const skill = skillById(skillId);
  return skill ? pick(skill, language) : skillId;
};

export const sectorLabel = (sector: string, language: Language) => (isSector(sector) ? pick(SECTOR_LABELS[sector], language) : sector);

export const typeLabel = (type: AssignmentType, language: Language) => pick(TYPE_WORDS[type], language);

export const municipalityName = (id: string) => municipalityById(id)?.name ?? id;
