import { mayApplyWithAddressOf } from '../../src/domain/policy';

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
