import type { AssignmentType } from '../enums';

/** The languages of the product's texts and of a person's marketplace and mail (the GraphQL enum Language): Dutch, the default, and English. */
export const LANGUAGES = ['NL', 'EN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A word in both languages. */
export interface Label {
  readonly nl: string;
  readonly en: string;
}

export const pickLabel = (label: Label, language: Language): string => (language === 'EN' ? label.en : label.nl);

/** A table of labels as the plain words of one language, keyed as the table is: what a UI dictionary holds. */
export function wordsIn<K extends string>(labels: Readonly<Record<K, Label>>, language: keyof Label): Record<K, string> {
  return Object.fromEntries(Object.entries<Label>(labels).map(([key, label]) => [key, label[language]])) as Record<K, string>;
}

/** The assignment types' names, once for every service (search writes them in lower case into its documents). */
export const ASSIGNMENT_TYPE_LABELS: Readonly<Record<AssignmentType, Label>> = {
  PROJECT: { nl: 'Project', en: 'Project' },
  INTERNSHIP: { nl: 'Stage', en: 'Internship' },
  MINOR: { nl: 'Minor', en: 'Minor' },
  GRADUATION: { nl: 'Afstudeeropdracht', en: 'Graduation assignment' },
  WORK_BASED_LEARNING: { nl: 'Werkend leren', en: 'Work-based learning' },
};
