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

/** `extensions.reason`: which rule refused the call, beside the code. Mirrored by `enum ErrorReason` (contracts/schema/shared.graphql; a test keeps them equal). */
export const Reasons = {
  /** BAD_USER_INPUT: The field is empty or missing; fill it in. */
  REQUIRED: 'REQUIRED',
  /** BAD_USER_INPUT: The text is shorter than the minimum (`extensions.min`). */
  TOO_SHORT: 'TOO_SHORT',
  /** BAD_USER_INPUT: The text or list is longer than the maximum (`extensions.max`). */
  TOO_LONG: 'TOO_LONG',
  /** BAD_USER_INPUT: The value does not have the expected form (an e-mail address, a date like 2027-02-01, a KvK number …). */
  INVALID_FORMAT: 'INVALID_FORMAT',
  /** BAD_USER_INPUT: Not a real calendar date (e.g. 2027-02-30). */
  INVALID_DATE: 'INVALID_DATE',
  /** BAD_USER_INPUT: A date outside the range the marketplace accepts (more than a few years from today). */
  DATE_OUT_OF_RANGE: 'DATE_OUT_OF_RANGE',
  /** BAD_USER_INPUT: A number outside its allowed range (`extensions.min` / `extensions.max`). */
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  /** BAD_USER_INPUT: A value that is not one of the allowed ones. */
  INVALID_VALUE: 'INVALID_VALUE',
  /** BAD_USER_INPUT: A list names the same item twice. */
  DUPLICATE_ITEM: 'DUPLICATE_ITEM',
  /** BAD_USER_INPUT: A skill is listed as required and as nice to have. */
  SKILL_BOTH_REQUIRED_AND_NICE: 'SKILL_BOTH_REQUIRED_AND_NICE',
  /** BAD_USER_INPUT: A skill id that is not in the skills vocabulary. */
  UNKNOWN_SKILL: 'UNKNOWN_SKILL',
  /** BAD_USER_INPUT: An institution id that is not known (see the institutions query). */
  UNKNOWN_INSTITUTION: 'UNKNOWN_INSTITUTION',
  /** BAD_USER_INPUT: A programme that the chosen institution does not offer. */
  UNKNOWN_PROGRAMME: 'UNKNOWN_PROGRAMME',
  /** BAD_USER_INPUT: The programme is not offered at the chosen study level. */
  PROGRAMME_LEVEL_MISMATCH: 'PROGRAMME_LEVEL_MISMATCH',
  /** BAD_USER_INPUT: The field cannot be cleared; leave it out to keep it. */
  CANNOT_BE_CLEARED: 'CANNOT_BE_CLEARED',
  /** BAD_USER_INPUT: This move needs a note that says why. */
  NOTE_REQUIRED: 'NOTE_REQUIRED',
  /** BAD_USER_INPUT: This change is made with another operation (e.g. acceptOffer), named in the message. */
  USE_OTHER_OPERATION: 'USE_OTHER_OPERATION',
  /** BAD_USER_INPUT: On `input.password`: too easy to guess (common or breached-style), or it contains the e-mail address. */
  PASSWORD_TOO_WEAK: 'PASSWORD_TOO_WEAK',
  /** BAD_USER_INPUT: The period ends before it starts. */
  PERIOD_END_BEFORE_START: 'PERIOD_END_BEFORE_START',
  /** BAD_USER_INPUT: The period has already ended (Europe/Amsterdam); an assignment cannot be posted for the past. */
  PERIOD_ENDED: 'PERIOD_ENDED',
  /** BAD_USER_INPUT: The application deadline lies after the period starts. */
  DEADLINE_AFTER_PERIOD_START: 'DEADLINE_AFTER_PERIOD_START',
  /** BAD_USER_INPUT: The application deadline lies in the past. */
  DEADLINE_PASSED: 'DEADLINE_PASSED',
  /** BAD_USER_INPUT: An offer's answer-by date lies before today. */
  ANSWER_BY_IN_PAST: 'ANSWER_BY_IN_PAST',
  /** BAD_USER_INPUT: An offer's answer-by date lies after the assignment's applications close. */
  ANSWER_BY_AFTER_CLOSE: 'ANSWER_BY_AFTER_CLOSE',
  /** BAD_USER_INPUT: startPlacement / completePlacement with a date after today (Europe/Amsterdam). */
  DATE_IN_FUTURE: 'DATE_IN_FUTURE',
  /** BAD_USER_INPUT: A start date after today (Europe/Amsterdam); a planned start is the confirmation's planned date. */
  START_DATE_IN_FUTURE: 'START_DATE_IN_FUTURE',
  /** BAD_USER_INPUT: A start date before the placement was confirmed. */
  START_BEFORE_CONFIRMATION: 'START_BEFORE_CONFIRMATION',
  /** BAD_USER_INPUT: A start date more than the tolerance (31 days) before the assignment's period starts. */
  START_BEFORE_PERIOD: 'START_BEFORE_PERIOD',
  /** BAD_USER_INPUT: A completion date before the start. */
  END_BEFORE_START: 'END_BEFORE_START',
  /** BAD_USER_INPUT: A staff correction in a closed period needs `correctionReason`. */
  CORRECTION_REASON_REQUIRED: 'CORRECTION_REASON_REQUIRED',
  /** UNAUTHENTICATED: No token was sent: sign in first. */
  SIGN_IN_REQUIRED: 'SIGN_IN_REQUIRED',
  /** UNAUTHENTICATED: The token is expired, revoked or malformed: sign in again. */
  TOKEN_INVALID: 'TOKEN_INVALID',
  /** UNAUTHENTICATED: signIn: the e-mail address and password do not match an account. */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** BAD_USER_INPUT: The link from the e-mail (password reset or verification) is unknown, already used or older than allowed; ask for a new one. */
  LINK_INVALID: 'LINK_INVALID',
  /** BAD_USER_INPUT: changePassword / changeEmail: the current password is not right. */
  WRONG_PASSWORD: 'WRONG_PASSWORD',
  /** FORBIDDEN: The account's e-mail address is not verified yet: open the link in the verification e-mail (or ask for a new one). */
  EMAIL_NOT_VERIFIED: 'EMAIL_NOT_VERIFIED',
  /** FORBIDDEN: Accounts of this role may not do this (students, organisations or staff only). */
  ROLE_NOT_ALLOWED: 'ROLE_NOT_ALLOWED',
  /** FORBIDDEN: The object belongs to another student or organisation. */
  NOT_YOURS: 'NOT_YOURS',
  /** FORBIDDEN: Only Dordrecht Academy staff may do this. */
  STAFF_ONLY: 'STAFF_ONLY',
  /** FORBIDDEN: The student is not discoverable and has not applied to your organisation. */
  NOT_DISCOVERABLE: 'NOT_DISCOVERABLE',
  /** FORBIDDEN: The date lies in a calendar or academic year whose figures have closed; staff may correct it with a reason. */
  PERIOD_CLOSED: 'PERIOD_CLOSED',
  /** NOT_FOUND: No object with this id (or none you may see). */
  UNKNOWN_ID: 'UNKNOWN_ID',
  /** CONFLICT: The e-mail address belongs to another account (of any kind). `extensions.field` names the input. */
  EMAIL_IN_USE: 'EMAIL_IN_USE',
  /** CONFLICT: An organisation with this KvK number is already registered. */
  KVK_IN_USE: 'KVK_IN_USE',
  /** CONFLICT: The organisation awaits approval by staff; it can publish once approved. */
  ORGANISATION_NOT_APPROVED: 'ORGANISATION_NOT_APPROVED',
  /** CONFLICT: The organisation has already been approved or rejected. */
  ORGANISATION_ALREADY_REVIEWED: 'ORGANISATION_ALREADY_REVIEWED',
  /** CONFLICT: The assignment is a draft: it takes no applications yet. */
  ASSIGNMENT_NOT_PUBLISHED: 'ASSIGNMENT_NOT_PUBLISHED',
  /** CONFLICT: The assignment is closed: it cannot be changed, published or applied to. */
  ASSIGNMENT_CLOSED: 'ASSIGNMENT_CLOSED',
  /** CONFLICT: The assignment's applications have closed (its deadline passed or its period started). */
  APPLICATIONS_CLOSED: 'APPLICATIONS_CLOSED',
  /** CONFLICT: Every place of the assignment is taken. */
  ASSIGNMENT_FULL: 'ASSIGNMENT_FULL',
  /** CONFLICT: Places cannot go below the number of confirmed placements. */
  PLACES_BELOW_TAKEN: 'PLACES_BELOW_TAKEN',
  /** CONFLICT: The assignment is not open to the student's study level. */
  LEVEL_NOT_ADMITTED: 'LEVEL_NOT_ADMITTED',
  /** CONFLICT: The student has already applied to this assignment. */
  ALREADY_APPLIED: 'ALREADY_APPLIED',
  /** CONFLICT: The student has the most open applications allowed at once; withdraw one or wait for answers. */
  TOO_MANY_OPEN_APPLICATIONS: 'TOO_MANY_OPEN_APPLICATIONS',
  /** CONFLICT: The application cannot move to that status from its current one (see `Application.allowedMoves`). */
  MOVE_NOT_ALLOWED: 'MOVE_NOT_ALLOWED',
  /** CONFLICT: The placement cannot change to that status from its current one. */
  PLACEMENT_MOVE_NOT_ALLOWED: 'PLACEMENT_MOVE_NOT_ALLOWED',
  /** CONFLICT: The offer was not answered by its answer-by date and has lapsed. */
  OFFER_EXPIRED: 'OFFER_EXPIRED',
  /** Recorded on a StatusChange by SYSTEM: the student accepted another placement for an overlapping period, so this application was withdrawn. */
  OVERLAPPING_PLACEMENT_ACCEPTED: 'OVERLAPPING_PLACEMENT_ACCEPTED',
  /** CONFLICT: A change this depends on is still being processed; try again in a moment. */
  NOT_YET_PROCESSED: 'NOT_YET_PROCESSED',
  /** TOO_MANY_REQUESTS: A rate limit; `extensions.retryAfter` says after how many seconds to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
} as const;
export type Reason = (typeof Reasons)[keyof typeof Reasons];

/**
 * The one rule for comparing e-mail addresses: trimmed and case-insensitive, so `Staff@X.nl ` and
 * `staff@x.nl` are one identity (DESIGN.md §3: one e-mail address is one account).
 */
export const normaliseEmail = (address: string): string => address.trim().toLowerCase();
