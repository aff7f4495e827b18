import type { AssignmentStatus } from '../enums';
import { Reasons } from '../errors';
import { addDays, amsterdamDate } from './calendar';

/**
 * "Open means open" (issue 11), the one rule that search, recommendations, the assignment page and
 * `apply` all use: an assignment takes applications while it is PUBLISHED, has a place left and its
 * applications have not closed. They close at the end of the application deadline day, or when the
 * period starts if there is no deadline — Europe/Amsterdam calendar days.
 */
export interface OpenRuleFacts {
  status: AssignmentStatus;
  placesLeft: number;
  periodStart: string;
  applicationDeadline: string | null;
}

export type ClosedReason =
  | typeof Reasons.ASSIGNMENT_NOT_PUBLISHED
  | typeof Reasons.ASSIGNMENT_CLOSED
  | typeof Reasons.APPLICATIONS_CLOSED
  | typeof Reasons.ASSIGNMENT_FULL;

export type OpenForApplications = { open: true } | { open: false; reason: ClosedReason };

/** The date shown as "applications close on": the deadline, or the period start when there is none. */
export const applicationsCloseOn = (a: Pick<OpenRuleFacts, 'periodStart' | 'applicationDeadline'>): string =>
  a.applicationDeadline ?? a.periodStart;

/**
 * The last Amsterdam day on which applications are taken: the deadline day itself, or the day before
 * the period starts. Stored by search so that "closed" is decided at query time, not at index time.
 */
export const lastDayToApply = (a: Pick<OpenRuleFacts, 'periodStart' | 'applicationDeadline'>): string =>
  a.applicationDeadline ?? addDays(a.periodStart, -1);

/** Whether the applications (not the status or the seats) are still open on this Amsterdam day. */
export const applicationsOpenOn = (a: Pick<OpenRuleFacts, 'periodStart' | 'applicationDeadline'>, today: string): boolean =>
  today <= lastDayToApply(a);

export function openForApplications(a: OpenRuleFacts, now: Date): OpenForApplications {
  if (a.status === 'DRAFT') return { open: false, reason: Reasons.ASSIGNMENT_NOT_PUBLISHED };
  if (a.status === 'CLOSED') return { open: false, reason: Reasons.ASSIGNMENT_CLOSED };
  if (!applicationsOpenOn(a, amsterdamDate(now))) return { open: false, reason: Reasons.APPLICATIONS_CLOSED };
  if (a.placesLeft <= 0) return { open: false, reason: Reasons.ASSIGNMENT_FULL };
  return { open: true };
}
