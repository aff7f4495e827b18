import { TZDate } from '@date-fns/tz';
import { addDays, addYears } from 'date-fns';

/**
 * How long the marketplace keeps what it need not keep for ever (issue 14, the privacy page says the
 * same from these numbers). Durations are data: change them here and every job and page follows.
 */
export const RETENTION = {
  /** An account (student, or an organisation's contact) whose address is not verified within this many days is removed. */
  unverifiedAccountDays: 30,
  /** A closed application's motivation is blanked this many years after it closed. */
  closedMotivationYears: 2,
} as const;

const ZONE = 'Europe/Amsterdam';

/**
 * Days and years on the Amsterdam wall clock (DESIGN.md §1): registered at 10:00 in March, due at
 * 10:00 thirty days later, also when summer time began in between (then 30 days are 719 hours).
 */
const amsterdam = (instant: string) => new TZDate(instant, ZONE);

/** An account registered at `registeredAt` and still unverified at `now` is due for removal. */
export const unverifiedAccountDue = (registeredAt: string, now: Date): boolean =>
  now.getTime() >= addDays(amsterdam(registeredAt), RETENTION.unverifiedAccountDays).getTime();

/** The motivation of an application that closed at `closedAt` is due to be blanked at `now`. */
export const closedMotivationDue = (closedAt: string, now: Date): boolean =>
  now.getTime() >= addYears(amsterdam(closedAt), RETENTION.closedMotivationYears).getTime();
