import { policyViewers } from '../../../../test/support/service-tests';
import { mayAcceptOffer, mayApplyWithAddressOf, mayChangePlacement, maySeeApplicants, maySeeStudentHistory } from '../../src/domain/policy';

const STUDENT = 'stu_own';
const COMPANY = 'com_own';
const viewers = policyViewers({ studentId: STUDENT, companyId: COMPANY });
const parties = { studentId: STUDENT, companyId: COMPANY };

describe('who may do what with applications and placements', () => {
  it.each([
    // viewer, sees history, sees applicants, sees applicants of an assignment not known yet, accepts the offer, starts, cancels
    ['anonymous', false, false, false, false, false, false],
    ['the student', true, false, false, true, false, true],
    ['another student', false, false, false, false, false, false],
    ['the organisation', false, true, true, false, true, true],
    ['another organisation', false, false, true, false, false, false],
    ['staff', true, true, true, false, true, true],
  ])('%s', (who, history, applicants, unknownApplicants, accepts, starts, cancels) => {
    const viewer = viewers[who];
    expect({
      history: maySeeStudentHistory(viewer, STUDENT),
      applicants: maySeeApplicants(viewer, parties),
      unknownApplicants: maySeeApplicants(viewer, undefined),
      accepts: mayAcceptOffer(viewer, parties),
      starts: mayChangePlacement(viewer, parties, 'start'),
      cancels: mayChangePlacement(viewer, parties, 'cancel'),
    }).toEqual({ history, applicants, unknownApplicants, accepts, starts, cancels });
  });
});

describe('who may apply, as to their address (issue 14)', () => {
  it.each([
    // the student view's emailVerified, may apply
    ['verified', true, true],
    ['not verified yet', false, false],
    ['from before verification existed (absent)', undefined, true],
  ])('a student %s', (_label, emailVerified, mayApply) => {
    expect(mayApplyWithAddressOf({ emailVerified })).toBe(mayApply);
  });
});
