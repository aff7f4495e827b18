import { Reasons } from '@cb/contracts';
import { scheduleCountingPasses, updateWithRetry } from '@cb/kit';
import { withMove } from '../domain/application';
import { amsterdamDate } from '@cb/contracts';
import { offerLapsed } from '../domain/offers';
import type { Clock, PlacementsData } from './data';
import { applicationMoved } from './outgoing';

/**
 * DESIGN.md §4: an offer not accepted by its answer-by day lapses to DECLINED, recorded as done by
 * the system with reason OFFER_EXPIRED, and announced with the ordinary status-changed event so every
 * read model follows. A scan of the stored offers, not a timer per offer: whatever lapsed while the
 * service was down is declined on the first pass after start, and a pass may run in any number of
 * processes at once (each decline is a versioned write, so an offer is declined once).
 */
export class OfferExpiry {
  constructor(
    private readonly data: PlacementsData,
    private readonly clock: Clock,
  ) {}

  /** Declines every lapsed offer; returns how many it declined. */
  async run(): Promise<number> {
    const now = this.clock();
    const today = amsterdamDate(now);
    const offers = await this.data.applications.find({ status: 'OFFERED' });
    let declined = 0;
    for (const offer of offers.filter((a) => offerLapsed(a.offerAnswerBy, today))) {
      let lapsed = false;
      await updateWithRetry(this.data.applications, offer.id, (a) => {
        // Accepted or revoked meanwhile: nothing to do.
        lapsed = a.status === 'OFFERED' && offerLapsed(a.offerAnswerBy, today);
        if (!lapsed) return undefined;
        const next = withMove(a, 'DECLINED', 'SYSTEM', null, now, { reason: Reasons.OFFER_EXPIRED });
        return { doc: next, events: [applicationMoved(a.status, next)] };
      });
      if (lapsed) declined++;
    }
    return declined;
  }
}

/** Runs the expiry now and then every `intervalMs`; one pass at a time. */
export function scheduleOfferExpiry(expiry: OfferExpiry, intervalMs: number): { stop(): Promise<void> } {
  return scheduleCountingPasses('placements', 'offer expiry', () => expiry.run(), intervalMs, 'declined lapsed offers');
}
