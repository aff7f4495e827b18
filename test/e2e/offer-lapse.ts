import { STAFF, eventually, type GraphQLResult, type MarketplaceApi as Api } from './harness';
import { amsterdamToday, applyWhenReady, periodStartingSoon, publishAssignment, registerApprovedCompany, registerStudent } from './fixtures';

/**
 * The steps of DESIGN.md §4's lapsing offer, shared by the embedded (test/e2e/offer-expiry) and the
 * distributed (test/distributed/offer-expiry) tests: an offer to be answered today, and what every
 * party sees once midnight Amsterdam has passed on the placements clock.
 */
const dateIn = (instant: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(instant));
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The instant the Amsterdam date turns from `date` to the next day (CET or CEST). */
export function midnightAfter(date: string): number {
  const next = plusDays(date, 1);
  const instant = ['+01:00', '+02:00'].map((zone) => Date.parse(`${next}T00:00:00${zone}`)).find((t) => dateIn(t) === next && dateIn(t - 1) === date);
  if (instant === undefined) throw new Error(`no midnight after ${date}`);
  return instant;
}

const OFFER = 'mutation($id: ID!, $by: LocalDate) { moveApplication(id: $id, status: OFFERED, answerBy: $by) { status offerAnswerBy allowedMoves } }';
const APPLICATION = 'query($id: ID!) { application(id: $id) { status offerAnswerBy allowedMoves history { to by reason note at } } }';
const first = (r: GraphQLResult) => r.errors?.[0]?.extensions;

export interface Offer {
  today: string;
  assignmentId: string;
  applicationId: string;
  company: { token: string };
  student: { token: string };
}

/** A company offers a student a place, to be answered by today (Amsterdam); a later day than the close is refused. */
export async function offerToAnswerToday(m: Api): Promise<Offer> {
  const staff = await m.signIn(STAFF.email, STAFF.password);
  const company = await registerApprovedCompany(m, staff);
  const student = await registerStudent(m);
  const period = periodStartingSoon();
  const assignmentId = await publishAssignment(m, company.token, period);
  const applicationId = await applyWhenReady(m, student.token, assignmentId);
  const today = amsterdamToday();

  const tooLate = await m.gql(OFFER, { id: applicationId, by: period.periodStart }, company.token);
  expect(first(tooLate)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ANSWER_BY_AFTER_CLOSE', field: 'answerBy' });
  const offered = await m.ok(OFFER, { id: applicationId, by: today }, company.token);
  expect(offered.moveApplication).toEqual({ status: 'OFFERED', offerAnswerBy: today, allowedMoves: ['REJECTED'] });
  expect((await m.ok(APPLICATION, { id: applicationId }, student.token)).application.allowedMoves).toEqual(['ACCEPTED', 'DECLINED', 'WITHDRAWN']);
  return { today, assignmentId, applicationId, company, student };
}

export async function statusOf(m: Api, offer: Offer): Promise<string> {
  return (await m.ok(APPLICATION, { id: offer.applicationId }, offer.student.token)).application.status;
}

/**
 * Waits for the offer to lapse and checks it did so on time (never before `midnight`, within seconds
 * after it), as SYSTEM with OFFER_EXPIRED, for the student and the company alike, with no seat held.
 */
export async function expectLapsedOnTime(m: Api, offer: Offer, midnight: number): Promise<void> {
  const { applicationId, assignmentId, student, company } = offer;
  const lapsed = await eventually(async () => {
    const { application } = await m.ok(APPLICATION, { id: applicationId }, student.token);
    return application.status === 'DECLINED' && application;
  }, 'the offer to lapse', 60000);
  const change = lapsed.history.at(-1);
  expect(change).toMatchObject({ to: 'DECLINED', by: 'SYSTEM', reason: 'OFFER_EXPIRED', note: null });
  expect(Date.parse(change.at)).toBeGreaterThanOrEqual(midnight);
  expect(Date.parse(change.at)).toBeLessThan(midnight + 10_000);
  expect(lapsed).toMatchObject({ offerAnswerBy: null, allowedMoves: [] });

  const accept = await m.gql('mutation($id: ID!) { acceptOffer(applicationId: $id) { id } }', { id: applicationId }, student.token);
  expect(first(accept)).toMatchObject({ code: 'CONFLICT', reason: 'OFFER_EXPIRED' });
  // The company sees it too (its token outlives the restart), and no seat is held.
  const seen = await m.ok('query($id: ID!) { assignment(id: $id) { placesLeft applications { id status } } }', { id: assignmentId }, company.token);
  expect(seen.assignment.placesLeft).toBe(2);
  expect(seen.assignment.applications).toEqual([{ id: applicationId, status: 'DECLINED' }]);
  const companyView = await m.ok(APPLICATION, { id: applicationId }, company.token);
  expect(companyView.application.history.at(-1)).toEqual(change);
}
