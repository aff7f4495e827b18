import { STAFF, eventually, startTestMarketplace, type GraphQLResult, type TestMarketplace } from './harness';
import { amsterdamToday, applyWhenReady, periodStartingSoon, publishAssignment, registerApprovedCompany, registerStudent } from './fixtures';

const dateIn = (instant: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(instant));
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The instant the Amsterdam date turns from `date` to the next day (CET or CEST). */
function midnightAfter(date: string): number {
  const next = plusDays(date, 1);
  const instant = ['+01:00', '+02:00'].map((zone) => Date.parse(`${next}T00:00:00${zone}`)).find((t) => dateIn(t) === next && dateIn(t - 1) === date);
  if (instant === undefined) throw new Error(`no midnight after ${date}`);
  return instant;
}

const OFFER = 'mutation($id: ID!, $by: LocalDate) { moveApplication(id: $id, status: OFFERED, answerBy: $by) { status offerAnswerBy allowedMoves } }';
const APPLICATION = 'query($id: ID!) { application(id: $id) { status offerAnswerBy allowedMoves history { to by reason note at } } }';
const first = (r: GraphQLResult) => r.errors?.[0]?.extensions;

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
    const staff = await m.signIn(STAFF.email, STAFF.password);
    const company = await registerApprovedCompany(m, staff);
    const student = await registerStudent(m);
    const period = periodStartingSoon();
    const assignmentId = await publishAssignment(m, company.token, period);
    const applicationId = await applyWhenReady(m, student.token, assignmentId);
    const today = amsterdamToday();

    const tooLate = await m.gql(OFFER, { id: applicationId, by: plusDays(period.periodStart, 1) }, company.token);
    expect(first(tooLate)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ANSWER_BY_AFTER_CLOSE', field: 'answerBy' });
    const offered = await m.ok(OFFER, { id: applicationId, by: today }, company.token);
    expect(offered.moveApplication).toEqual({ status: 'OFFERED', offerAnswerBy: today, allowedMoves: ['REJECTED'] });
    expect((await m.ok(APPLICATION, { id: applicationId }, student.token)).application.allowedMoves).toEqual(['ACCEPTED', 'DECLINED', 'WITHDRAWN']);

    // Stopped, and started again with its clock 5 s before midnight: the scan runs every 300 ms.
    await m.marketplace.stop();
    const midnight = midnightAfter(today);
    later = await startTestMarketplace(m.dataDir, {
      CB_CLOCK_OFFSET_MS: String(midnight - 5000 - Date.now()),
      CB_OFFER_EXPIRY_INTERVAL_MS: '300',
    });
    const studentToken = student.token;
    const lapsed = await eventually(async () => {
      const { application } = await later!.ok(APPLICATION, { id: applicationId }, studentToken);
      return application.status === 'DECLINED' && application;
    }, 'the offer to lapse');
    const change = lapsed.history.at(-1);
    expect(change).toMatchObject({ to: 'DECLINED', by: 'SYSTEM', reason: 'OFFER_EXPIRED', note: null });
    // Never before midnight Amsterdam (on the placements clock), and on time: within seconds after it.
    expect(Date.parse(change.at)).toBeGreaterThanOrEqual(midnight);
    expect(Date.parse(change.at)).toBeLessThan(midnight + 10_000);
    expect(lapsed).toMatchObject({ offerAnswerBy: null, allowedMoves: [] });

    const accept = await later.gql('mutation($id: ID!) { acceptOffer(applicationId: $id) { id } }', { id: applicationId }, studentToken);
    expect(first(accept)).toMatchObject({ code: 'CONFLICT', reason: 'OFFER_EXPIRED' });
    // The company sees it too (its token outlives the restart), and no seat is held.
    const seen = await later.ok('query($id: ID!) { assignment(id: $id) { placesLeft applications { id status } } }', { id: assignmentId }, company.token);
    expect(seen.assignment.placesLeft).toBe(2);
    expect(seen.assignment.applications).toEqual([{ id: applicationId, status: 'DECLINED' }]);
  });
});
