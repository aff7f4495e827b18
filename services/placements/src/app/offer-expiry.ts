import { Reasons, amsterdamDate } from '@cb/contracts';
import { scheduleCountingPasses } from '@cb/kit';
import { withMove } from '../domain/application';
import { offerLapsed } from '../domain/offers';
import type { ApplicationPass, ApplicationRule } from './application-pass';
import { applicationMoved } from './outgoing';

/**
 * DESIGN.md §4: an offer not accepted by its answer-by day lapses to DECLINED, recorded as done by
 * the system with reason OFFER_EXPIRED, and announced with the ordinary status-changed event so every
 * read model follows. A scan of the stored offers, not a timer per offer: whatever lapsed while the
 * service was down is declined on the first pass after start (an ApplicationPass).
 */
export const OFFER_EXPIRY: ApplicationRule = {
  candidates: { status: 'OFFERED' },
  // Accepted or revoked meanwhile: nothing to do.
  due: (a, now) => a.status === 'OFFERED' && offerLapsed(a.offerAnswerBy, amsterdamDate(now)),
  apply: (a, now) => {
    const next = withMove(a, 'DECLINED', 'SYSTEM', null, now, { reason: Reasons.OFFER_EXPIRED });
    return { doc: next, events: [applicationMoved(a.status, next)] };
  },
};

/** Runs the expiry now and then every `intervalMs`; one pass at a time. */
export function scheduleOfferExpiry(expiry: ApplicationPass, intervalMs: number): { stop(): Promise<void> } {
  return scheduleCountingPasses('placements', 'offer expiry', () => expiry.run(), intervalMs, 'declined lapsed offers');
}
