import { closedMotivationDue, unverifiedAccountDue } from '../../src/rules/retention';

describe('retention (Europe/Amsterdam wall clock)', () => {
  it.each([
    // Registered 10:00 Amsterdam on 1 March 2027; summer time begins on 28 March, so 30 days are 719 hours.
    ['2027-03-01T09:00:00Z', '2027-03-31T07:59:00Z', false], // 29 days 23:59
    ['2027-03-01T09:00:00Z', '2027-03-31T08:00:00Z', true], // 30 days, 10:00 CEST
    // Registered 23:30 Amsterdam on 31 October 2026 (winter time began on 25 October): 30 plain days.
    ['2026-10-31T22:30:00Z', '2026-11-30T22:29:00Z', false],
    ['2026-10-31T22:30:00Z', '2026-11-30T22:30:00Z', true],
  ])('an account registered at %s and unverified at %s is due: %s', (registeredAt, now, due) => {
    expect(unverifiedAccountDue(registeredAt, new Date(now))).toBe(due);
  });

  it.each([
    ['2025-07-01T10:00:00Z', '2027-07-01T09:59:59Z', false],
    ['2025-07-01T10:00:00Z', '2027-07-01T10:00:00Z', true],
  ])('a motivation of an application closed at %s is due at %s: %s', (closedAt, now, due) => {
    expect(closedMotivationDue(closedAt, new Date(now))).toBe(due);
  });
});
