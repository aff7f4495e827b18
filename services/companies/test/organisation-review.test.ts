import { EmailClaims } from '@cb/kit';
import { companyRegistration } from '../../../test/support/registrations';
import { STAFF, asCompany, domainError, memoryStorePerTest, outboxEvents, plainPasswords } from '../../../test/support/service-tests';
import { CompanyUseCases } from '../src/app/companies';
import { reviewOf } from '../src/domain/company';


describe('organisation profile and review', () => {
  const store = memoryStorePerTest();
  let companies: CompanyUseCases;
  let id: string;
  beforeEach(async () => {
    companies = new CompanyUseCases(store(), new EmailClaims(store(), 'test-internal-key'), plainPasswords);
    id = (
      await companies.register(companyRegistration())
    ).id;
    await outboxEvents(store(), { relay: true });
  });

  const events = () => outboxEvents(store(), { relay: true });

  it('lets the organisation edit its own profile and tells the others only its public facts', async () => {
    const updated = await companies.updateProfile(asCompany(id), id, {
      name: 'Scheepswerf De Merwede',
      municipalityId: 'sliedrecht',
      impactLabel: true,
      website: 'https://werf-merwede.nl',
      contactName: 'Eva de Vries-Bos',
      contactPhone: '+31 78 123 4567',
    });
    expect(updated).toMatchObject({ name: 'Scheepswerf De Merwede', municipalityId: 'sliedrecht', impactLabel: true, sector: 'ENGINEERING', contactPhone: '+31 78 123 4567' });
    const [event] = await events();
    expect(event.data).toEqual({ companyId: id, name: 'Scheepswerf De Merwede', municipality: 'sliedrecht', sector: 'ENGINEERING', impactLabel: true, mboAkkoord: false, approved: false, review: 'PENDING' });
    expect(JSON.stringify(event)).not.toMatch(/Eva|eva@|123 4567|24123456/);
  });

  it('lets staff edit it too, and nobody else', async () => {
    expect((await companies.updateProfile(STAFF, id, { description: 'Bouwt baggerschepen.' })).description).toBe('Bouwt baggerschepen.');
    expect(await domainError(companies.updateProfile(asCompany('com_other'), id, { name: 'Overgenomen' }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOURS' });
    expect(await domainError(companies.updateProfile(undefined, id, { name: 'Overgenomen' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('names every bad field with its rule, and refuses to clear a required one', async () => {
    const err = await domainError(companies.updateProfile(asCompany(id), id, { name: '', website: 'werf', contactPhone: 'bel me' }));
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.name' } });
    expect((err.details as { fields: Array<{ field: string; reason: string }> }).fields.map((f) => [f.field, f.reason])).toEqual([
      ['input.name', 'REQUIRED'],
      ['input.website', 'INVALID_FORMAT'],
      ['input.contactPhone', 'INVALID_FORMAT'],
    ]);
    expect(await domainError(companies.updateProfile(asCompany(id), id, { sector: null }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CANNOT_BE_CLEARED',
      details: { field: 'input.sector' },
    });
    expect((await companies.updateProfile(asCompany(id), id, { website: 'https://werf.nl' })).website).toBe('https://werf.nl');
    expect((await companies.updateProfile(asCompany(id), id, { website: null })).website).toBeNull();
  });

  it('lets staff ask for information, which an edit by the organisation answers (back to PENDING, note kept)', async () => {
    const asked = await companies.requestInformation(STAFF, id, 'Stuur ons het adres van de werkplaats.', new Date('2026-12-01T10:00:00Z'));
    expect(reviewOf(asked)).toEqual({ status: 'INFORMATION_REQUESTED', note: 'Stuur ons het adres van de werkplaats.', at: '2026-12-01T10:00:00.000Z' });
    expect(await events()).toEqual([]);
    const answered = await companies.updateProfile(asCompany(id), id, { description: 'Werkplaats: Merwedestraat 1, Sliedrecht.' });
    expect(reviewOf(answered)).toMatchObject({ status: 'PENDING', note: 'Stuur ons het adres van de werkplaats.' });
  });

  it('lets staff reject with a reason; a rejected organisation is not approved later, an approved one not rejected', async () => {
    expect(await domainError(companies.reject(STAFF, id, ''))).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'reason' } });
    const rejected = await companies.reject(STAFF, id, 'Geen organisatie in de regio.', new Date('2026-12-01T10:00:00Z'));
    expect(rejected.status).toBe('PENDING');
    expect(reviewOf(rejected)).toEqual({ status: 'REJECTED', note: 'Geen organisatie in de regio.', at: '2026-12-01T10:00:00.000Z' });
    // The organisation hears of it (notifications) from an event that says rejected, without the note.
    const [event] = await events();
    expect(event).toMatchObject({ type: 'nl.careerboost.company.updated.v1', data: { companyId: id, approved: false, review: 'REJECTED' } });
    expect(JSON.stringify(event)).not.toMatch(/Geen organisatie/);
    expect(await domainError(companies.approve(STAFF, id))).toMatchObject({ code: 'CONFLICT', reason: 'ORGANISATION_ALREADY_REVIEWED' });
    expect(await domainError(companies.requestInformation(STAFF, id, 'Nog iets?'))).toMatchObject({ code: 'CONFLICT', reason: 'ORGANISATION_ALREADY_REVIEWED' });

    const other = (
      await companies.register(companyRegistration({ name: 'Zorg Dordt', kvkNumber: '24123457', sector: 'HEALTHCARE', contactName: 'Jan', contactEmail: 'jan@zorgdordt.nl' }))
    ).id;
    const approved = await companies.approve(STAFF, other, new Date('2026-12-02T09:00:00Z'));
    expect(reviewOf(approved)).toEqual({ status: 'APPROVED', note: null, at: '2026-12-02T09:00:00.000Z' });
    expect(await domainError(companies.reject(STAFF, other, 'Toch niet.'))).toMatchObject({ code: 'CONFLICT', reason: 'ORGANISATION_ALREADY_REVIEWED' });
  });

  it("lists staff's queue by review status: pending and asked for information, not rejected or approved", async () => {
    const register = async (name: string, kvkNumber: string, email: string) =>
      (await companies.register(companyRegistration({ name, kvkNumber, sector: 'HEALTHCARE', contactName: 'Jan', contactEmail: email }))).id;
    const asked = await register('Asked Zorg', '24123457', 'jan@asked.nl');
    const rejected = await register('Rejected Zorg', '24123458', 'jan@rejected.nl');
    const approved = await register('Approved Zorg', '24123459', 'jan@approved.nl');
    await companies.requestInformation(STAFF, asked, 'Welke opleidingen begeleidt u?');
    await companies.reject(STAFF, rejected, 'Geen organisatie in de regio.');
    await companies.approve(STAFF, approved);

    const queue = await companies.list(STAFF, 'PENDING', ['PENDING', 'INFORMATION_REQUESTED']);
    // `id` was registered in beforeEach and never reviewed: an organisation without a review record is PENDING.
    expect(queue.map((c) => [c.id, reviewOf(c).status])).toEqual([
      [asked, 'INFORMATION_REQUESTED'],
      [id, 'PENDING'],
    ]);
    expect((await companies.list(STAFF, 'PENDING', ['REJECTED'])).map((c) => c.id)).toEqual([rejected]);
    expect((await companies.list(STAFF, 'PENDING')).map((c) => c.id).sort()).toEqual([asked, id, rejected].sort());
    expect((await companies.list(undefined, 'APPROVED', ['APPROVED'])).map((c) => c.id)).toEqual([approved]);
    expect(await domainError(companies.list(asCompany(id), 'PENDING', ['PENDING']))).toMatchObject({ code: 'FORBIDDEN', reason: 'STAFF_ONLY' });
  });

  it('leaves reviewing to staff', async () => {
    expect(await domainError(companies.reject(asCompany(id), id, 'Zelf afgewezen.'))).toMatchObject({ code: 'FORBIDDEN', reason: 'STAFF_ONLY' });
    expect(await domainError(companies.requestInformation(asCompany(id), id, 'Vraag.'))).toMatchObject({ code: 'FORBIDDEN', reason: 'STAFF_ONLY' });
    expect(await domainError(companies.approve(asCompany(id), id))).toMatchObject({ code: 'FORBIDDEN', reason: 'STAFF_ONLY' });
  });
});
