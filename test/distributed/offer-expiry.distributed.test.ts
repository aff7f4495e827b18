import { expectLapsedOnTime, midnightAfter, offerToAnswerToday, statusOf } from '../e2e/offer-lapse';
import { clusterForSuite } from './cluster-suite';
import { clusterApi } from './cluster';

/** How far before midnight the restarted placements clock starts: room for a start on two busy cores. */
const LEAD_MS = 45_000;

/**
 * DESIGN.md §4 on the distributed profile (real Kafka and FerretDB, one process per service): an
 * offer not accepted by its answer-by day lapses at midnight Amsterdam on the placements clock. The
 * offer is made, the placements process is killed (kill -9, no goodbye) and started again with its
 * clock moved to shortly before that midnight: the expiry is driven by the answer-by dates in the
 * store, not by timers of the process that made the offer.
 */
describe('offers that lapse (distributed profile)', () => {
  const cluster = clusterForSuite();

  it('keeps the offer until midnight Amsterdam, then declines it as SYSTEM with OFFER_EXPIRED, across a crash of placements', async () => {
    const api = clusterApi(cluster);
    const offer = await offerToAnswerToday(api);
    const midnight = midnightAfter(offer.today);

    await cluster.processes.placements.stop('SIGKILL');
    const offset = midnight - LEAD_MS - Date.now();
    await cluster.processes.placements.start({ CB_CLOCK_OFFSET_MS: String(offset), CB_OFFER_EXPIRY_INTERVAL_MS: '300' });

    // Just before midnight on its clock, after several passes of the scan: still an offer.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await statusOf(api, offer)).toBe('OFFERED');
    const placementsNow = Date.now() + offset;
    if (placementsNow >= midnight) throw new Error(`placements took longer than ${LEAD_MS} ms to start; its clock is past midnight already`);

    await expectLapsedOnTime(api, offer, midnight);
    expect(cluster.processes.placements.stdout).toMatch(/declined lapsed offers/);
  }, 300000);
});
