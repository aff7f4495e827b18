import { HOLDING_STATUSES, PLACEMENT_STATUSES, holdsPlace, placesAllowed, placesLeft } from '../../src';

describe('capacity (contracts/src/rules/capacity.ts)', () => {
  it('a placement holds its seat from confirmation on; a cancelled one frees it', () => {
    expect(PLACEMENT_STATUSES.map((s) => [s, holdsPlace(s)])).toEqual([
      ['CONFIRMED', true],
      ['ACTIVE', true],
      ['COMPLETED', true],
      ['CANCELLED', false],
    ]);
    expect(HOLDING_STATUSES).toEqual(PLACEMENT_STATUSES.filter(holdsPlace));
  });

  it('places left are places minus seats taken, never below zero', () => {
    expect([placesLeft(3, 0), placesLeft(3, 2), placesLeft(3, 3), placesLeft(2, 3)]).toEqual([3, 1, 0, 0]);
  });

  it('places may be lowered down to the seats taken, not below', () => {
    expect([placesAllowed(3, 2), placesAllowed(2, 2), placesAllowed(1, 2), placesAllowed(1, 0)]).toEqual([true, true, false, true]);
  });
});
