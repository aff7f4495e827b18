/**
 * The error vocabulary of the public API (DESIGN.md §3), in one place: the kit raises these, the
 * schema documents them and the web app maps them to its messages. Clients decide on `code` and
 * `reason`, never on message text.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_REQUESTS',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** `extensions.reason`: which rule refused the call, beside the code. */
export const Reasons = {
  /** CONFLICT: the address belongs to another account (of any kind; which kind is not said). */
  EMAIL_IN_USE: 'EMAIL_IN_USE',
  /** BAD_USER_INPUT on `input.password`: common, breached-style, or contains the e-mail address. */
  PASSWORD_TOO_WEAK: 'PASSWORD_TOO_WEAK',
  /** TOO_MANY_REQUESTS: a rate limit; `extensions.retryAfter` says how many seconds to wait. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** TOO_MANY_REQUESTS: the student has the maximum number of open applications at once. */
  TOO_MANY_OPEN_APPLICATIONS: 'TOO_MANY_OPEN_APPLICATIONS',
  /** startPlacement / completePlacement: the date lies after today in Amsterdam. */
  DATE_IN_FUTURE: 'DATE_IN_FUTURE',
  START_DATE_IN_FUTURE: 'START_DATE_IN_FUTURE',
  START_BEFORE_CONFIRMATION: 'START_BEFORE_CONFIRMATION',
  /** More than the tolerance before the assignment's period starts. */
  START_BEFORE_PERIOD: 'START_BEFORE_PERIOD',
  /** The start date lies in a calendar or academic year whose figures have closed. */
  PERIOD_CLOSED: 'PERIOD_CLOSED',
  /** Staff correct a closed period only with a recorded reason. */
  CORRECTION_REASON_REQUIRED: 'CORRECTION_REASON_REQUIRED',
  END_BEFORE_START: 'END_BEFORE_START',
} as const;
export type Reason = (typeof Reasons)[keyof typeof Reasons];

/**
 * The one rule for comparing e-mail addresses: trimmed and case-insensitive, so `Staff@X.nl ` and
 * `staff@x.nl` are one identity (DESIGN.md §3: one e-mail address is one account).
 */
export const normaliseEmail = (address: string): string => address.trim().toLowerCase();
