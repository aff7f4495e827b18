import { EventTypes } from '@cb/contracts';
import { EmailClaims } from '@cb/kit';
import { companyRegistration } from '../../../../test/support/registrations';
import { asCompany, memoryStorePerTest, outboxEvents, plainPasswords, verificationMailToNowhere } from '../../../../test/support/service-tests';
import { AssignmentUseCases } from '../../src/app/assignments';
import { CompanyUseCases } from '../../src/app/companies';
import { UnverifiedCompanyRemoval } from '../../src/app/retention';

describe('retention: organisations whose contact did not verify within 30 days (Europe/Amsterdam)', () => {
  const store = memoryStorePerTest();
  let companies: CompanyUseCases;
  let assignments: AssignmentUseCases;
  let removal: UnverifiedCompanyRemoval;
  let now: Date;
  // 23:30 in Amsterdam on 31 October 2026 (CET): 30 days later is 23:30 on 30 November.
  const registeredAt = new Date('2026-10-31T22:30:00Z');
  beforeEach(() => {
    const claims = new EmailClaims(store(), 'test-internal-key');
    companies = new CompanyUseCases(store(), claims, plainPasswords);
    assignments = new AssignmentUseCases(store(), companies.companies, () => now);
    removal = new UnverifiedCompanyRemoval(companies.companies, assignments.assignments, claims, () => now);
  });

  it('keeps it at 29 days 23:59, removes it and its drafts at 30 days with company.removed; a verified one stays', async () => {
    const late = await companies.register(companyRegistration({ kvkNumber: '24123456', contactEmail: 'eva@werf.nl' }), registeredAt, undefined, verificationMailToNowhere);
    const verified = await companies.register(companyRegistration({ kvkNumber: '24123457', contactEmail: 'jan@werf.nl' }), registeredAt, undefined, verificationMailToNowhere);
    await companies.accounts().setVerifiedEmail(verified.id, verified.contactEmail, new Date('2026-11-02T09:00:00Z'));
    now = new Date('2026-11-05T09:00:00Z');
    const draft = await assignments.create(asCompany(late.id), {
      title: 'Lasrobot programmeren',
      description: 'Programmeer de lasrobot van de werf, samen met een ervaren collega.',
      type: 'INTERNSHIP',
      levels: ['BACHELOR'],
      places: 1,
      periodStart: '2027-02-01',
      periodEnd: '2027-06-30',
      hoursPerWeek: 32,
    });

    now = new Date('2026-11-30T22:29:00Z');
    expect(await removal.run()).toBe(0);
    expect(await companies.companies.get(late.id)).toBeDefined();

    now = new Date('2026-11-30T22:30:00Z');
    expect(await removal.run()).toBe(1);
    expect(await companies.companies.get(late.id)).toBeUndefined();
    expect(await assignments.assignments.get(draft.id)).toBeUndefined();
    expect(await companies.companies.get(verified.id)).toBeDefined();
    const sent = await outboxEvents(store());
    expect(sent.filter((e) => e.type === EventTypes.companyRemoved).map((e) => e.data)).toEqual([{ companyId: late.id }]);
    expect(sent.filter((e) => e.type === EventTypes.accountSessionsEnded).map((e) => e.data)).toEqual([{ accountId: late.id, at: now.toISOString() }]);
    // The address is free again.
    await expect(companies.register(companyRegistration({ kvkNumber: '24123458', contactEmail: 'eva@werf.nl' }), now)).resolves.toMatchObject({ contactEmail: 'eva@werf.nl' });
    expect(await removal.run()).toBe(0);
  });
});
