import { SECTOR_LABELS, isSector, lastDayToApply, skillById } from '@cb/contracts';
import type { SearchIndexSettings } from '@cb/kit/core';
import { TYPE_WORDS, municipalityName } from './labels';
import type { AssignmentView, CompanyView } from './read-model';

/**
 * An assignment as the search index holds it: the words it can be found by (in Dutch and English,
 * from the vocabularies) and the fields it is filtered, counted and sorted by.
 */
export interface AssignmentSearchDoc {
  id: string;
  title: string;
  description: string;
  companyName: string;
  /** Labels (nl + en) and synonyms of the required and nice-to-have skills. */
  skillTerms: string[];
  /** Sector and type labels (nl + en), so 'zorg' finds healthcare and 'stage' finds internships. */
  categoryTerms: string[];
  municipalityName: string;
  sector: string;
  type: string;
  levels: string[];
  municipality: string;
  remote: boolean;
  /** REMOTE or ON_SITE: the remote flag as a facet people can read. */
  workMode: WorkMode;
  placesLeft: number;
  hasPlacesLeft: boolean;
  hoursPerWeek: number;
  /** The period as numbers (20260901), because search engines range numbers, not dates. */
  periodStartDay: number;
  periodEndDay: number;
  /**
   * The last Amsterdam day applications are taken (the open rule's `lastDayToApply`), as a number:
   * search filters on it at query time, so a passed deadline needs no reindex to leave the results.
   */
  lastApplyDay: number;
  publishedAt: string | null;
}

export const WORK_MODES = ['ON_SITE', 'REMOTE'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

/** '2026-09-01' → 20260901, which orders and ranges like the date. */
export const dayNumber = (isoDate: string) => Number(isoDate.slice(0, 10).replaceAll('-', ''));

export const ASSIGNMENT_INDEX: SearchIndexSettings<AssignmentSearchDoc> = {
  searchable: [
    { field: 'title', boost: 3 },
    { field: 'skillTerms', boost: 2 },
    { field: 'companyName', boost: 2 },
    { field: 'categoryTerms', boost: 1.5 },
    { field: 'municipalityName', boost: 1 },
    { field: 'description', boost: 1 },
  ],
  filterable: ['sector', 'type', 'levels', 'municipality', 'workMode', 'hasPlacesLeft', 'placesLeft', 'hoursPerWeek', 'periodStartDay', 'periodEndDay', 'lastApplyDay'],
  sortable: ['publishedAt', 'periodStartDay', 'placesLeft'],
};

export function toSearchDoc(assignment: AssignmentView, company: CompanyView, placesLeft: number): AssignmentSearchDoc {
  const skillTerms = new Set<string>();
  for (const { skillId } of [...assignment.requiredSkills, ...assignment.niceToHaveSkills]) {
    const skill = skillById(skillId);
    if (!skill) continue;
    [skill.nl, skill.en, ...skill.synonyms].forEach((t) => skillTerms.add(t));
  }
  const sector = isSector(assignment.sector) ? SECTOR_LABELS[assignment.sector] : undefined;
  const type = TYPE_WORDS[assignment.type];
  return {
    id: assignment.id,
    title: assignment.title,
    description: assignment.description,
    companyName: company.name,
    skillTerms: [...skillTerms],
    categoryTerms: [...new Set([sector?.nl, sector?.en, type.nl, type.en].filter((t): t is string => Boolean(t)))],
    municipalityName: municipalityName(assignment.municipality),
    sector: assignment.sector,
    type: assignment.type,
    levels: [...assignment.levels],
    municipality: assignment.municipality,
    remote: assignment.remote,
    workMode: assignment.remote ? 'REMOTE' : 'ON_SITE',
    placesLeft,
    hasPlacesLeft: placesLeft > 0,
    hoursPerWeek: assignment.hoursPerWeek,
    periodStartDay: dayNumber(assignment.periodStart),
    periodEndDay: dayNumber(assignment.periodEnd),
    lastApplyDay: dayNumber(lastDayToApply(assignment)),
    publishedAt: assignment.publishedAt,
  };
}
