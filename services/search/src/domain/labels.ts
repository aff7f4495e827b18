import { SECTOR_LABELS, isSector, municipalityById, skillById, type AssignmentType } from '@cb/contracts';

export type Language = 'NL' | 'EN';

/**
 * Words people use for the assignment types. They belong in contracts/src/vocab beside the sector
 * labels; they live here until that vocabulary has them.
 */
export const ASSIGNMENT_TYPE_LABELS: Readonly<Record<AssignmentType, { nl: string; en: string }>> = {
  PROJECT: { nl: 'project', en: 'project' },
  INTERNSHIP: { nl: 'stage', en: 'internship' },
  MINOR: { nl: 'minor', en: 'minor' },
  GRADUATION: { nl: 'afstudeeropdracht', en: 'graduation assignment' },
  WORK_BASED_LEARNING: { nl: 'werkend leren', en: 'work-based learning' },
};

const pick = (label: { nl: string; en: string }, language: Language) => (language === 'EN' ? label.en : label.nl);

export const skillLabel = (skillId: string, language: Language) => {
  const skill = skillById(skillId);
  return skill ? pick(skill, language) : skillId;
};

export const sectorLabel = (sector: string, language: Language) => (isSector(sector) ? pick(SECTOR_LABELS[sector], language) : sector);

export const typeLabel = (type: AssignmentType, language: Language) => pick(ASSIGNMENT_TYPE_LABELS[type], language);

export const municipalityName = (id: string) => municipalityById(id)?.name ?? id;
