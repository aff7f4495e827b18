import { daysElapsed, daysIn, dayOfPeriod, monthOfPeriod, monthsOf, periodBounds, periodOf } from '../../src/domain/periods';
import { forecastPeriodEnd, paceOf, seasonalShare } from '../../src/progress/domain/report';

describe('periods', () => {
  it('bounds calendar and academic years, naming an academic year by its first year', () => {
    expect(periodBounds({ kind: 'CALENDAR', year: 2027 })).toEqual({ start: '2027-01-01', end: '2027-12-31' });
    expect(periodBounds({ kind: 'ACADEMIC', year: 2026 })).toEqual({ start: '2026-09-01', end: '2027-08-31' });
    expect(periodOf('2027-08-31', 'ACADEMIC')).toEqual({ kind: 'ACADEMIC', year: 2026 });
    expect(periodOf('2027-09-01', 'ACADEMIC')).toEqual({ kind: 'ACADEMIC', year: 2027 });
  });

  it('lists the twelve months of a period in order, across the turn of the year for an academic one', () => {
    expect(monthsOf({ kind: 'ACADEMIC', year: 2026 })).toEqual([
      '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08',
    ]);
    expect(monthOfPeriod('2027-01-15', { kind: 'ACADEMIC', year: 2026 })).toBe(4);
    expect(monthOfPeriod('2027-12-31', { kind: 'CALENDAR', year: 2027 })).toBe(11);
  });

  it('counts days, leap years included', () => {
    expect(daysIn({ kind: 'CALENDAR', year: 2027 })).toBe(365);
    expect(daysIn({ kind: 'CALENDAR', year: 2028 })).toBe(366);
    expect(daysIn({ kind: 'ACADEMIC', year: 2027 })).toBe(366); // up to 31 Aug 2028
    expect(dayOfPeriod('2027-12-31', { kind: 'CALENDAR', year: 2027 })).toBe(364);
    expect(daysElapsed('2026-12-31', { kind: 'CALENDAR', year: 2027 })).toBe(0);
    expect(daysElapsed('2027-01-01', { kind: 'CALENDAR', year: 2027 })).toBe(1);
    expect(daysElapsed('2028-03-01', { kind: 'CALENDAR', year: 2027 })).toBe(365);
  });
});

describe('the seasonal curve', () => {
  it('is linear when there is no history', () => {
    expect(seasonalShare(73, 365, [])).toEqual({ share: 0.2, shares: [] });
  });

  it("pools past periods' starts by the same day, so each weighs by its size", () => {
    const early = new Array(365).fill(0);
    early[10] = 4; // everything in January
    const late = new Array(365).fill(0);
    late[250] = 1; // everything in September
    late[20] = 1;
    const { share, shares } = seasonalShare(31, 365, [early, late, new Array(365).fill(0)]);
    expect(shares).toEqual([1, 0.5]); // a period without starts says nothing
    expect(share).toBe((4 + 1) / (4 + 2)); // the period of four starts weighs twice the period of two
  });
});

describe('the year-end forecast', () => {
  it('is the count itself once the period is over', () => {
    expect(forecastPeriodEnd({ count: 40, pending: 3, share: 1, shares: [], previousCount: 0, finished: true })).toEqual({ low: 40, expected: 40, high: 40 });
  });

  it('projects the count along the seasonal curve; its low end is what has started plus what is confirmed to start', () => {
    const f = forecastPeriodEnd({ count: 100, pending: 20, share: 0.25, shares: [], previousCount: 0, finished: false });
    expect(f.expected).toBe(400);
    expect(f.low).toBe(100 + 20);
    expect(f.high).toBeGreaterThan(400);

    const secured = forecastPeriodEnd({ count: 10, pending: 90, share: 0.5, shares: [], previousCount: 0, finished: false });
    expect(secured.expected).toBe(100);
    expect(secured.low).toBe(100);
  });

  it('widens the range when past years were spread differently', () => {
    const same = forecastPeriodEnd({ count: 100, pending: 0, share: 0.5, shares: [0.5, 0.5], previousCount: 0, finished: false });
    const apart = forecastPeriodEnd({ count: 100, pending: 0, share: 0.5, shares: [0.25, 0.75], previousCount: 0, finished: false });
    expect(apart.expected).toBe(same.expected);
    expect(apart.high).toBeGreaterThan(same.high);
    expect(apart.low).toBe(same.low);
  });

  it('guesses the year before until enough of the season has passed', () => {
    expect(forecastPeriodEnd({ count: 1, pending: 2, share: 0.01, shares: [], previousCount: 900, finished: false })).toMatchObject({ low: 3, expected: 900 });
  });
});

describe('the pace', () => {
  it('is on track within 5% of what is expected by now, ahead or behind beyond it', () => {
    expect(paceOf(100, 100)).toBe('ON_TRACK');
    expect(paceOf(105, 100)).toBe('ON_TRACK');
    expect(paceOf(106, 100)).toBe('AHEAD');
    expect(paceOf(94, 100)).toBe('BEHIND');
    expect(paceOf(0, 0)).toBe('ON_TRACK');
    expect(paceOf(1, 0)).toBe('ON_TRACK');
    expect(paceOf(2, 0)).toBe('AHEAD');
  });
});
