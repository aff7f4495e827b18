import { Reasons, addDays } from '@cb/contracts';
import { badInput } from '@cb/kit/core';

/** An offer stays open this many days unless the company says otherwise (DESIGN.md §4). */
export const OFFER_ANSWER_DAYS = 14;

/**
 * The answer-by date of a new offer, all dates in Amsterdam. Asked for: never before today, never
 * after the applications close. By default 14 days from today, cut back to the close; an offer made
 * after the close (the company may still choose among its applicants) must be answered today.
 */
export function offerAnswerBy(requested: string | null, today: string, closeOn: string): string {
  if (requested !== null) {
    if (requested < today) throw badInput('answerBy', Reasons.ANSWER_BY_IN_PAST, `answerBy: ${requested} is before today (${today}); give today or a later day.`);
    if (requested > closeOn) {
      throw badInput('answerBy', Reasons.ANSWER_BY_AFTER_CLOSE, `answerBy: ${requested} is after the assignment's applications close (${closeOn}); give ${closeOn} or earlier.`, {
        max: closeOn,
      });
    }
    return requested;
  }
  const byDefault = addDays(today, OFFER_ANSWER_DAYS);
  const capped = byDefault < closeOn ? byDefault : closeOn;
  return capped < today ? today : capped;
}

/** The offer may still be accepted on its answer-by day itself, until midnight in Amsterdam. */
export const offerLapsed = (answerBy: string | null | undefined, today: string): boolean => !!answerBy && today > answerBy;
