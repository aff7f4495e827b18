import { buildSubgraphSchema } from '@apollo/subgraph';
import { EventTypes, Reasons, subgraphTypeDefs, type AssignmentFacts } from '@cb/contracts';
import type { SubgraphContext, Viewer } from '@cb/kit';
import { graphql } from 'graphql';
import { placementResolvers } from '../../src/graphql/resolvers';
import { asCompany, asStudent, createWorld, domainError, STAFF, type World } from './world';

/**
 * `Assignment.canApply` and `apply` make one decision: for every situation the page's answer is
 * the reason `apply` refuses with, or "allowed" exactly when `apply` succeeds. Today is 15 Jan 2027.
 */
describe('may this viewer apply? (canApply and apply agree)', () => {
  let w: World;
  let companyId: string;
  let studentId: string;
  beforeEach(async () => {
    w = createWorld('2027-01-15T10:00:00Z', { maxOpenApplications: 2 });
    companyId = await w.company();
    studentId = await w.student();
  });
  afterEach(() => w.store.close());

  const refusalOf = async (viewer: Viewer | undefined, assignmentId: string) => {
    const err = await domainError(w.applications.apply(viewer, { assignmentId, motivation: 'Graag.' }));
    return err.reason;
  };

  it.each<[string, Partial<AssignmentFacts>, string]>([
    ['a closed assignment', { status: 'CLOSED' }, Reasons.ASSIGNMENT_CLOSED],
    ['a draft (to a student it does not exist)', { status: 'DRAFT', publishedAt: null }, Reasons.UNKNOWN_ID],
    ['a passed deadline', { applicationDeadline: '2027-01-14' }, Reasons.APPLICATIONS_CLOSED],
    ['a period that has started, without a deadline', { periodStart: '2027-01-15', periodEnd: '2027-06-30' }, Reasons.APPLICATIONS_CLOSED],
    ['a period that ended long ago', { periodStart: '2025-01-06', periodEnd: '2025-06-28' }, Reasons.APPLICATIONS_CLOSED],
    ['another study level', { levels: ['AD'] }, Reasons.LEVEL_NOT_ADMITTED],
  ])('refuses %s with the reason the page shows', async (_label, over, reason) => {
    const id = await w.assignment(companyId, over);
    expect(await refusalOf(asStudent(studentId), id)).toBe(reason);
    expect(await w.applications.canApply(asStudent(studentId), id)).toEqual({ allowed: false, reason });
  });

  it.each<[string, Partial<AssignmentFacts>]>([
    ['on the deadline day itself', { applicationDeadline: '2027-01-15' }],
    ['on the day before the period starts', { periodStart: '2027-01-16' }],
  ])('allows applying %s, and then says it was done', async (_label, over) => {
    const id = await w.assignment(companyId, over);
    expect(await w.applications.canApply(asStudent(studentId), id)).toEqual({ allowed: true, reason: null });
    expect((await w.apply(studentId, id)).status).toBe('SUBMITTED');
    expect(await w.applications.canApply(asStudent(studentId), id)).toEqual({ allowed: false, reason: Reasons.ALREADY_APPLIED });
    expect(await refusalOf(asStudent(studentId), id)).toBe(Reasons.ALREADY_APPLIED);
  });

  it('closes at midnight in Amsterdam, not in UTC', async () => {
    const id = await w.assignment(companyId, { applicationDeadline: '2027-01-15' });
    w.setNow('2027-01-15T22:59:00Z'); // 23:59 in Amsterdam
    expect(await w.applications.canApply(asStudent(studentId), id)).toEqual({ allowed: true, reason: null });
    w.setNow('2027-01-15T23:00:00Z'); // 00:00 on the 16th
    expect(await w.applications.canApply(asStudent(studentId), id)).toEqual({ allowed: false, reason: Reasons.APPLICATIONS_CLOSED });
    expect(await refusalOf(asStudent(studentId), id)).toBe(Reasons.APPLICATIONS_CLOSED);
  });

  it('says who may not apply at all: anonymous visitors and other roles', async () => {
    const id = await w.assignment(companyId);
    expect(await w.applications.canApply(undefined, id)).toEqual({ allowed: false, reason: Reasons.SIGN_IN_REQUIRED });
    expect(await w.applications.canApply(asCompany(companyId), id)).toEqual({ allowed: false, reason: Reasons.ROLE_NOT_ALLOWED });
    expect(await w.applications.canApply(STAFF, id)).toEqual({ allowed: false, reason: Reasons.ROLE_NOT_ALLOWED });
    expect(await refusalOf(undefined, id)).toBe(Reasons.SIGN_IN_REQUIRED);
    expect(await refusalOf(asCompany(companyId), id)).toBe(Reasons.ROLE_NOT_ALLOWED);
  });

  it('asks a student whose profile has not arrived to wait', async () => {
    const id = await w.assignment(companyId);
    expect(await w.applications.canApply(asStudent('stu_new'), id)).toEqual({ allowed: false, reason: Reasons.NOT_YET_PROCESSED });
    expect(await refusalOf(asStudent('stu_new'), id)).toBe(Reasons.NOT_YET_PROCESSED);
  });

  it('refuses a student whose address is not verified, until the verification arrives by event', async () => {
    const id = await w.assignment(companyId);
    const unverified = await w.student({ emailVerified: false });
    expect(await w.applications.canApply(asStudent(unverified), id)).toEqual({ allowed: false, reason: Reasons.EMAIL_NOT_VERIFIED });
    const refusal = await domainError(w.applications.apply(asStudent(unverified), { assignmentId: id, motivation: 'Graag.' }));
    expect({ code: refusal.code, reason: refusal.reason }).toEqual({ code: 'FORBIDDEN', reason: Reasons.EMAIL_NOT_VERIFIED });
    expect(refusal.message).toMatch(/link in the verification e-mail.*new link/);

    await w.deliver(EventTypes.studentProfileUpdated, unverified, w.studentFacts(unverified, { emailVerified: true }), '2027-01-15T10:01:00Z');
    expect(await w.applications.canApply(asStudent(unverified), id)).toEqual({ allowed: true, reason: null });
    expect((await w.apply(unverified, id)).status).toBe('SUBMITTED');
  });

  it('counts a student from before verification existed (no emailVerified in the event) as verified', async () => {
    const id = await w.assignment(companyId);
    const older = w.studentFacts('stu_older');
    expect(older).not.toHaveProperty('emailVerified');
    await w.deliver(EventTypes.studentRegistered, 'stu_older', older);
    expect(await w.applications.canApply(asStudent('stu_older'), id)).toEqual({ allowed: true, reason: null });
  });

  it('refuses a full assignment', async () => {
    const one = await w.assignment(companyId, { places: 1 });
    const { studentId: other, applicationId } = await w.offered(companyId, one);
    await w.placements.acceptOffer(asStudent(other), applicationId);
    expect(await w.applications.canApply(asStudent(studentId), one)).toEqual({ allowed: false, reason: Reasons.ASSIGNMENT_FULL });
    expect(await refusalOf(asStudent(studentId), one)).toBe(Reasons.ASSIGNMENT_FULL);
  });

  it('refuses more open applications than the limit', async () => {
    const [a, b, c] = [await w.assignment(companyId), await w.assignment(companyId), await w.assignment(companyId)];
    await w.apply(studentId, a);
    await w.apply(studentId, b);
    expect(await w.applications.canApply(asStudent(studentId), c)).toEqual({ allowed: false, reason: Reasons.TOO_MANY_OPEN_APPLICATIONS });
    expect(await refusalOf(asStudent(studentId), c)).toBe(Reasons.TOO_MANY_OPEN_APPLICATIONS);
  });

  it('serves openForApplications, applicationsCloseOn and canApply on the Assignment entity', async () => {
    const open = await w.assignment(companyId, { applicationDeadline: '2027-01-20' });
    const started = await w.assignment(companyId, { periodStart: '2027-01-04' });
    const schema = buildSubgraphSchema([{ typeDefs: subgraphTypeDefs('placements'), resolvers: placementResolvers(w) }]);
    const contextValue: SubgraphContext = { viewer: asStudent(studentId), tokenRejected: false, internal: false };
    const result = await graphql({
      schema,
      source: `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Assignment { openForApplications applicationsCloseOn canApply { allowed reason } } } }`,
      variableValues: { reps: [{ __typename: 'Assignment', id: open }, { __typename: 'Assignment', id: started }] },
      contextValue,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { openForApplications: true, applicationsCloseOn: '2027-01-20', canApply: { allowed: true, reason: null } },
      { openForApplications: false, applicationsCloseOn: '2027-01-04', canApply: { allowed: false, reason: 'APPLICATIONS_CLOSED' } },
    ]);
  });
});
