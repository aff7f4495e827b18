import {
  ASSIGNMENT_TYPES,
  ASSIGNMENT_TYPE_LABELS,
  pickLabel as pick,
  type Language,
  REGION_MUNICIPALITY_IDS,
  SECTORS,
  SECTOR_LABELS,
  institutionById,
  isSector,
  municipalityById,
  type AssignmentType,
} from '@cb/contracts';


const isAssignmentType = (key: string): key is AssignmentType => (ASSIGNMENT_TYPES as readonly string[]).includes(key);

export type Dimension = 'sector' | 'municipality' | 'institution' | 'type' | 'level';

/** The label of a breakdown key in the viewer's language; an id the vocabularies do not know shows as itself. */
export function breakdownLabel(dimension: Dimension, key: string, language: Language): string {
  switch (dimension) {
    case 'sector':
      return isSector(key) ? pick(SECTOR_LABELS[key], language) : key;
    case 'municipality':
      return municipalityById(key)?.name ?? key;
    case 'institution':
      return institutionById(key)?.name ?? key;
    case 'type':
      return isAssignmentType(key) ? pick(ASSIGNMENT_TYPE_LABELS[key], language) : key;
    case 'level': {
      const [level, year] = key.split('_');
      const name = level === 'AD' ? 'Associate Degree' : 'Bachelor';
      return `${name}, ${language === 'EN' ? 'year' : 'jaar'} ${year}`;
    }
  }
}

/** Keys always listed, also at 0, so a chart keeps its bars in place; others appear when they have a count. */
export const ALWAYS_LISTED: Partial<Record<Dimension, readonly string[]>> = {
  sector: SECTORS,
  // Only the region's municipalities can count.
  municipality: [...REGION_MUNICIPALITY_IDS],
  type: ASSIGNMENT_TYPES,
};

export const PACE_LABELS = {
  AHEAD: { nl: 'Voor op schema', en: 'Ahead of pace' },
  ON_TRACK: { nl: 'Op schema', en: 'On track' },
  BEHIND: { nl: 'Achter op schema', en: 'Behind pace' },
} as const;

export const paceLabel = (pace: keyof typeof PACE_LABELS, language: Language) => pick(PACE_LABELS[pace], language);

const MONTHS: Record<Language, Intl.DateTimeFormat> = {
  NL: new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  EN: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "maart 2027" / "March 2027" for 2027-03. */
export const monthLabel = (month: string, language: Language) => MONTHS[language].format(new Date(`${month}-01T00:00:00Z`));

export const periodLabel = (kind: 'CALENDAR' | 'ACADEMIC', year: number, language: Language) =>
  kind === 'CALENDAR'
    ? `${language === 'EN' ? 'Calendar year' : 'Kalenderjaar'} ${year}`
    : `${language === 'EN' ? 'Academic year' : 'Studiejaar'} ${year}-${year + 1}`;

export { LANGUAGES, pickLabel, type Label, type Language } from '@cb/contracts';
