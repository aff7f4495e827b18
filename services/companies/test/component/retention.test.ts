import { EventTypes } from '@cb/contracts';
import { EmailClaims, SqliteStore, type Passwords, type Viewer } from '@cb/kit';
import { AssignmentUseCases } from '../../src/app/assignments';
import { CompanyUseCases } from '../../src/app/companies';
import { UnverifiedCompanyRemoval } from '../../src/app/retention';

const plainPasswords: Passwords = { hash: async (p) => `plain:${p}`, matches: async (h, p) => h === `plain:${p}` };
const asCompany = (id: string): Viewer => ({ accountId: id, role: 'COMPANY', companyId: id });
const mailsVerification = async () => undefined;
const registration = (kvkNumber: string, contactEmail: string) => ({
  name: 'Werf de Merwede',
  kvkNumber,
  municipalityId: 'dordrecht',
  sector: 'ENGINEERING',
  contactName: 'Eva de Vries',
  contactEmail,
  password: 'Zeilboot-Merwede-2026',
});

describe('retention: organisations whose contact did not verify within 30 days (Europe/Amsterdam)', () => {
  let store: SqliteStore;
  let companies: CompanyUseCases;
  let assignments: AssignmentUseCases;
  let removal: UnverifiedCompanyRemoval;
  let now: Date;
  // 23:30 in Amsterdam on 31 October 2026 (CET): 30 days later is 23:30 on 30 November.
  const registeredAt = new Date('2026-10-31T22:30:00Z');
  beforeEach(() => {
    store = new SqliteStore(':memory:');
    const claims = new EmailClaims(store, 'test-internal-key');
    companies = new CompanyUseCases(store, claims, plainPasswords);
    assignments = new AssignmentUseCases(store, companies.companies, () => now);
    removal = new UnverifiedCompanyRemoval(companies.companies, assignments.assignments, claims, () => now);
  });
  afterEach(() => store.close());

  const events = async () => (await store.pendingOutbox(100)).map((e) => JSON.parse(e.event) as { type: string; data: Record<string, unknown> });

  it('keeps it at 29 days 23:59, removes it and its drafts at 30 days with company.removed; a verified one stays', async () => {
    const late = await companies.register(registration('24123456', 'eva@werf.nl'), registeredAt, undefined, mailsVerification);
    const verified = await companies.register(registration('24123457', 'jan@werf.nl'), registeredAt, undefined, mailsVerification);
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
    const sent = await events();
    expect(sent.filter((e) => e.type === EventTypes.companyRemoved).map((e) => e.data)).toEqual([{ companyId: late.id }]);
    expect(sent.filter((e) => e.type === EventTypes.accountSessionsEnded).map((e) => e.data)).toEqual([{ accountId: late.id, at: now.toISOString() }]);
    // The address is free again.
    await expect(companies.register(registration('24123458', 'eva@werf.nl'), now)).resolves.toMatchObject({ contactEmail: 'eva@werf.nl' });
    expect(await removal.run()).toBe(0);
  });
});
