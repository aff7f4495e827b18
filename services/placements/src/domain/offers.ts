import { Reasons, addDays } from '@cb/contracts';
import { badInput } from '@cb/kit/core';

/** An offer stays open this many days unless the company says otherwise (DESIGN.md §4). */
export const OFFER_ANSWER_DAYS = 14;

/**
 * The answer-by date of a new offer, all dates in Amsterdam. Asked for: never before today, never
 * after `lastDay`, the open rule's last day to apply (`lastDayToApply` in contracts: the deadline day,
 * or the day before the period starts). By default 14 days from today, cut back to that day; an offer
 * made after it (the company may still choose among its applicants) must be answered today.
 */
export function offerAnswerBy(requested: string | null, today: string, lastDay: string): string {
  const latest = lastDay < today ? today : lastDay;
  if (requested !== null) {
    if (requested < today) throw badInput('answerBy', Reasons.ANSWER_BY_IN_PAST, `answerBy: ${requested} is before today (${today}); give today or a later day.`);
    if (requested > latest) {
      throw badInput('answerBy', Reasons.ANSWER_BY_AFTER_CLOSE, `answerBy: ${requested} is after the assignment's last day to apply (${lastDay}); give ${latest} or earlier.`, {
        max: latest,
      });
    }
    return requested;
  }
  const byDefault = addDays(today, OFFER_ANSWER_DAYS);
  return byDefault < latest ? byDefault : latest;
}

/** The offer may still be accepted on its answer-by day itself, until midnight in Amsterdam. */
export const offerLapsed = (answerBy: string | null | undefined, today: string): boolean => !!answerBy && today > answerBy;
