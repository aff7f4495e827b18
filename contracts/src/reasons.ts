/**
 * `extensions.reason` of domain errors (DESIGN.md §3): constants a client may decide on, beside the
 * code. Clients never decide on message text.
 */
export const Reasons = {
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
