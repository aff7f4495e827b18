import { startTestMarketplace, type TestMarketplace } from './harness';
import { expectLapsedOnTime, midnightAfter, offerToAnswerToday } from './offer-lapse';

/**
 * DESIGN.md §4 on the embedded profile: an offer not accepted by its answer-by day lapses at midnight
 * Amsterdam, recorded as by SYSTEM, while the marketplace runs and also across a restart. The
 * placements clock is moved forward with CB_CLOCK_OFFSET_MS to just before that midnight.
 */
describe('offers that lapse (embedded profile)', () => {
  let m: TestMarketplace;
  let later: TestMarketplace | undefined;

  beforeAll(async () => {
    m = await startTestMarketplace();
  });
  afterAll(async () => {
    await (later ?? m).stop();
  });

  it('declines an offer at midnight after its answer-by day, as SYSTEM with OFFER_EXPIRED; acceptOffer is refused', async () => {
    const offer = await offerToAnswerToday(m);
    // Stopped, and started again with its clock 5 s before midnight: the scan runs every 300 ms.
    await m.marketplace.stop();
    const midnight = midnightAfter(offer.today);
    later = await startTestMarketplace(m.dataDir, {
      CB_CLOCK_OFFSET_MS: String(midnight - 5000 - Date.now()),
      CB_OFFER_EXPIRY_INTERVAL_MS: '300',
    });
    await expectLapsedOnTime(later, offer, midnight);
  });
});
