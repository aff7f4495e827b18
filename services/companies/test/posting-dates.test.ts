import { Reasons } from '@cb/contracts';
import { DomainError, EmailClaims, lockedPasswords, type Viewer } from '@cb/kit';
import { AssignmentUseCases } from '../src/app/assignments';
import { CompanyUseCases } from '../src/app/companies';
import { memoryStorePerTest } from '../../../test/support/service-tests';

/**
 * Posting dates (issue 11): no assignment for a period that has ended, no deadline after the period
 * starts or already past, no dates outside 2000 … five years ahead. "Today" is the server's clock in
 * Amsterdam; the clock here stands at 2 Dec 2026, 23:30 UTC = 3 Dec 00:30 in Amsterdam.
 */
describe('createAssignment and updateAssignment refuse dates that cannot be meant', () => {
  const store = memoryStorePerTest();
  let assignments: AssignmentUseCases;
  let viewer: Viewer;
  let now = new Date('2026-12-02T23:30:00Z');
  const input = (over: Record<string, unknown> = {}) => ({
    title: 'Afstudeeropdracht datakoppelingen',
    description: 'Bouw een koppeling tussen planning en werkplaats, met de monteurs.',
    type: 'GRADUATION',
    levels: ['BACHELOR'],
    periodStart: '2027-02-01',
    periodEnd: '2027-06-30',
    hoursPerWeek: 36,
    ...over,
  });
  const refusal = async (promise: Promise<unknown>) => {
    const err = await promise.then(() => null, (e: unknown) => e);
    if (!(err instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(err)}`);
    return { code: err.code, reason: err.reason, field: err.details?.field };
  };

  beforeEach(async () => {
    now = new Date('2026-12-02T23:30:00Z');
    const companies = new CompanyUseCases(store(), new EmailClaims(store(), 'test-internal-key'), lockedPasswords);
    const company = await companies.register({
      name: 'Werf de Merwede',
      kvkNumber: '24123456',
      municipalityId: 'dordrecht',
      sector: 'MARITIME',
      contactName: 'Ed Bos',
      contactEmail: 'ed@werfdemerwede.nl',
      password: 'Overname-poging-9471',
    });
    viewer = { accountId: company.id, role: 'COMPANY', companyId: company.id };
    assignments = new AssignmentUseCases(store(), companies.companies, () => now);
  });

  it.each([
    ['a period that ended yesterday (Amsterdam)', { periodStart: '2026-09-01', periodEnd: '2026-12-02' }, 'input.periodEnd', Reasons.PERIOD_ENDED],
    ['a period in 2025', { periodStart: '2025-01-01', periodEnd: '2025-06-01' }, 'input.periodEnd', Reasons.PERIOD_ENDED],
    ['a deadline the day after the period starts', { applicationDeadline: '2027-02-02' }, 'input.applicationDeadline', Reasons.DEADLINE_AFTER_PERIOD_START],
    ['a deadline yesterday (Amsterdam)', { applicationDeadline: '2026-12-02' }, 'input.applicationDeadline', Reasons.DEADLINE_PASSED],
    ['a period starting in the year 0', { periodStart: '0000-01-01' }, 'input.periodStart', Reasons.DATE_OUT_OF_RANGE],
    ['a period starting before 2000', { periodStart: '1999-12-31' }, 'input.periodStart', Reasons.DATE_OUT_OF_RANGE],
    ['a period ending more than five years ahead', { periodEnd: '2031-12-04' }, 'input.periodEnd', Reasons.DATE_OUT_OF_RANGE],
  ])('refuses %s, naming the field', async (_label, over, field, reason) => {
    expect(await refusal(assignments.create(viewer, input(over)))).toEqual({ code: 'BAD_USER_INPUT', reason, field });
  });

  it.each([
    ['a period ending today (Amsterdam), already running', { periodStart: '2026-09-01', periodEnd: '2026-12-03' }],
    ['a deadline today (Amsterdam)', { applicationDeadline: '2026-12-03' }],
    ['a deadline on the day the period starts', { applicationDeadline: '2027-02-01' }],
    ['a period ending five years ahead to the day', { periodEnd: '2031-12-03' }],
  ])('accepts %s', async (_label, over) => {
    expect((await assignments.create(viewer, input(over))).status).toBe('DRAFT');
  });

  it('uses the Amsterdam date, not UTC: at 22:59 UTC in winter it is still the deadline day', async () => {
    now = new Date('2026-12-02T22:59:00Z'); // 23:59 on 2 Dec in Amsterdam
    expect((await assignments.create(viewer, input({ applicationDeadline: '2026-12-02' }))).applicationDeadline).toBe('2026-12-02');
    now = new Date('2026-12-02T23:00:00Z'); // 00:00 on 3 Dec
    expect(await refusal(assignments.create(viewer, input({ applicationDeadline: '2026-12-02' })))).toMatchObject({ reason: Reasons.DEADLINE_PASSED });
  });

  it('refuses the same on update, for the dates the update sets', async () => {
    const created = await assignments.create(viewer, input());
    expect(await refusal(assignments.update(viewer, created.id, { periodStart: '2025-01-01', periodEnd: '2025-06-01' }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: Reasons.PERIOD_ENDED,
      field: 'input.periodEnd',
    });
    expect(await refusal(assignments.update(viewer, created.id, { applicationDeadline: '2027-03-01' }))).toMatchObject({ reason: Reasons.DEADLINE_AFTER_PERIOD_START });
    expect(await refusal(assignments.update(viewer, created.id, { periodStart: '0000-01-01' }))).toMatchObject({ reason: Reasons.DATE_OUT_OF_RANGE });
  });

  it('still lets a running assignment whose deadline has passed correct its description', async () => {
    const created = await assignments.create(viewer, input({ applicationDeadline: '2027-01-10' }));
    now = new Date('2027-03-01T10:00:00Z'); // the period runs, the deadline has passed
    const updated = await assignments.update(viewer, created.id, { description: 'Bouw een koppeling tussen planning en werkplaats, samen met de monteurs.' });
    expect(updated.description).toMatch(/samen met/);
    expect(await refusal(assignments.update(viewer, created.id, { applicationDeadline: '2027-02-01' }))).toMatchObject({ reason: Reasons.DEADLINE_PASSED });
  });

  it('does not publish a draft whose period has ended or whose deadline has passed since it was written', async () => {
    const stale = await assignments.create(viewer, input({ periodStart: '2026-12-10', periodEnd: '2026-12-20' }));
    const late = await assignments.create(viewer, input({ applicationDeadline: '2026-12-10' }));
    now = new Date('2026-12-21T10:00:00Z');
    expect(await refusal(assignments.publish(viewer, stale.id))).toEqual({ code: 'BAD_USER_INPUT', reason: Reasons.PERIOD_ENDED, field: 'input.periodEnd' });
    expect(await refusal(assignments.publish(viewer, late.id))).toEqual({ code: 'BAD_USER_INPUT', reason: Reasons.DEADLINE_PASSED, field: 'input.applicationDeadline' });
  });
});
