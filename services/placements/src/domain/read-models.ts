import type { AssignmentStatus, AssignmentType, StudyLevel } from '@cb/contracts';
import type { Doc } from '@cb/kit/core';

/**
 * What placements knows of other services' aggregates, learned from their events (DESIGN.md §2: a
 * service never reads another's store). Each view remembers the time of the event it was built from
 * (`asOf`), so a redelivered older event cannot overwrite newer facts.
 */
export interface View extends Doc {
  asOf: string;
}

export interface AssignmentView extends View {
  companyId: string;
  status: AssignmentStatus;
  type: AssignmentType;
  sector: string;
  levels: StudyLevel[];
  municipality: string;
  remote: boolean;
  places: number;
  periodStart: string;
  periodEnd: string;
  applicationDeadline: string | null;
  publishedAt: string | null;
}

export interface CompanyView extends View {
  /** The registered municipality: where a fully remote assignment's work counts (DESIGN.md §1). */
  municipality: string;
  approved: boolean;
}

/** Study facts only: no name or e-mail ever reaches this service. */
export interface StudentView extends View {
  level: StudyLevel;
  studyYear: number;
  institutionId: string;
  programmeId: string;
  /** Whether the student opened their verification link; absent in views from before it existed (verified). */
  emailVerified?: boolean;
}

/** An erased student's tombstone (id: `erasureTombstoneKey`), so that no later or replayed event brings their facts back. */
export type ErasedStudent = Doc;

export const ASSIGNMENT_VIEWS = { name: 'assignment_views' };
export const COMPANY_VIEWS = { name: 'company_views' };
export const STUDENT_VIEWS = { name: 'student_views' };
export const ERASED_STUDENTS = { name: 'erased_students' };

/** True when facts from an event at `time` are not older than what the view already holds. */
export const isNewer = (current: View | undefined, time: string): boolean =>
  !current || Date.parse(time) >= Date.parse(current.asOf);
