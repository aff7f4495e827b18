import { EmailClaims, argon2Passwords, logger } from '@cb/kit';
import { CompanyUseCases } from '../src/app/companies';
import type { Company } from '../src/domain/company';
import { memoryStorePerTest } from '../../../test/support/service-tests';

const STAFF_EMAIL = 'staff@dordrecht-academy.nl';
const STAFF_PASSWORD = 'Dordrecht-Academy-beheer-2026';

const organisation = (contactEmail: string) => ({
  name: 'Werf de Merwede',
  kvkNumber: String(24000000 + Math.floor(Math.random() * 999999)),
  municipalityId: 'dordrecht',
  sector: 'ICT',
  contactName: 'Ed Bos',
  contactEmail,
  password: 'Overname-poging-9471',
});

describe('organisation and staff accounts with e-mail claims', () => {
  const store = memoryStorePerTest();
  let companies: CompanyUseCases;
  beforeEach(async () => {
    // Argon2 as in production: staff accounts are always hashed with it (ensureStaffAccount).
    companies = new CompanyUseCases(store(), new EmailClaims(store(), 'test-internal-key'), argon2Passwords);
    await companies.ensureStaffAccount('Dordrecht Academy', STAFF_EMAIL, STAFF_PASSWORD);
  });

  it('refuses an organisation on a staff address in another case and with spaces', async () => {
    await expect(companies.register(organisation(`  ${STAFF_EMAIL.toUpperCase()} `))).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'EMAIL_IN_USE', details: { field: 'input.contactEmail' },
    });
  });

  it('lets only the claim holder sign in: an organisation made on the staff address before the claims cannot sign in in staff’s place', async () => {
    const before: Company = {
      ...organisation(STAFF_EMAIL),
      id: 'com_before_claims',
      sector: 'ICT',
      impactLabel: false,
      mboAkkoord: false,
      website: null,
      description: null,
      status: 'PENDING',
      registeredAt: new Date().toISOString(),
      approvedAt: null,
      passwordHash: await argon2Passwords.hash('Overname-poging-9471'),
    };
    await companies.companies.insert(before);

    expect(await companies.verifyCredentials(STAFF_EMAIL, 'Overname-poging-9471')).toBeNull();
    expect(await companies.verifyCredentials(STAFF_EMAIL, STAFF_PASSWORD)).toMatchObject({ role: 'STAFF' });
  });

  it('reports, and does not merge, an organisation that shares the staff address at start', async () => {
    await companies.companies.insert({ ...(await companies.register(organisation('hr@werf.nl'))), id: 'com_same', contactEmail: STAFF_EMAIL, kvkNumber: '24999999' });
    const warn = jest.spyOn(logger, 'warn').mockImplementation((() => undefined));
    try {
      expect(await companies.claimExistingAddresses()).toBe(1);
      expect(warn.mock.calls.flat().join('\n')).toMatch(/e-mail conflict: account com_same shares its address with account stf_/);
      expect(warn.mock.calls.flat().join('\n')).not.toContain(STAFF_EMAIL);
    } finally {
      warn.mockRestore();
    }
    expect(await companies.companies.get('com_same')).toBeDefined();
  });
});
