import { randomUUID } from 'node:crypto';
import { Reasons, EventTypes, normaliseEmail } from '@cb/contracts';
import {
  DuplicateKeyError,
  conflict,
  checkAgainstDecoy,
  checkPasswordPolicy,
  claimExistingAccounts,
  emailInUse,
  type EmailClaims,
  argon2Passwords,
  forbidden,
  isCompany,
  isStaff,
  newEvent,
  notFound,
  parseInput,
  type Passwords,
  requireRole,
  type Collection,
  type Store,
  type Viewer,
  logger,
} from '@cb/kit';
import { COMPANIES, STAFF, companyFacts, registerCompanyInput, type Company, type StaffAccount } from '../domain/company';

const SOURCE = '/services/companies';

export type Principal = { accountId: string; role: 'COMPANY' | 'STAFF'; companyId?: string };

export class CompanyUseCases {
  readonly companies: Collection<Company>;
  readonly staff: Collection<StaffAccount>;

  constructor(
    store: Store,
    /** One address, one account across the marketplace (kit/identity/email-claims.ts). */
    private readonly claims: EmailClaims,
    private readonly passwords: Passwords = argon2Passwords,
  ) {
    this.companies = store.collection<Company>(COMPANIES);
    this.staff = store.collection<StaffAccount>(STAFF);
  }

  /**
   * `admit` is the caller's rate limit, run once the input is valid (so mistakes never count) and
   * before the expensive part: the claim and the password hash.
   */
  async register(rawInput: unknown, now = new Date(), admit: () => Promise<void> = async () => undefined): Promise<Company> {
    const input = parseInput(registerCompanyInput, rawInput);
    checkPasswordPolicy(input.password, input.contactEmail, 'input.password');
    await admit();
    const id = `com_${randomUUID()}`;
    if ((await this.claims.claim(input.contactEmail, id, 'companies', now)) === 'taken') throw emailInUse('input.contactEmail');
    const company: Company = {
      id,
      name: input.name,
      kvkNumber: input.kvkNumber,
      municipalityId: input.municipalityId,
      sector: input.sector,
      impactLabel: input.impactLabel,
      mboAkkoord: input.mboAkkoord,
      website: input.website ?? null,
      description: input.description ?? null,
      status: 'PENDING',
      registeredAt: now.toISOString(),
      approvedAt: null,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      passwordHash: await this.passwords.hash(input.password),
    };
    try {
      return await this.companies.insert(company, {
        events: [newEvent(SOURCE, EventTypes.companyRegistered, company.id, companyFacts(company))],
      });
    } catch (err) {
      await this.claims.release(company.contactEmail, company.id);
      if (!(err instanceof DuplicateKeyError)) throw err;
      // A contact made before the claims existed may still hold the address in our own index.
      throw err.index === 'kvkNumber'
        ? conflict(Reasons.KVK_IN_USE, `An organisation with KvK number ${company.kvkNumber} is already registered.`, { field: 'input.kvkNumber' })
        : emailInUse('input.contactEmail');
    }
  }

  /** The migration at start: existing contacts and staff claim their addresses; conflicts are reported. */
  async claimExistingAddresses(): Promise<number> {
    const [companies, staff] = await Promise.all([this.companies.find({}), this.staff.find({})]);
    // Staff first: where a contact and a staff member share an address, the staff account keeps it.
    return claimExistingAccounts(this.claims, 'companies', [
      ...staff.map((s) => ({ accountId: s.id, email: s.email })),
      ...companies.map((c) => ({ accountId: c.id, email: c.contactEmail })),
    ]);
  }

  /** Staff approve a new organisation before it can publish: fake postings hurt students most. */
  async approve(viewer: Viewer | undefined, id: string, now = new Date()): Promise<Company> {
    requireRole(viewer, 'STAFF');
    const company = await this.companies.get(id);
    if (!company) throw notFound('organisation', id);
    if (company.status === 'APPROVED') return company;
    const approved: Company = { ...company, status: 'APPROVED', approvedAt: now.toISOString() };
    return this.companies.update(approved, {
      events: [newEvent(SOURCE, EventTypes.companyUpdated, id, companyFacts(approved))],
    });
  }

  /** Approved organisations are public; a pending one only to itself and staff. */
  async find(viewer: Viewer | undefined, id: string): Promise<Company | null> {
    const company = await this.companies.get(id);
    if (!company) return null;
    if (company.status === 'APPROVED' || isStaff(viewer) || isCompany(viewer, id)) return company;
    return null;
  }

  async list(viewer: Viewer | undefined, status: 'PENDING' | 'APPROVED'): Promise<Company[]> {
    if (status !== 'APPROVED' && !isStaff(viewer)) throw forbidden(Reasons.STAFF_ONLY, 'Only staff may list organisations awaiting approval.');
    return this.companies.find({ status }, { sort: { field: 'name', direction: 'asc' } });
  }

  /**
   * Used only by the gateway's sign-in; unknown addresses cost as much time as wrong passwords. Only
   * the account holding the address's claim can sign in with it, so an organisation registered on a
   * staff member's address (before the claims existed) cannot sign in in their place.
   */
  async verifyCredentials(email: string, password: string): Promise<Principal | null> {
    const address = normaliseEmail(email);
    const holder = await this.claims.holderOf(address);
    const [staff] = await this.staff.find({ email: address }, { limit: 1 });
    const [company] = await this.companies.find({ contactEmail: address }, { limit: 1 });
    const account: { id: string; passwordHash: string; principal: Principal } | undefined =
      staff && staff.id === holder
        ? { id: staff.id, passwordHash: staff.passwordHash, principal: { accountId: staff.id, role: 'STAFF' } }
        : company && company.id === holder
          ? { id: company.id, passwordHash: company.passwordHash, principal: { accountId: company.id, role: 'COMPANY', companyId: company.id } }
          : undefined;
    if (!account) {
      await checkAgainstDecoy(password);
      return null;
    }
    return (await this.passwords.matches(account.passwordHash, password)) ? account.principal : null;
  }

  /**
   * Creates a staff account unless one with this address exists (start-up from env, demo seed). An
   * address another account already holds is not taken over: that is reported and no staff account made.
   */
  async ensureStaffAccount(name: string, email: string, password: string): Promise<void> {
    const address = normaliseEmail(email);
    // An existing staff account claimed its address with the others at start (claimExistingAddresses).
    if ((await this.staff.count({ email: address })) > 0) return;
    const id = `stf_${randomUUID()}`;
    if ((await this.claims.claim(address, id, 'companies')) === 'taken') {
      logger.warn('STAFF_EMAIL is already in use by another account; no staff account was created for it');
      return;
    }
    await this.staff.insert({ id, name, email: address, passwordHash: await argon2Passwords.hash(password) });
  }
}
