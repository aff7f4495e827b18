import type { Viewer } from '@cb/kit';
import { mayEditProfile, mayErase, mayListStudents, maySeeContact, maySeeStudent } from '../src/domain/policy';

const OWN = 'stu_own';
const viewers: Record<string, Viewer | undefined> = {
  anonymous: undefined,
  'the student': { accountId: OWN, role: 'STUDENT', studentId: OWN },
  'another student': { accountId: 'stu_other', role: 'STUDENT', studentId: 'stu_other' },
  'an organisation': { accountId: 'com_1', role: 'COMPANY', companyId: 'com_1' },
  staff: { accountId: 'stf_1', role: 'STAFF' },
};
const hidden = { id: OWN, discoverable: false };

describe('who may do what with a student', () => {
  it.each([
    // viewer, sees hidden profile, sees it as applied-to organisation, sees discoverable, sees contact, edits, erases, lists
    ['anonymous', false, false, false, false, false, false, false],
    ['the student', true, true, true, true, true, true, false],
    ['another student', false, false, false, false, false, false, false],
    ['an organisation', false, true, true, false, false, false, false],
    ['staff', true, true, true, true, false, true, true],
  ])('%s', (who, seesHidden, seesApplied, seesDiscoverable, seesContact, edits, erases, lists) => {
    const viewer = viewers[who];
    expect({
      seesHidden: maySeeStudent(viewer, hidden, false),
      seesApplied: maySeeStudent(viewer, hidden, true),
      seesDiscoverable: maySeeStudent(viewer, { ...hidden, discoverable: true }, false),
      seesContact: maySeeContact(viewer, OWN),
      edits: mayEditProfile(viewer, OWN),
      erases: mayErase(viewer, OWN),
      lists: mayListStudents(viewer),
    }).toEqual({ seesHidden, seesApplied, seesDiscoverable, seesContact, edits, erases, lists });
  });
});
