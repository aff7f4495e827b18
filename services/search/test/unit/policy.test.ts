import { policyViewers } from '../../../../test/support/service-tests';
import { fitStudentOf, mayMatch, mayRecommendAssignments, mayRecommendCandidates, maySeeApplied, maySeeAssignment, needsDiscoverable } from '../../src/domain/policy';

const OWN = 'com_own';
const STUDENT = 'stu_1';
const viewers = policyViewers({ studentId: STUDENT, companyId: OWN }, 'stu_2');
const assignment = (status: 'DRAFT' | 'PUBLISHED' | 'CLOSED') => ({ companyId: OWN, status });
const approved = { approved: true };

describe('who may ask what of search', () => {
  it.each([
    // viewer, sees listed, sees draft, sees closed, sees one of an unapproved organisation, fit for, candidates, recommendations, match, applied, needs discoverable
    ['anonymous', true, false, false, false, undefined, false, false, false, false, false],
    ['the student', true, false, false, false, STUDENT, false, true, true, false, false],
    ['another student', true, false, false, false, 'stu_2', false, false, false, false, false],
    ['the organisation', true, true, true, true, undefined, true, false, true, true, true],
    ['another organisation', true, false, false, false, undefined, false, false, false, false, false],
    ['staff', true, true, true, true, undefined, true, true, true, true, false],
  ])('%s', (who, listed, draft, closed, unapproved, fit, candidates, recommendations, match, applied, discoverable) => {
    const viewer = viewers[who];
    expect({
      listed: maySeeAssignment(viewer, assignment('PUBLISHED'), approved),
      draft: maySeeAssignment(viewer, assignment('DRAFT'), approved),
      closed: maySeeAssignment(viewer, assignment('CLOSED'), approved),
      unapproved: maySeeAssignment(viewer, assignment('PUBLISHED'), { approved: false }),
      fit: fitStudentOf(viewer),
      candidates: mayRecommendCandidates(viewer, assignment('PUBLISHED')),
      recommendations: mayRecommendAssignments(viewer, STUDENT),
      match: mayMatch(viewer, STUDENT, assignment('PUBLISHED')),
      applied: maySeeApplied(viewer, assignment('PUBLISHED')),
      discoverable: needsDiscoverable(viewer, assignment('PUBLISHED')),
    }).toEqual({ listed, draft, closed, unapproved, fit, candidates, recommendations, match, applied, discoverable });
  });
});
