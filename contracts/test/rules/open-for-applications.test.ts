import { Reasons, amsterdamDate, applicationsCloseOn, lastDayToApply, openForApplications, placesLeft, type OpenRuleFacts } from '../../src';

const published = (over: Partial<OpenRuleFacts> = {}): OpenRuleFacts => ({
  status: 'PUBLISHED',
  placesLeft: 1,
  periodStart: '2027-02-01',
  applicationDeadline: null,
  ...over,
});

describe('open for applications', () => {
  // Instants in UTC; the comment says the Amsterdam wall-clock time they are.
  it.each([
    ['winter, deadline day 23:59', { applicationDeadline: '2026-12-15' }, '2026-12-15T22:59:00Z', true],
    ['winter, the day after the deadline 00:00', { applicationDeadline: '2026-12-15' }, '2026-12-15T23:00:00Z', false],
    ['summer, deadline day 23:59', { periodStart: '2027-09-01', applicationDeadline: '2027-06-30' }, '2027-06-30T21:59:00Z', true],
    ['summer, the day after the deadline 00:00', { periodStart: '2027-09-01', applicationDeadline: '2027-06-30' }, '2027-06-30T22:00:00Z', false],
    ['clocks go forward on the deadline day, 23:59 CEST', { periodStart: '2027-09-01', applicationDeadline: '2027-03-28' }, '2027-03-28T21:59:00Z', true],
    ['clocks go forward on the deadline day, next 00:00', { periodStart: '2027-09-01', applicationDeadline: '2027-03-28' }, '2027-03-28T22:00:00Z', false],
    ['winter, no deadline: the day before the period starts 23:59', {}, '2027-01-31T22:59:00Z', true],
    ['winter, no deadline: the period starts 00:00', {}, '2027-01-31T23:00:00Z', false],
    ['summer, no deadline: the day before the period starts 23:59', { periodStart: '2027-09-01' }, '2027-08-31T21:59:00Z', true],
    ['summer, no deadline: the period starts 00:00', { periodStart: '2027-09-01' }, '2027-08-31T22:00:00Z', false],
    ['a deadline on the first day of the period keeps that day open', { applicationDeadline: '2027-02-01' }, '2027-02-01T12:00:00Z', true],
    ['a period that ended long ago', { periodStart: '2025-01-06', applicationDeadline: null }, '2026-12-02T10:00:00Z', false],
  ])('%s → open: %s', (_label, over, instant, open) => {
    const verdict = openForApplications(published(over), new Date(instant));
    expect(verdict).toEqual(open ? { open: true } : { open: false, reason: Reasons.APPLICATIONS_CLOSED });
  });

  it.each([
    ['a draft', { status: 'DRAFT' as const }, Reasons.ASSIGNMENT_NOT_PUBLISHED],
    ['a closed assignment', { status: 'CLOSED' as const }, Reasons.ASSIGNMENT_CLOSED],
    ['no place left', { placesLeft: 0 }, Reasons.ASSIGNMENT_FULL],
    ['closed status wins over a passed deadline', { status: 'CLOSED' as const, applicationDeadline: '2026-01-01' }, Reasons.ASSIGNMENT_CLOSED],
    ['a passed deadline wins over being full', { placesLeft: 0, applicationDeadline: '2026-01-01' }, Reasons.APPLICATIONS_CLOSED],
  ])('%s is not open: %s', (_label, over, reason) => {
    expect(openForApplications(published(over), new Date('2026-12-02T10:00:00Z'))).toEqual({ open: false, reason });
  });

  it('closes on the deadline, or on the period start when there is none', () => {
    expect(applicationsCloseOn(published({ applicationDeadline: '2027-01-10' }))).toBe('2027-01-10');
    expect(applicationsCloseOn(published())).toBe('2027-02-01');
  });

  it('takes applications up to the deadline day, or up to the day before the period starts (across a month and a year end)', () => {
    expect(lastDayToApply(published({ applicationDeadline: '2027-01-10' }))).toBe('2027-01-10');
    expect(lastDayToApply(published({ periodStart: '2027-03-01' }))).toBe('2027-02-28');
    expect(lastDayToApply(published({ periodStart: '2027-01-01' }))).toBe('2026-12-31');
  });
});

describe('the Amsterdam calendar', () => {
  it.each([
    ['2026-12-31T22:59:59Z', '2026-12-31'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
    ['2027-07-31T21:59:59Z', '2027-07-31'],
    ['2027-07-31T22:00:00Z', '2027-08-01'],
  ])('%s is %s in Amsterdam', (instant, date) => {
    expect(amsterdamDate(new Date(instant))).toBe(date);
  });

  it('changes date at midnight when asked second by second across it (the date is reused within a minute)', () => {
    const dates = Array.from({ length: 180 }, (_, s) => amsterdamDate(new Date(Date.parse('2026-12-31T22:58:30Z') + s * 1000)));
    expect(dates.indexOf('2027-01-01')).toBe(90);
    expect(new Set(dates.slice(0, 90))).toEqual(new Set(['2026-12-31']));
    expect(new Set(dates.slice(90))).toEqual(new Set(['2027-01-01']));
    // Back in time too: an instant of an earlier minute is not given the later minute's date.
    expect(amsterdamDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
  });
});

describe('capacity', () => {
  it('is places minus the seats taken, never below zero', () => {
    expect(placesLeft(3, 1)).toBe(2);
    expect(placesLeft(2, 2)).toBe(0);
    expect(placesLeft(2, 3)).toBe(0);
  });
});
