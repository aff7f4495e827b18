import { maySeeAssignment } from '../../src';

describe('who may see an assignment (contracts/src/rules/visibility.ts)', () => {
  const own = { role: 'COMPANY', companyId: 'com_1' };
  const other = { role: 'COMPANY', companyId: 'com_2' };
  const staff = { role: 'STAFF' };
  const student = { role: 'STUDENT' };
  const viewers = { own, other, staff, student, anonymous: undefined };

  it.each([
    ['DRAFT', { own: true, other: false, staff: true, student: false, anonymous: false }],
    ['PUBLISHED', { own: true, other: true, staff: true, student: true, anonymous: true }],
    ['CLOSED', { own: true, other: true, staff: true, student: true, anonymous: true }],
  ] as const)('%s', (status, expected) => {
    const seen = Object.fromEntries(Object.entries(viewers).map(([name, viewer]) => [name, maySeeAssignment(viewer, { status, companyId: 'com_1' })]));
    expect(seen).toEqual(expected);
  });
});
