import type { Viewer } from '@cb/kit';
import {
  answersInformationRequest,
  mayChangeAssignment,
  mayEditCompanyProfile,
  mayListUnapproved,
  mayPublishWithContactOf,
  mayReviewCompany,
  maySeeCompany,
  maySeeCompanyPrivate,
  maySeeUnpublished,
} from '../src/domain/policy';

const OWN = 'com_own';
const viewers: Record<string, Viewer | undefined> = {
  anonymous: undefined,
  student: { accountId: 'stu_1', role: 'STUDENT', studentId: 'stu_1' },
  'the organisation': { accountId: OWN, role: 'COMPANY', companyId: OWN },
  'another organisation': { accountId: 'com_other', role: 'COMPANY', companyId: 'com_other' },
  staff: { accountId: 'stf_1', role: 'STAFF' },
};

describe('who may do what with an organisation', () => {
  it.each([
    // viewer, sees pending, sees approved, sees private, edits profile, reviews, lists unapproved, answers a request, sees unpublished, changes an assignment
    ['anonymous', false, true, false, false, false, false, true, false, false],
    ['student', false, true, false, false, false, false, true, false, false],
    ['the organisation', true, true, true, true, false, false, true, true, true],
    ['another organisation', false, true, false, false, false, false, true, false, false],
    ['staff', true, true, true, true, true, true, false, true, true],
  ])('%s', (who, seesPending, seesApproved, seesPrivate, edits, reviews, lists, answers, seesUnpublished, changes) => {
    const viewer = viewers[who];
    expect({
      seesPending: maySeeCompany(viewer, { id: OWN, status: 'PENDING' }),
      seesApproved: maySeeCompany(viewer, { id: OWN, status: 'APPROVED' }),
      seesPrivate: maySeeCompanyPrivate(viewer, OWN),
      edits: mayEditCompanyProfile(viewer, OWN),
      reviews: mayReviewCompany(viewer),
      lists: mayListUnapproved(viewer),
      answers: answersInformationRequest(viewer),
      seesUnpublished: maySeeUnpublished(viewer, OWN),
      changes: mayChangeAssignment(viewer, { companyId: OWN }),
    }).toEqual({ seesPending, seesApproved, seesPrivate, edits, reviews, lists, answers, seesUnpublished, changes });
  });
});

describe('whether an organisation may publish, as to its contact’s address (issue 14)', () => {
  it.each([
    // the contact's emailVerifiedAt, may publish
    ['verified', '2026-12-01T10:00:00.000Z', true],
    ['not verified yet', null, false],
    ['from before verification existed (absent)', undefined, true],
  ])('a contact %s', (_label, emailVerifiedAt, mayPublish) => {
    expect(mayPublishWithContactOf({ emailVerifiedAt })).toBe(mayPublish);
  });
});
