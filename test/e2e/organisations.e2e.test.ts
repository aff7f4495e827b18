import { STAFF, kvk, unique } from './harness';
import { marketplaceForSuite } from './scenarios';
import { companyRegistration } from '../support/registrations';
import { REGISTER_COMPANY } from './fixtures';

const COMPANY = 'query($id: ID!) { company(id: $id) { name kvkNumber reviewStatus reviewNote reviewedAt contactPerson { name email phone } } }';

/** The organisation's own profile and staff's review, through the gateway; private fields only for the two of them. */
describe('organisations: profile and review', () => {
  const m = marketplaceForSuite();
  let staff: string;
  beforeAll(async () => {
    staff = await m.signIn(STAFF.email, STAFF.password);
  });

  async function register() {
    const email = `hr-${unique()}@werf.nl`;
    const number = kvk();
    const { registerCompany } = await m.ok(REGISTER_COMPANY, {
      i: companyRegistration({ name: `Werf ${unique()}`, kvkNumber: number, contactEmail: email }),
    });
    return { id: registerCompany.id as string, email, kvkNumber: number, token: await m.signIn(email, 'Zeilboot-Merwede-2026') };
  }

  it('shows the KvK number, contact person and review note to the organisation and staff only', async () => {
    const org = await register();
    await m.ok('mutation($id: ID!, $m: String!) { requestCompanyInformation(id: $id, message: $m) { id } }', { id: org.id, m: 'Waar is de werkplaats?' }, staff);
    const own = (await m.ok(COMPANY, { id: org.id }, org.token)).company;
    expect(own).toMatchObject({ kvkNumber: org.kvkNumber, reviewStatus: 'INFORMATION_REQUESTED', reviewNote: 'Waar is de werkplaats?', contactPerson: { name: 'Eva de Vries', email: org.email, phone: null } });
    expect((await m.ok(COMPANY, { id: org.id }, staff)).company).toMatchObject({ kvkNumber: org.kvkNumber, contactPerson: { email: org.email } });

    await m.ok('mutation($id: ID!) { approveCompany(id: $id) { id } }', { id: org.id }, staff);
    const publicView = (await m.ok(COMPANY, { id: org.id })).company;
    expect(publicView).toMatchObject({ reviewStatus: 'APPROVED', kvkNumber: null, reviewNote: null, contactPerson: null });
    expect(publicView.reviewedAt).toEqual(expect.any(String));
    const other = await register();
    expect((await m.ok(COMPANY, { id: org.id }, other.token)).company).toMatchObject({ kvkNumber: null, contactPerson: null });
  });

  it('lets the organisation edit its profile, names a bad field, and refuses another organisation', async () => {
    const org = await register();
    const UPDATE = 'mutation($id: ID!, $i: UpdateCompanyProfileInput!) { updateCompanyProfile(id: $id, input: $i) { name contactPerson { phone } } }';
    const updated = await m.ok(UPDATE, { id: org.id, i: { name: 'Scheepswerf De Merwede', contactPhone: '078 123 4567' } }, org.token);
    expect(updated.updateCompanyProfile).toEqual({ name: 'Scheepswerf De Merwede', contactPerson: { phone: '078 123 4567' } });
    const bad = await m.gql(UPDATE, { id: org.id, i: { website: 'werf' } }, org.token);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT', field: 'input.website' });
    const other = await register();
    const refused = await m.gql(UPDATE, { id: org.id, i: { name: 'Overgenomen' } }, other.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOURS' });
  });

  it('lets staff reject with a reason the organisation reads; others may not reject', async () => {
    const org = await register();
    const REJECT = 'mutation($id: ID!, $r: String!) { rejectCompany(id: $id, reason: $r) { reviewStatus } }';
    expect((await m.gql(REJECT, { id: org.id, r: 'Zelf' }, org.token)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'STAFF_ONLY' });
    expect((await m.ok(REJECT, { id: org.id, r: 'Geen vestiging in de regio.' }, staff)).rejectCompany.reviewStatus).toBe('REJECTED');
    expect((await m.ok(COMPANY, { id: org.id }, org.token)).company).toMatchObject({ reviewStatus: 'REJECTED', reviewNote: 'Geen vestiging in de regio.' });
    const approve = await m.gql('mutation($id: ID!) { approveCompany(id: $id) { id } }', { id: org.id }, staff);
    expect(approve.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORGANISATION_ALREADY_REVIEWED' });
  });
});
