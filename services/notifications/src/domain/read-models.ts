import type { Doc } from '@cb/kit/core';

/** What this service keeps of an assignment: its title (not personal data), for the texts. */
export interface AssignmentTitle extends Doc {
  title: string;
  companyId: string;
  /** The event time it was learnt from: an older event never overwrites a newer title. */
  asOf: string;
}
export const ASSIGNMENT_TITLES = { name: 'assignment_titles' };

/** An erased student's tombstone (id: `erasureTombstoneKey`): later (or replayed) events must not give them an inbox again. */
export interface ErasedStudent extends Doc {
  erasedAt: string;
}
export const ERASED_STUDENTS = { name: 'erased_students' };
